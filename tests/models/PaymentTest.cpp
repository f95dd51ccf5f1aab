#include <billing/InvoiceRepository.h>
#include <billing/MonthlyRun.h>
#include <payments/RecordPayment.h>
#include <stays/CheckIn.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

const QDate kToday(2026, 12, 20);

qint64 count(store::Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Lakshmi from 1 October at ₹12,000; invoices for October and November.
struct Billed : test::SamplePg
{
    Billed()
    {
        checkIn(0, 0, QDate(2026, 10, 1));
        for (const char16_t* month : {u"2026-10", u"2026-11"})
            bill(month);
    }
    store::StoreResult<RecordPayment::Recorded>
    pay(const QString& amount, const QString& method = QStringLiteral("upi"),
        const QString& reference = QStringLiteral("UTR123"))
    {
        return RecordPayment(store()).run({residentIds[0], amount, method, reference, QString()},
                                          kToday);
    }
    QStringList statuses()
    {
        QStringList list;
        for (const InvoiceSummary& i : InvoiceRepository(store()).list({}).value())
            list.append(i.status + QLatin1Char(':') + i.balance.toDecimalString());
        return list;
    }
};

} // namespace

TEST(RecordPayment, APartialPaymentGoesToTheOldestInvoice)
{
    Billed pg;
    auto paid = pg.pay(QStringLiteral("5000"));
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(paid.value().receiptNumber, QStringLiteral("KORAR/2627/0001"));
    ASSERT_EQ(paid.value().allocations.size(), 1);
    EXPECT_EQ(paid.value().allocations[0].invoiceNumber, QStringLiteral("KORA/2627/0001"));
    EXPECT_EQ(pg.statuses(), (QStringList{QStringLiteral("partly_paid:7000.00"),
                                          QStringLiteral("unpaid:12000.00")}));
    EXPECT_TRUE(paid.value().advance.isZero());
}

TEST(RecordPayment, AnOverpaymentSettlesEverythingAndTheRestPaysTheNextInvoice)
{
    Billed pg;
    auto paid = pg.pay(QStringLiteral("30000"));
    ASSERT_TRUE(paid.ok());
    EXPECT_EQ(paid.value().allocations.size(), 2);
    EXPECT_EQ(paid.value().advance, Money::fromRupees(6000));
    EXPECT_EQ(pg.statuses(),
              (QStringList{QStringLiteral("paid:0.00"), QStringLiteral("paid:0.00")}));

    const BillingPeriod december = BillingPeriod::parse(u"2026-12").value();
    ASSERT_TRUE(MonthlyRun(pg.store())
                    .run({december, december.firstDay(), false, {}, december.firstDay()})
                    .ok());
    EXPECT_EQ(pg.statuses().last(), QStringLiteral("partly_paid:6000.00")); // the advance was used
    EXPECT_TRUE(PaymentAllocator(pg.store()).advanceCredit(pg.residentIds[0]).value().isZero());
    EXPECT_EQ(pg.pay(QStringLiteral("100")).value().receiptNumber,
              QStringLiteral("KORAR/2627/0002"));
}

TEST(RecordPayment, MoneyIsNeitherCreatedNorLost)
{
    Billed pg;
    for (const char* amount : {"3000", "9500.50", "14000", "250"})
        ASSERT_TRUE(pg.pay(QString::fromLatin1(amount)).ok());
    const qint64 paid = count(pg.store(), QStringLiteral("SELECT sum(amount_paise) FROM payment"));
    const qint64 allocated =
        count(pg.store(), QStringLiteral("SELECT sum(amount_paise) FROM payment_allocation"));
    const Money advance = PaymentAllocator(pg.store()).advanceCredit(pg.residentIds[0]).value();
    EXPECT_EQ(paid, allocated + advance.paise());
    EXPECT_EQ(allocated, 2400000); // both invoices fully paid
    EXPECT_EQ(advance, Money::fromPaise(275050));
}

TEST(RecordPayment, RefusesBadInputFieldByFieldAndWritesNothing)
{
    Billed pg;
    const qint64 audits = count(pg.store(), QStringLiteral("SELECT count(*) FROM change_log"));
    auto fields = [&](const PaymentInput& input) {
        QStringList names;
        auto result = RecordPayment(pg.store()).run(input, kToday);
        if (!result.ok())
            for (const FieldError& e : result.error().fields)
                names.append(e.field);
        return names;
    };
    const QString resident = pg.residentIds[0];
    EXPECT_EQ(fields({resident, QStringLiteral("-500"), QStringLiteral("cash"), {}, {}}),
              QStringList{QStringLiteral("amount")});
    EXPECT_EQ(fields({resident, QStringLiteral("1000001"), QStringLiteral("cash"), {}, {}}),
              QStringList{QStringLiteral("amount")});
    EXPECT_EQ(fields({resident, QStringLiteral("500"), QStringLiteral("barter"), {}, {}}),
              QStringList{QStringLiteral("method")});
    EXPECT_EQ(fields({resident, QStringLiteral("500"), QStringLiteral("cheque"), {}, {}}),
              QStringList{QStringLiteral("reference")});
    EXPECT_EQ(fields({resident,
                      QStringLiteral("500"),
                      QStringLiteral("cash"),
                      {},
                      QStringLiteral("2026-12-21")}),
              QStringList{QStringLiteral("date")});
    EXPECT_EQ(
        fields({QStringLiteral("nobody"), QStringLiteral("500"), QStringLiteral("cash"), {}, {}}),
        QStringList{QStringLiteral("resident")});
    EXPECT_EQ(fields({pg.residentIds[1], QStringLiteral("500"), QStringLiteral("cash"), {}, {}}),
              QStringList{QStringLiteral("resident")}); // no stay yet
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM change_log")), audits);
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM payment")), 0);
}
