// SPEC §4.2, §4.6–§4.9: recurring and one-off charges, late fees and waivers,
// credit notes, cancellation, bounced cheques, deposits held apart.
#include <billing/BooksCheck.h>
#include <billing/Charges.h>
#include <billing/InvoiceCorrections.h>
#include <billing/MonthlyRun.h>
#include <payments/RecordPayment.h>
#include <payments/ReversePayment.h>
#include <stays/CheckIn.h>
#include <support/Probe.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

using test::number;
using test::refusedField;
using test::text;

const QString kInvoiceBalance = QStringLiteral(
    "SELECT i.total_paise - coalesce((SELECT sum(amount_paise) FROM payment_allocation a WHERE "
    "a.invoice_id = i.id AND a.reversed = 0), 0) - coalesce((SELECT sum(total_paise) FROM "
    "credit_note c WHERE c.invoice_id = i.id), 0) FROM invoice i WHERE i.billing_month = '%1' "
    "AND i.status = 'issued'");

// Lakshmi from 1 October at ₹12,000 with food ₹3,000 a month, rent due on the 5th,
// a ₹500 late fee after 3 days' grace.
struct ChargedPg : test::SamplePg
{
    explicit ChargedPg(const QString& lateFee = QStringLiteral("500"))
    {
        CheckInInput input{residentIds[0], bedIds[0], QStringLiteral("2026-10-01"),
                           QStringLiteral("12000"), QStringLiteral("0")};
        input.lateFee = lateFee;
        input.lateFeeGrace = QStringLiteral("3");
        input.charges = {QStringLiteral("food=3000")};
        auto stay = CheckIn(store()).run(input, QDate(2026, 10, 1));
        EXPECT_TRUE(stay.ok()) << (stay.ok() ? "" : stay.error().message.toStdString());
    }
    RecordPayment::Recorded pay(const char* amount, const char* date,
                                const QString& method = QStringLiteral("upi"),
                                const QString& purpose = QStringLiteral("dues"))
    {
        auto paid =
            RecordPayment(store()).run({residentIds[0], QString::fromLatin1(amount), method,
                                        QStringLiteral("REF"), QString::fromLatin1(date), purpose},
                                       QDate(2026, 12, 31));
        EXPECT_TRUE(paid.ok()) << (paid.ok() ? "" : paid.error().message.toStdString());
        return paid.ok() ? paid.value() : RecordPayment::Recorded{};
    }
    QString invoiceOf(const char* month)
    {
        return text(store(), QStringLiteral("SELECT id FROM invoice WHERE billing_month = '%1' AND "
                                            "status = 'issued'")
                                 .arg(QString::fromLatin1(month)));
    }
};

} // namespace

TEST(Charges, RecurringChargesFromCheckInAreOnEveryInvoice)
{
    ChargedPg pg;
    pg.bill(u"2026-10");
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT total_paise FROM invoice")), 1500000);
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT description FROM invoice_line WHERE kind = "
                                              "'recurring'")),
              QStringLiteral("Food for October 2026"));
}

TEST(Charges, CheckInRefusesBadTerms)
{
    test::SamplePg pg;
    auto refuse = [&](auto setTerm) {
        CheckInInput input{pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-10-01"),
                           QStringLiteral("12000"), QStringLiteral("0")};
        setTerm(input);
        auto result = CheckIn(pg.store()).run(input, QDate(2026, 10, 1));
        return result.ok() ? QStringLiteral("<accepted>") : refusedField(result.error());
    };
    EXPECT_EQ(refuse([](CheckInInput& i) { i.charges = {QStringLiteral("caviar=900")}; }),
              QStringLiteral("charge"));
    EXPECT_EQ(refuse([](CheckInInput& i) { i.lateFee = QStringLiteral("30%"); }),
              QStringLiteral("late-fee"));
    EXPECT_EQ(refuse([](CheckInInput& i) { i.lateFee = QStringLiteral("-5"); }),
              QStringLiteral("late-fee"));
    EXPECT_EQ(refuse([](CheckInInput& i) { i.dueDay = QStringLiteral("31"); }),
              QStringLiteral("due-day"));
    EXPECT_EQ(refuse([](CheckInInput& i) { i.noticeDays = QStringLiteral("soon"); }),
              QStringLiteral("notice-days"));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM agreement")), 0);
}

