// SPEC §3.3–§3.5: transfer, notice, check-out with final invoice and deposit settlement.
#include <billing/BooksCheck.h>
#include <billing/Charges.h>
#include <billing/MonthlyRun.h>
#include <inventory/MeterRepository.h>
#include <inventory/RoomSetup.h>
#include <ledger/InvoiceBalance.h>
#include <ledger/PaymentAllocator.h>
#include <payments/DuesReport.h>
#include <payments/RecordPayment.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <stays/GiveNotice.h>
#include <stays/Transfer.h>
#include <store/RecordWriter.h>
#include <support/Probe.h>
#include <support/SamplePg.h>
#include <utilities/RecordReading.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

using test::number;
using test::refusedField;
using test::text;

// Lakshmi in bed A of room 101 from 1 October at ₹12,000 with a ₹24,000 deposit paid,
// 30 days' notice; the room meter at ₹10 a unit, read 1,000 on 31 October; November billed.
struct StayingPg : test::SamplePg
{
    StayingPg()
    {
        auto stay = CheckIn(store()).run({residentIds[0], bedIds[0], QStringLiteral("2026-10-01"),
                                          QStringLiteral("12000"), QStringLiteral("24000")},
                                         QDate(2026, 10, 1));
        EXPECT_TRUE(stay.ok());
        EXPECT_TRUE(RecordPayment(store())
                        .run({residentIds[0], QStringLiteral("24000"), QStringLiteral("bank"),
                              QStringLiteral("UTR1"), QStringLiteral("2026-10-01"),
                              QStringLiteral("deposit")},
                             QDate(2026, 10, 1))
                        .ok());
        EXPECT_TRUE(MeterRepository(store())
                        .setTariff({meterId, QStringLiteral("10"), QString(), {}})
                        .ok());
        EXPECT_TRUE(RecordReading(store())
                        .run({meterId, QStringLiteral("2026-10-31"), QStringLiteral("1000")},
                             QDate(2026, 10, 31))
                        .ok());
        bill(u"2026-10");
        bill(u"2026-11");
    }
    qint64 audits() { return number(store(), QStringLiteral("SELECT count(*) FROM change_log")); }
};

} // namespace

