// The books' invariants, broken on purpose and kept under random operations.
#include <billing/BooksCheck.h>
#include <billing/InvoiceCorrections.h>
#include <billing/InvoiceRepository.h>
#include <billing/MonthlyRun.h>
#include <inventory/RoomSetup.h>
#include <payments/RecordPayment.h>
#include <payments/ReversePayment.h>
#include <residents/ResidentRepository.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <support/SamplePg.h>

#include <QRandomGenerator>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

qint64 sumOf(store::Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

void run(store::Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
}

struct Busy : test::SamplePg
{
    Busy()
    {
        checkIn(0, 0, QDate(2026, 10, 1));
        for (const char16_t* month : {u"2026-10", u"2026-11", u"2026-12"})
            bill(month);
        EXPECT_TRUE(
            RecordPayment(store())
                .run({residentIds[0], QStringLiteral("15000"), QStringLiteral("cash"), {}, {}},
                     QDate(2026, 12, 20))
                .ok());
    }
};

} // namespace

TEST(BooksCheck, SoundBooksHaveNoProblems)
{
    Busy pg;
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
}

TEST(BooksCheck, FindsAGapInInvoiceNumbersAndTheSchemaRefusesARepeat)
{
    Busy pg;
    run(pg.store(),
        QStringLiteral(
            "UPDATE invoice SET number = 'KORA/2627/0009' WHERE number = 'KORA/2627/0002'"));
    // 0009 (dated 1 November) also comes after 0003 (1 December): a second problem.
    const QStringList gap = BooksCheck::problems(pg.store());
    ASSERT_EQ(gap.size(), 2);
    EXPECT_TRUE(gap.first().contains(QStringLiteral("not consecutive")))
        << gap.first().toStdString();
    EXPECT_EQ(gap.last(), QStringLiteral("invoice KORA/2627/0009 is dated 2026-11-01, before "
                                         "KORA/2627/0003 dated 2026-12-01: numbers and dates go "
                                         "opposite ways"));
    // A repeated number never gets that far: the schema refuses it.
    QSqlQuery repeat(pg.store().database());
    EXPECT_FALSE(repeat.exec(QStringLiteral(
        "UPDATE invoice SET number = 'KORA/2627/0001' WHERE number = 'KORA/2627/0009'")));
}

TEST(BooksCheck, FindsMoneyAllocatedBeyondAPaymentOrAnInvoice)
{
    Busy pg;
    run(pg.store(),
        QStringLiteral("UPDATE payment_allocation SET amount_paise = amount_paise + 500000"));
    const QString found = BooksCheck::problems(pg.store()).join(QLatin1Char('\n'));
    EXPECT_TRUE(found.contains(QStringLiteral("allocated beyond its amount")))
        << found.toStdString();
    EXPECT_TRUE(found.contains(QStringLiteral("beyond its total"))) << found.toStdString();
}