TEST(Charges, ALateFeeIsChargedOnceOnTheNextRunAfterTheGraceDays)
{
    ChargedPg pg;
    pg.bill(u"2026-10");
    pg.pay("15000", "2026-10-04"); // October paid before the due day
    pg.bill(u"2026-11");           // nothing overdue on 1 November
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM charge")), 0);
    // November (due the 5th, grace to the 8th) unpaid on 1 December: ₹500 on December's invoice.
    pg.bill(u"2026-12");
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT total_paise FROM invoice_line WHERE kind = "
                                                "'late_fee'")),
              50000);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT total_paise FROM invoice WHERE "
                                                "billing_month = '2026-12'")),
              1550000);
    pg.bill(u"2026-12"); // idempotent: no second fee
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM charge")), 1);
}

TEST(Charges, APercentageLateFeeIsOfWhatIsOverdue)
{
    ChargedPg pg(QStringLiteral("2%"));
    pg.bill(u"2026-10");
    pg.bill(u"2026-11"); // October's ₹15,000 overdue since the 8th: 2% = ₹300
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT amount_paise FROM charge")), 30000);
}

TEST(Charges, AWaivedLateFeeIsNeverBilledOrIsCredited)
{
    ChargedPg pg;
    pg.bill(u"2026-10");
    pg.bill(u"2026-11");
    const QString fee = text(pg.store(), QStringLiteral("SELECT id FROM charge"));
    // Billed on November's invoice: waiving it issues a credit note for the line.
    const auto refused = Charges(pg.store()).waive(fee, QString(), QDate(2026, 11, 2));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refusedField(refused.error()), QStringLiteral("reason"));
    ASSERT_TRUE(
        Charges(pg.store()).waive(fee, QStringLiteral("First time"), QDate(2026, 11, 2)).ok());
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT total_paise FROM credit_note")), 50000);
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT reason FROM credit_note")),
              QStringLiteral("Waived: First time"));
    EXPECT_FALSE(Charges(pg.store()).waive(fee, QStringLiteral("again"), QDate(2026, 11, 2)).ok());
    // A one-off charge waived before any run is never billed.
    auto key =
        Charges(pg.store())
            .add({pg.residentIds[0], QStringLiteral("250"), QStringLiteral("Key replacement")},
                 QDate(2026, 11, 20));
    ASSERT_TRUE(key.ok());
    ASSERT_TRUE(Charges(pg.store())
                    .waive(key.value(), QStringLiteral("Found it"), QDate(2026, 11, 21))
                    .ok());
    pg.pay("100000", "2026-11-22"); // clear everything so December has no late fee
    pg.bill(u"2026-12");
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM invoice_line WHERE "
                                                "description = 'Key replacement'")),
              0);
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
}