TEST(StayLifecycle, CheckOutBillsToTheDayAndSettlesTheDeposit)
{
    StayingPg pg;
    // October was paid in full; November (₹12,000) is not.
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("12000"), QStringLiteral("upi"),
                          QStringLiteral("UTR2"), QStringLiteral("2026-10-05")},
                         QDate(2026, 10, 5))
                    .ok());
    ASSERT_TRUE(GiveNotice(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("2026-11-01"),
                          QStringLiteral("2026-11-20"), QStringLiteral("Job in Pune")},
                         QDate(2026, 11, 1))
                    .ok());
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT status FROM agreement")),
              QStringLiteral("notice"));

    auto out = CheckOut(pg.store())
                   .run({pg.residentIds[0],
                         QStringLiteral("2026-11-20"),
                         QStringLiteral("1100"),
                         {QStringLiteral("Broken chair=1500")}},
                        QDate(2026, 11, 20));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    const CheckOut::Result& r = out.value();
    // November's invoice billed 30 days; 21–30 November are credited: 10/30 × ₹12,000.
    ASSERT_EQ(r.creditNoteNumbers, QStringList{QStringLiteral("KORAC/2627/0001")});
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT total_paise FROM credit_note")), 400000);
    // The final invoice: the room's 100 units × ₹10 = ₹1,000 to the final reading, over
    // 01-11 to 20-11 = 20 days × 3 beds = 60 bed-days; hers are 20: 20/60 × ₹1,000 = ₹333.33
    // (the other 40 empty bed-days, ₹666.67, are the operator's), rounded off to ₹333.
    EXPECT_EQ(r.finalInvoiceNumber, QStringLiteral("KORA/2627/0003"));
    EXPECT_EQ(number(pg.store(),
                     QStringLiteral("SELECT total_paise FROM invoice WHERE purpose = 'final'")),
              33300);
    // Deposit 24,000 − dues (8,000 + 333) − deductions 1,500 − notice shortfall
    // (10 days of 30 short: 10/30 × 12,000 = 4,000) = refund 10,167.
    EXPECT_EQ(r.figures.held, Money::fromRupees(24000));
    EXPECT_EQ(r.figures.unpaidDues, Money::fromRupees(8333));
    EXPECT_EQ(r.figures.deductions, Money::fromRupees(1500));
    EXPECT_EQ(r.figures.noticeShortfall, Money::fromRupees(4000));
    EXPECT_EQ(r.figures.refund(), Money::fromRupees(10167));
    EXPECT_TRUE(r.figures.owed().isZero());
    EXPECT_EQ(r.settlementNumber, QStringLiteral("KORAS/2627/0001"));
    // The dues were paid from the deposit; nothing is open; the deposit's ledger balances.
    EXPECT_EQ(
        number(pg.store(),
               QStringLiteral("SELECT count(*) FROM invoice i WHERE i.total_paise > "
                              "(SELECT coalesce(sum(amount_paise), 0) FROM payment_allocation "
                              "a WHERE a.invoice_id = i.id AND a.reversed = 0) + (SELECT "
                              "coalesce(sum(total_paise), 0) FROM credit_note c WHERE "
                              "c.invoice_id = i.id)")),
        0);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT sum(CASE kind WHEN 'received' THEN "
                                                "amount_paise WHEN 'demand' THEN 0 ELSE "
                                                "-amount_paise END) FROM deposit_entry")),
              0);
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT status FROM bed WHERE label = 'A'")),
              QStringLiteral("vacant"));
    EXPECT_EQ(
        text(pg.store(), QStringLiteral("SELECT status || ' ' || move_out_date FROM agreement")),
        QStringLiteral("ended 2026-11-20"));
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
    // A later run bills nothing more for the stay.
    pg.bill(u"2026-12");
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM invoice")), 3);
}

TEST(StayLifecycle, WithoutADepositWhatIsDueIsOwed)
{
    test::SamplePg pg;
    pg.checkIn(1, 1, QDate(2026, 11, 1));
    pg.bill(u"2026-11");
    // No notice: the whole 30 days are short (₹12,000); ₹12,000 billed for November, none paid,
    // and the stay ends on the 30th, so nothing is credited.
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[1], QStringLiteral("2026-11-30"), {}, {}}, QDate(2026, 11, 30));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    EXPECT_TRUE(out.value().creditNoteNumbers.isEmpty());
    EXPECT_TRUE(out.value().figures.refund().isZero());
    EXPECT_EQ(out.value().figures.owed(), Money::fromRupees(24000));
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
}

TEST(StayLifecycle, CheckOutRefusesBadInputAndChangesNothing)
{
    StayingPg pg;
    const qint64 before = pg.audits();
    auto refuse = [&](const CheckOut::Input& input) {
        auto result = CheckOut(pg.store()).run(input, QDate(2026, 11, 20));
        return result.ok() ? QStringLiteral("<accepted>") : refusedField(result.error());
    };
    const QString who = pg.residentIds[0];
    EXPECT_EQ(refuse({who, QStringLiteral("2026-09-30"), {}, {}}),
              QStringLiteral("date")); // before check-in
    EXPECT_EQ(refuse({who, QStringLiteral("2026-11-21"), {}, {}}),
              QStringLiteral("date")); // future
    EXPECT_EQ(refuse({who, QStringLiteral("20-11-2026"), {}, {}}), QStringLiteral("date"));
    EXPECT_EQ(refuse({pg.residentIds[1], QStringLiteral("2026-11-20"), {}, {}}),
              QStringLiteral("resident")); // no stay
    EXPECT_EQ(refuse({who, QStringLiteral("2026-11-20"), {}, {QStringLiteral("Chair=-5")}}),
              QStringLiteral("deduction"));
    EXPECT_EQ(refuse({who, QStringLiteral("2026-11-20"), {}, {QStringLiteral("=500")}}),
              QStringLiteral("deduction"));
    // A final reading below the last one: refused under the field the user typed.
    EXPECT_EQ(refuse({who, QStringLiteral("2026-11-20"), QStringLiteral("900"), {}}),
              QStringLiteral("reading"));
    EXPECT_EQ(pg.audits(), before);
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT status FROM agreement")),
              QStringLiteral("active"));
}