// Random check-ins, monthly runs and payments: after every step no money is
// created or lost, every balance is total − allocations, numbers stay consecutive.
TEST(BooksInvariants, HoldUnderRandomOperationSequences)
{
    for (quint32 seed = 1; seed <= 15; ++seed) {
        SCOPED_TRACE(seed);
        test::SamplePg pg;
        QRandomGenerator random(seed);
        auto room = RoomSetup(pg.store())
                        .add({pg.propertyId, QStringLiteral("2"), QStringLiteral("201"),
                              QStringLiteral("6"), QStringLiteral("9000"), false});
        ASSERT_TRUE(room.ok());
        QStringList beds = pg.bedIds + room.value().bedIds;
        QStringList residents = pg.residentIds;
        for (int i = 0; i < 6; ++i)
            residents.append(ResidentRepository(pg.store())
                                 .add({QStringLiteral("Resident %1").arg(QChar(u'A' + i)),
                                       QStringLiteral("98450200%1").arg(i, 2, 10, QLatin1Char('0')),
                                       {},
                                       {},
                                       {}})
                                 .value());
        QStringList staying, everyone;
        BillingPeriod month = BillingPeriod::parse(u"2026-06").value();
        auto anyOf = [&](const QString& sql) {
            QSqlQuery q(pg.store().database());
            QStringList ids;
            for (q.exec(sql); q.next();)
                ids << q.value(0).toString();
            return ids.isEmpty() ? QString() : ids.at(random.bounded(int(ids.size())));
        };
        const QDate later(2030, 1, 1);
        // Invoices are issued in date order (numbers follow dates): a check-out's final
        // invoice and a run never date before the last invoice issued.
        QDate lastIssued = month.firstDay();
        for (int step = 0; step < 30; ++step) {
            const int op = int(random.bounded(7));
            if (op == 3) { // a credit note for part of what an invoice has left
                const QString invoice = anyOf(QStringLiteral(
                    "SELECT id FROM invoice WHERE status = 'issued' AND total_paise > 100"));
                if (!invoice.isEmpty()) {
                    ASSERT_TRUE(InvoiceCorrections(pg.store())
                                    .creditNote(invoice, QString::number(1 + random.bounded(100)),
                                                QStringLiteral("goodwill"), later)
                                    .ok());
                }
            } else if (op == 4) { // a bounced cheque
                const QString payment =
                    anyOf(QStringLiteral("SELECT id FROM payment WHERE status = 'received'"));
                if (!payment.isEmpty()) {
                    ASSERT_TRUE(ReversePayment(pg.store())
                                    .run(payment, QStringLiteral("bounced"), {}, later)
                                    .ok());
                }
            } else if (op == 5) { // a cancellation
                const QString invoice = anyOf(QStringLiteral(
                    "SELECT id FROM invoice i WHERE status = 'issued' AND NOT EXISTS (SELECT 1 "
                    "FROM credit_note c WHERE c.invoice_id = i.id)"));
                if (!invoice.isEmpty()) {
                    ASSERT_TRUE(InvoiceCorrections(pg.store())
                                    .cancel(invoice, QStringLiteral("mistake"), later)
                                    .ok());
                }
            } else if (op == 6 && !staying.isEmpty()) { // a check-out in the current month
                const qsizetype who = random.bounded(int(staying.size()));
                const QDate day =
                    std::max(lastIssued, month.firstDay().addDays(random.bounded(month.days())));
                auto out = CheckOut(pg.store())
                               .run({staying.at(who), day.toString(Qt::ISODate), {}, {}}, later);
                if (out.ok()) {
                    staying.removeAt(who);
                    lastIssued = day;
                } else // only a day before the check-in is refused
                    ASSERT_EQ(out.error().fields.value(0).field, QStringLiteral("date"))
                        << out.error().message.toStdString();
            } else if (op == 0 && !residents.isEmpty() && !beds.isEmpty()) {
                const QString resident = residents.takeAt(random.bounded(int(residents.size())));
                const QString bed = beds.takeAt(random.bounded(int(beds.size())));
                const QDate day = month.firstDay().addDays(random.bounded(month.days()));
                const QString rent = QString::number(6000 + random.bounded(20000));
                ASSERT_TRUE(
                    CheckIn(pg.store())
                        .run({resident, bed, day.toString(Qt::ISODate), rent, QStringLiteral("0")},
                             day)
                        .ok());
                staying.append(resident);
                everyone.append(resident);
            } else if (op == 1) {
                const QDate issued = std::max(lastIssued, month.firstDay());
                ASSERT_TRUE(MonthlyRun(pg.store()).run({month, issued, false, {}, issued}).ok());
                lastIssued = issued;
                month = month.next();
            } else if (op == 2 && !everyone.isEmpty()) {
                const QString payer = everyone.at(random.bounded(int(everyone.size())));
                const QString amount = QStringLiteral("%1.%2")
                                           .arg(1 + random.bounded(30000))
                                           .arg(random.bounded(100), 2, 10, QLatin1Char('0'));
                ASSERT_TRUE(RecordPayment(pg.store())
                                .run({payer, amount, QStringLiteral("upi"), QStringLiteral("UTR"),
                                      QString()},
                                     QDate(2030, 1, 1))
                                .ok());
            }
            ASSERT_EQ(BooksCheck::problems(pg.store()), QStringList()) << "step " << step;
            Money advance;
            for (const QString& resident : everyone)
                advance += PaymentAllocator(pg.store()).advanceCredit(resident).value();
            // Money received and not reversed is exactly what is allocated plus advance credit.
            EXPECT_EQ(sumOf(pg.store(), QStringLiteral("SELECT coalesce(sum(amount_paise), 0) FROM "
                                                       "payment WHERE status = 'received'")),
                      sumOf(pg.store(), QStringLiteral("SELECT coalesce(sum(amount_paise), 0) FROM "
                                                       "payment_allocation WHERE reversed = 0")) +
                          advance.paise());
            for (const InvoiceSummary& invoice : InvoiceRepository(pg.store()).list({}).value()) {
                QSqlQuery q(pg.store().database());
                q.prepare(QStringLiteral(
                    "SELECT (SELECT coalesce(sum(amount_paise), 0) FROM payment_allocation WHERE "
                    "invoice_id = ?1 AND reversed = 0), (SELECT coalesce(sum(total_paise), 0) FROM "
                    "credit_note WHERE invoice_id = ?1)"));
                q.addBindValue(invoice.id);
                ASSERT_TRUE(q.exec() && q.next());
                if (invoice.status == QLatin1String("cancelled")) {
                    EXPECT_EQ(q.value(0).toLongLong(), 0); // nothing stays on a cancelled invoice
                    continue;
                }
                EXPECT_EQ(invoice.balance, invoice.total -
                                               Money::fromPaise(q.value(0).toLongLong()) -
                                               Money::fromPaise(q.value(1).toLongLong()));
                EXPECT_FALSE(invoice.balance.isNegative());
            }
        }
    }
}