TEST(Corrections, ACreditNoteHasItsOwnNumberAndReducesTheBalance)
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    test::SamplePg pg(org);
    pg.checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("21000")); // taxable: 5% GST
    pg.bill(u"2026-11");
    const QString invoice = text(pg.store(), QStringLiteral("SELECT id FROM invoice"));
    // ₹21,000 + 2.5% + 2.5% = ₹22,050. A ₹2,205 credit takes off ₹2,100 and ₹52.50 each head.
    auto credit = InvoiceCorrections(pg.store())
                      .creditNote(invoice, QStringLiteral("2205"), QStringLiteral("Rent revised"),
                                  QDate(2026, 11, 10));
    ASSERT_TRUE(credit.ok()) << credit.error().message.toStdString();
    EXPECT_EQ(credit.value().number, QStringLiteral("KORAC/2627/0001"));
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT taxable_paise || ' ' || cgst_paise || ' ' || "
                                              "sgst_paise FROM credit_note")),
              QStringLiteral("210000 5250 5250"));
    EXPECT_EQ(number(pg.store(), kInvoiceBalance.arg(u"2026-11")), 2205000 - 220500);
    // Nothing had been paid, so the note only lowers what is owed: no money goes back.
    EXPECT_TRUE(credit.value().givenBack.isZero());
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM credit_note_return")), 0);
    // More than is left to credit, no reason, a cancelled invoice: refused, nothing written.
    auto refuse = [&](const QString& id, const QString& amount, const QString& reason) {
        auto r = InvoiceCorrections(pg.store()).creditNote(id, amount, reason, QDate(2026, 11, 10));
        return r.ok() ? QStringLiteral("<accepted>") : refusedField(r.error());
    };
    EXPECT_EQ(refuse(invoice, QStringLiteral("20000"), QStringLiteral("x")),
              QStringLiteral("amount"));
    EXPECT_EQ(refuse(invoice, QStringLiteral("0"), QStringLiteral("x")), QStringLiteral("amount"));
    EXPECT_EQ(refuse(invoice, QStringLiteral("100"), QString()), QStringLiteral("reason"));
    EXPECT_EQ(refuse(QStringLiteral("nope"), QStringLiteral("100"), QStringLiteral("x")),
              QStringLiteral("invoice"));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM credit_note")), 1);
}

TEST(Corrections, CreditingAPaidInvoiceGivesTheMoneyBackAsCredit)
{
    ChargedPg pg{QString()};
    pg.bill(u"2026-10");
    pg.pay("15000", "2026-10-03");
    auto credit = InvoiceCorrections(pg.store())
                      .creditNote(pg.invoiceOf("2026-10"), QStringLiteral("3000"),
                                  QStringLiteral("Mess closed"), QDate(2026, 10, 20));
    ASSERT_TRUE(credit.ok());
    EXPECT_EQ(number(pg.store(), kInvoiceBalance.arg(u"2026-10")), 0);
    // October (₹15,000) was paid in full, so all ₹3,000 went back to the payer, recorded as
    // the note's, for a check-out to show on its own line.
    EXPECT_EQ(credit.value().givenBack, Money::fromRupees(3000));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT r.amount_paise FROM credit_note_return r "
                                                "JOIN credit_note c ON c.id = r.credit_note_id")),
              300000);
    // The ₹3,000 is advance credit, used by November's invoice at once.
    pg.bill(u"2026-11");
    EXPECT_EQ(number(pg.store(), kInvoiceBalance.arg(u"2026-11")), 1500000 - 300000);
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
}

TEST(Corrections, ACancelledInvoiceKeepsItsNumberAndTheMonthCanBeBilledAgain)
{
    ChargedPg pg{QString()};
    pg.bill(u"2026-10");
    pg.pay("5000", "2026-10-03");
    const QString first = pg.invoiceOf("2026-10");
    ASSERT_TRUE(InvoiceCorrections(pg.store())
                    .cancel(first, QStringLiteral("Wrong rent"), QDate(2026, 10, 4))
                    .ok());
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT status || ' ' || number FROM invoice")),
              QStringLiteral("cancelled KORA/2627/0001"));
    EXPECT_FALSE(InvoiceCorrections(pg.store())
                     .cancel(first, QStringLiteral("again"), QDate(2026, 10, 4))
                     .ok());
    pg.bill(u"2026-10"); // re-issued under the next number; the ₹5,000 paid is applied to it
    EXPECT_EQ(
        text(pg.store(), QStringLiteral("SELECT number FROM invoice WHERE status = 'issued'")),
        QStringLiteral("KORA/2627/0002"));
    EXPECT_EQ(number(pg.store(), kInvoiceBalance.arg(u"2026-10")), 1000000);
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
}