TEST(StayLifecycle, NoticeLetsTheBedBeReservedAfterTheMoveOutOnly)
{
    StayingPg pg;
    auto early = CheckIn(pg.store())
                     .run({pg.residentIds[1], pg.bedIds[0], QStringLiteral("2026-12-01"),
                           QStringLiteral("12000"), QStringLiteral("0")},
                          QDate(2026, 11, 10));
    ASSERT_FALSE(early.ok()); // still let, no notice
    ASSERT_TRUE(
        GiveNotice(pg.store())
            .run({pg.residentIds[0], {}, QStringLiteral("2026-11-30"), {}}, QDate(2026, 11, 10))
            .ok());
    auto tooSoon = CheckIn(pg.store())
                       .run({pg.residentIds[1], pg.bedIds[0], QStringLiteral("2026-11-30"),
                             QStringLiteral("12000"), QStringLiteral("0")},
                            QDate(2026, 11, 10));
    EXPECT_FALSE(tooSoon.ok());
    auto reserved = CheckIn(pg.store())
                        .run({pg.residentIds[1], pg.bedIds[0], QStringLiteral("2026-12-01"),
                              QStringLiteral("12000"), QStringLiteral("0")},
                             QDate(2026, 11, 10));
    ASSERT_TRUE(reserved.ok()) << reserved.error().message.toStdString();
    // Staying past the reservation is refused; leaving on the intended day is not.
    auto late =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-12-01"), {}, {}}, QDate(2026, 12, 1));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(refusedField(late.error()), QStringLiteral("date"));
    auto onTime =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-11-30"), {}, {}}, QDate(2026, 11, 30));
    ASSERT_TRUE(onTime.ok()) << onTime.error().message.toStdString();
    // Notice given on the 10th for the 30th: 21 days served of 30, 9 short = 9/30 × ₹12,000.
    EXPECT_EQ(onTime.value().figures.noticeShortfall, Money::fromRupees(3600));
}

TEST(StayLifecycle, NoticeRefusesBadInput)
{
    StayingPg pg;
    auto refuse = [&](const GiveNotice::Input& input) {
        auto result = GiveNotice(pg.store()).run(input, QDate(2026, 11, 10));
        return result.ok() ? QStringLiteral("<accepted>") : refusedField(result.error());
    };
    EXPECT_EQ(
        refuse({pg.residentIds[0], QStringLiteral("2026-11-12"), QStringLiteral("2026-12-10"), {}}),
        QStringLiteral("date")); // given in the future
    EXPECT_EQ(refuse({pg.residentIds[0], {}, QStringLiteral("2026-11-09"), {}}),
              QStringLiteral("move-out")); // before the notice
    EXPECT_EQ(refuse({pg.residentIds[0], {}, {}, {}}), QStringLiteral("move-out"));
    EXPECT_EQ(refuse({pg.residentIds[1], {}, QStringLiteral("2026-12-10"), {}}),
              QStringLiteral("resident"));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM notice")), 0);
}

TEST(StayLifecycle, ATransferProratesBothBedsAtTheirRents)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1), QStringLiteral("9000"));
    pg.bill(u"2026-10");
    auto moved = Transfer(pg.store())
                     .run({pg.residentIds[0], pg.bedIds[2], QStringLiteral("2026-11-11"),
                           QStringLiteral("15000")},
                          QDate(2026, 11, 11));
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    pg.bill(u"2026-11");
    // 10 of 30 days × ₹9,000 = ₹3,000 on bed A, 20 of 30 days × ₹15,000 = ₹10,000 on bed C.
    EXPECT_EQ(
        number(pg.store(),
               QStringLiteral("SELECT total_paise FROM invoice WHERE billing_month = '2026-11'")),
        1300000);
    EXPECT_EQ(
        number(pg.store(), QStringLiteral("SELECT count(*) FROM invoice_line l JOIN invoice i "
                                          "ON i.id = l.invoice_id WHERE i.billing_month = "
                                          "'2026-11' AND l.kind = 'rent'")),
        2);
    EXPECT_EQ(
        text(pg.store(), QStringLiteral("SELECT group_concat(status, ',') FROM (SELECT status "
                                        "FROM bed ORDER BY label)")),
        QStringLiteral("vacant,vacant,occupied"));
}

TEST(StayLifecycle, TransferRefusesBadInputAndChangesNothing)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.checkIn(1, 1, QDate(2026, 10, 1));
    pg.bill(u"2026-11");
    const qint64 before = number(pg.store(), QStringLiteral("SELECT count(*) FROM change_log"));
    auto refuse = [&](const Transfer::Input& input) {
        auto result = Transfer(pg.store()).run(input, QDate(2026, 11, 20));
        return result.ok() ? QStringLiteral("<accepted>") : refusedField(result.error());
    };
    const QString who = pg.residentIds[0];
    EXPECT_EQ(refuse({who, pg.bedIds[0], QStringLiteral("2026-11-15"), {}}), QStringLiteral("bed"));
    EXPECT_EQ(refuse({who, pg.bedIds[1], QStringLiteral("2026-11-15"), {}}), QStringLiteral("bed"));
    EXPECT_EQ(refuse({who, QStringLiteral("nope"), QStringLiteral("2026-11-15"), {}}),
              QStringLiteral("bed"));
    EXPECT_EQ(refuse({who, pg.bedIds[2], QStringLiteral("2026-10-01"), {}}),
              QStringLiteral("date"));
    EXPECT_EQ(refuse({who, pg.bedIds[2], QStringLiteral("2026-11-15"), QStringLiteral("-1")}),
              QStringLiteral("rent"));
    // November is billed at ₹12,000: a new rent from the 15th would leave it wrong.
    EXPECT_EQ(refuse({who, pg.bedIds[2], QStringLiteral("2026-11-15"), QStringLiteral("15000")}),
              QStringLiteral("rent"));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM change_log")), before);
}

TEST(StayLifecycle, SettlementReturnsAdvanceAndCreditNoteMoneyEachOnItsOwnLine)
{
    StayingPg pg;
    // ₹30,000 paid: October and November (₹12,000 each) are paid, ₹6,000 is advance.
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("30000"), QStringLiteral("upi"),
                          QStringLiteral("UTR2"), QStringLiteral("2026-10-05")},
                         QDate(2026, 10, 5))
                    .ok());
    ASSERT_TRUE(GiveNotice(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("2026-11-01"),
                          QStringLiteral("2026-11-20"), QStringLiteral("Job in Pune")},
                         QDate(2026, 11, 1))
                    .ok());
    auto out = CheckOut(pg.store())
                   .run({pg.residentIds[0],
                         QStringLiteral("2026-11-20"),
                         QStringLiteral("1100"),
                         {QStringLiteral("Broken chair=1500")}},
                        QDate(2026, 11, 20));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    const DepositSettlement& f = out.value().figures;
    // The credit note for 21–30 November (10/30 × 12,000 = 4,000) gives back money
    // already paid; with the ₹6,000 advance that is ₹10,000 of credit, of which the
    // final invoice (her 20 of 60 bed-days of 100 units × ₹10: 333.33, rounded off to
    // 333) takes 333: 9,667 left, 4,000 of it the credit note's, 5,667 advance.
    EXPECT_EQ(f.creditNoteCredit, Money::fromRupees(4000));
    EXPECT_EQ(f.advanceCredit, Money::fromRupees(5667));
    EXPECT_TRUE(f.unpaidDues.isZero());
    // 24,000 deposit + 9,667 credit − 1,500 chair − 4,000 notice shortfall = 28,167.
    EXPECT_EQ(f.refund(), Money::fromRupees(28167));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT refund_paise FROM deposit_settlement")),
              2816700);
    EXPECT_EQ(out.value().creditNotesReturned, QStringList{QStringLiteral("KORAC/2627/0001")});
    // Each its own line of the settlement.
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT group_concat(kind || '=' || amount_paise, "
                                              "' ') FROM (SELECT kind, amount_paise FROM "
                                              "settlement_line ORDER BY position)")),
              QStringLiteral("advance_credit=566700 credit_note_credit=400000"));
    // The deposit's ledger: 5,500 kept (chair and shortfall), 18,500 refunded; the credit
    // (9,667) is used up, so nothing is left to pay a later invoice.
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT amount_paise FROM deposit_entry WHERE "
                                                "kind = 'deduction'")),
              550000);
    EXPECT_EQ(
        number(pg.store(),
               QStringLiteral("SELECT amount_paise FROM deposit_entry WHERE kind = 'refund'")),
        1850000);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT sum(amount_paise) FROM credit_settled")),
              966700);
    EXPECT_TRUE(PaymentAllocator(pg.store()).advanceCredit(pg.residentIds[0]).value().isZero());
    // The ledger: invoices 12,000 + 12,000 + 333 − payment 30,000 − credit note 4,000
    // + credit returned at the settlement 9,667 = 0.
    const auto ledger = DuesReport(pg.store()).ledger(pg.residentIds[0]);
    ASSERT_TRUE(ledger.ok());
    ASSERT_FALSE(ledger.value().isEmpty());
    EXPECT_EQ(ledger.value().constLast().kind, QStringLiteral("credit_returned"));
    EXPECT_EQ(ledger.value().constLast().debit, Money::fromRupees(9667));
    EXPECT_TRUE(ledger.value().constLast().balance.isZero());
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
}