TEST(Corrections, ABouncedChequeReopensTheInvoices)
{
    ChargedPg pg{QString()};
    pg.bill(u"2026-10");
    const auto cheque = pg.pay("15000", "2026-10-03", QStringLiteral("cheque"));
    EXPECT_EQ(number(pg.store(), kInvoiceBalance.arg(u"2026-10")), 0);
    auto reversed = ReversePayment(pg.store())
                        .run(cheque.paymentId, QStringLiteral("Returned unpaid"),
                             QStringLiteral("2026-10-07"), QDate(2026, 10, 8));
    ASSERT_TRUE(reversed.ok()) << reversed.error().message.toStdString();
    EXPECT_EQ(number(pg.store(), kInvoiceBalance.arg(u"2026-10")), 1500000);
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT status || ' ' || reversed_on FROM payment")),
              QStringLiteral("reversed 2026-10-07"));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM receipt")), 1); // kept
    auto again = ReversePayment(pg.store())
                     .run(cheque.paymentId, QStringLiteral("x"), {}, QDate(2026, 10, 8));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(refusedField(again.error()), QStringLiteral("payment"));
    auto early = ReversePayment(pg.store())
                     .run(cheque.paymentId, QStringLiteral("x"), QStringLiteral("2026-10-01"),
                          QDate(2026, 10, 8));
    EXPECT_FALSE(early.ok());
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
}

TEST(Corrections, ADepositIsHeldApartAndNeverTaxedOrAllocated)
{
    ChargedPg pg{QString()};
    pg.bill(u"2026-10");
    const auto deposit =
        pg.pay("24000", "2026-10-01", QStringLiteral("bank"), QStringLiteral("deposit"));
    EXPECT_TRUE(deposit.allocations.isEmpty());
    EXPECT_FALSE(deposit.receiptNumber.isEmpty());
    EXPECT_EQ(number(pg.store(), kInvoiceBalance.arg(u"2026-10")), 1500000);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT amount_paise FROM deposit_entry WHERE kind "
                                                "= 'received'")),
              2400000);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM invoice_line WHERE kind = "
                                                "'deposit'")),
              0);
    auto wrong = RecordPayment(pg.store())
                     .run({pg.residentIds[0],
                           QStringLiteral("100"),
                           QStringLiteral("cash"),
                           {},
                           {},
                           QStringLiteral("gift")},
                          QDate(2026, 10, 2));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(refusedField(wrong.error()), QStringLiteral("for"));
}

TEST(Corrections, APaymentCanBeForChosenInvoices)
{
    ChargedPg pg{QString()};
    pg.bill(u"2026-10");
    pg.bill(u"2026-11");
    // ₹15,000 for November chosen: October stays open, oldest-first would have paid it.
    auto paid = RecordPayment(pg.store())
                    .run({pg.residentIds[0],
                          QStringLiteral("15000"),
                          QStringLiteral("upi"),
                          QStringLiteral("UTR"),
                          {},
                          QStringLiteral("dues"),
                          {pg.invoiceOf("2026-11")}},
                         QDate(2026, 11, 3));
    ASSERT_TRUE(paid.ok()) << paid.error().message.toStdString();
    EXPECT_EQ(number(pg.store(), kInvoiceBalance.arg(u"2026-11")), 0);
    EXPECT_EQ(number(pg.store(), kInvoiceBalance.arg(u"2026-10")), 1500000);
    auto wrong = RecordPayment(pg.store())
                     .run({pg.residentIds[0],
                           QStringLiteral("100"),
                           QStringLiteral("upi"),
                           QStringLiteral("UTR"),
                           {},
                           QStringLiteral("dues"),
                           {QStringLiteral("nope")}},
                          QDate(2026, 11, 3));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(refusedField(wrong.error()), QStringLiteral("invoice"));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM payment")), 1);
}