TEST(StayLifecycle, ASecondStayIsSettledFromItsOwnDeposit)
{
    test::SamplePg pg;
    auto pay = [&](const char* amount, const char* date, const char* purpose) {
        const QDate day = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
        ASSERT_TRUE(RecordPayment(pg.store())
                        .run({pg.residentIds[0], QString::fromLatin1(amount),
                              QStringLiteral("bank"), QStringLiteral("UTR"),
                              QString::fromLatin1(date), QString::fromLatin1(purpose)},
                             day)
                        .ok());
    };
    auto stay = [&](const char* in, const char* deposit, const char* out, BillingPeriod month) {
        const QDate first = QDate::fromString(QString::fromLatin1(in), Qt::ISODate);
        ASSERT_TRUE(CheckIn(pg.store())
                        .run({pg.residentIds[0], pg.bedIds[0], QString::fromLatin1(in),
                              QStringLiteral("12000"), QString::fromLatin1(deposit)},
                             first)
                        .ok());
        pay(deposit, in, "deposit");
        auto run = MonthlyRun(pg.store()).run({month, first, false, {}});
        ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
        ASSERT_TRUE(GiveNotice(pg.store())
                        .run({pg.residentIds[0], QString::fromLatin1(in), QString::fromLatin1(out),
                              QStringLiteral("Leaving")},
                             first)
                        .ok());
    };
    // First stay, July: ₹24,000 deposit, July's ₹12,000 paid, full notice.
    stay("2026-07-01", "24000", "2026-07-31", BillingPeriod::parse(u"2026-07").value());
    pay("12000", "2026-07-05", "dues");
    auto first =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-07-31"), {}, {}}, QDate(2026, 7, 31));
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first.value().figures.refund(), Money::fromRupees(24000)); // nothing owed
    // Second stay, September: ₹10,000 deposit, September's ₹12,000 not paid.
    stay("2026-09-01", "10000", "2026-09-30", BillingPeriod::parse(u"2026-09").value());
    auto second =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-09-30"), {}, {}}, QDate(2026, 9, 30));
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    const DepositSettlement& f = second.value().figures;
    // Held 10,000 (the first stay's 24,000 went back at its settlement) − dues 12,000:
    // 2,000 still owed, nothing refunded.
    EXPECT_EQ(f.held, Money::fromRupees(10000));
    EXPECT_EQ(f.unpaidDues, Money::fromRupees(12000));
    EXPECT_EQ(f.owed(), Money::fromRupees(2000));
    EXPECT_TRUE(f.refund().isZero());
    EXPECT_EQ(second.value().settlementNumber, QStringLiteral("KORAS/2627/0002"));
    // September was paid from the second deposit's payment, never from the first's.
    EXPECT_EQ(number(pg.store(),
                     QStringLiteral("SELECT coalesce(sum(a.amount_paise), 0) FROM "
                                    "payment_allocation a JOIN payment p ON p.id = a.payment_id "
                                    "WHERE p.purpose = 'deposit' AND p.amount_paise = 2400000")),
              0);
    EXPECT_EQ(number(pg.store(),
                     QStringLiteral("SELECT coalesce(sum(a.amount_paise), 0) FROM "
                                    "payment_allocation a JOIN payment p ON p.id = a.payment_id "
                                    "WHERE p.purpose = 'deposit' AND p.amount_paise = 1000000")),
              1000000);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM deposit_settlement")), 2);
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
}

TEST(StayLifecycle, ACheckOutRecordedLateDatesItsDocumentsOnTheDayTheyAreIssued)
{
    StayingPg pg;
    pg.bill(u"2026-12"); // KORA/2627/0003, dated 1 December
    // She left on 20 November, but the office records it on 3 December.
    auto out = CheckOut(pg.store())
                   .run({pg.residentIds[0], QStringLiteral("2026-11-20"), QString(), {}},
                        QDate(2026, 12, 3));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    // December's invoice billed 31 days after her stay and is credited whole; the final
    // invoice (November's leftovers, if any) and the credit notes are dated 3 December,
    // after every number already issued, never back on 20 November.
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM invoice WHERE "
                                                "issue_date < '2026-12-01' AND number > "
                                                "'KORA/2627/0003'")),
              0);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM credit_note WHERE "
                                                "issue_date <> '2026-12-03'")),
              0);
    EXPECT_GE(number(pg.store(), QStringLiteral("SELECT count(*) FROM credit_note")), 1);
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT settlement_date FROM deposit_settlement")),
              QStringLiteral("2026-12-03"));
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT move_out_date FROM agreement")),
              QStringLiteral("2026-11-20"));
    const QStringList problems = BooksCheck::problems(pg.store());
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST(StayLifecycle, TheLedgerShowsTheDepositSetAgainstDuesAtCheckOut)
{
    StayingPg pg; // October and November billed (₹12,000 each), ₹24,000 deposit paid
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("12000"), QStringLiteral("upi"),
                          QStringLiteral("UTR2"), QStringLiteral("2026-10-05")},
                         QDate(2026, 10, 5))
                    .ok());
    auto out = CheckOut(pg.store())
                   .run({pg.residentIds[0], QStringLiteral("2026-11-30"), QString(), {}},
                        QDate(2026, 11, 30));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    // November's ₹12,000 is paid from the deposit (no notice: the shortfall is kept from
    // the rest). The ledger: 12,000 + 12,000 − 12,000 paid − 12,000 from the deposit = 0,
    // which is what the invoices say is open.
    const auto ledger = DuesReport(pg.store()).ledger(pg.residentIds[0]);
    ASSERT_TRUE(ledger.ok()) << ledger.error().message.toStdString();
    ASSERT_FALSE(ledger.value().isEmpty());
    const DuesReport::LedgerEntry& last = ledger.value().constLast();
    EXPECT_EQ(last.kind, QStringLiteral("deposit_adjusted"));
    EXPECT_EQ(last.document, QStringLiteral("KORAS/2627/0001"));
    EXPECT_EQ(last.credit, Money::fromRupees(12000));
    EXPECT_TRUE(last.balance.isZero()) << last.balance.toDecimalString().toStdString();
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM invoice i WHERE ") +
                                     invoiceBalanceSql() + QStringLiteral(" <> 0")),
              0);
}
