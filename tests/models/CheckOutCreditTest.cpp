// Check-out credits the days billed after the stay line by line: each line's own rate,
// and a room meter's share for the days after the last day.
#include <billing/BooksCheck.h>
#include <billing/MonthlyRun.h>
#include <inventory/MeterRepository.h>
#include <inventory/RoomSetup.h>
#include <payments/RecordPayment.h>
#include <stays/CheckOut.h>
#include <stays/Transfer.h>
#include <store/RecordWriter.h>
#include <support/Probe.h>
#include <support/SamplePg.h>
#include <utilities/RecordReading.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;
using test::number;
using test::text;

TEST(CheckOutCredit, ACreditAcrossARateChangeTakesEachLinesOwnRate)
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    test::SamplePg pg(org);
    pg.checkIn(0, 0, QDate(2025, 9, 1), QStringLiteral("30000"));
    // ₹35,000 paid in advance on 1 Sep, before the 22-09-2025 change: the days before it
    // keep the old rate (as in GstWorkspace.TheRunTakesAnAdvancesDateAsThePaymentDate).
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("35000"), QStringLiteral("upi"),
                          QStringLiteral("UTR7"), QStringLiteral("2025-09-01")},
                         QDate(2025, 9, 1))
                    .ok());
    // September billed on 1 Oct (after the month, so each day at its own rate), and the
    // check-out recorded that day says she left after 20 Sep.
    const BillingPeriod september = BillingPeriod::parse(u"2025-09").value();
    ASSERT_TRUE(MonthlyRun(pg.store()).run({september, QDate(2025, 10, 1), false, {}}).ok());
    // September is two lines across the 22-09-2025 change: 1–21 Sep, 30,000 × 21/30 = 21,000
    // at 12% (1,260 + 1,260), and 22–30 Sep, 30,000 × 9/30 = 9,000 at 5% (225 + 225).
    ASSERT_EQ(text(pg.store(), QStringLiteral("SELECT group_concat(period_from || ' ' || rate_bp "
                                              "|| ' ' || taxable_paise, '; ') FROM (SELECT * "
                                              "FROM invoice_line ORDER BY position)")),
              QStringLiteral("2025-09-01 1200 2100000; 2025-09-22 500 900000"));
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2025-09-20"), {}, {}}, QDate(2025, 10, 1));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    ASSERT_EQ(out.value().creditNoteNumbers.size(), 1);
    // Credited: 21 Sep, 30,000 × 1/30 = 1,000 at 12% (60 + 60), and 22–30 Sep, 9,000 at 5%
    // (225 + 225): value 10,000, CGST = SGST = 285, tax 570 (the invoice's average would
    // have taken 2,970 × 10,000/30,000 = 990); total 10,570.
    EXPECT_EQ(text(pg.store(),
                   QStringLiteral("SELECT taxable_paise || ' ' || cgst_paise || ' ' || sgst_paise "
                                  "|| ' ' || igst_paise || ' ' || total_paise FROM credit_note")),
              QStringLiteral("1000000 28500 28500 0 1057000"));
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
}

TEST(CheckOutCredit, UtilityDaysBilledAfterTheStayAreCredited)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1)); // ₹12,000 a month
    ASSERT_TRUE(MeterRepository(pg.store())
                    .setTariff({pg.meterId, QStringLiteral("10"), QString(), {}})
                    .ok());
    ASSERT_TRUE(RecordReading(pg.store())
                    .run({pg.meterId, QStringLiteral("2026-10-31"), QStringLiteral("1000")},
                         QDate(2026, 10, 31))
                    .ok());
    pg.bill(u"2026-10");
    ASSERT_TRUE(RecordReading(pg.store())
                    .run({pg.meterId, QStringLiteral("2026-11-15"), QStringLiteral("1150")},
                         QDate(2026, 11, 15))
                    .ok());
    // November billed on the 26th with the 15 Nov reading: 150 units × ₹10 = ₹1,500 over
    // 1–15 Nov, 15 days × 3 beds = 45 bed-days; her 15 days: 15/45 × 1,500 = ₹500.
    const BillingPeriod november = BillingPeriod::parse(u"2026-11").value();
    ASSERT_TRUE(MonthlyRun(pg.store())
                    .run({november, QDate(2026, 11, 26), false, {}, QDate(2026, 11, 26)})
                    .ok());
    ASSERT_EQ(number(pg.store(), QStringLiteral("SELECT taxable_paise FROM invoice_line WHERE "
                                                "kind = 'utility' AND period_to = '2026-11-15'")),
              50000);
    // The check-out, recorded later, says she left after 12 Nov.
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-11-12"), {}, {}}, QDate(2026, 11, 26));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    ASSERT_EQ(out.value().creditNoteNumbers.size(), 1);
    // Rent: 13–30 Nov = 18/30 × 12,000 = 7,200. Utility: 13–15 Nov are 3 of her 15 counted
    // days: 3/15 × 500 = 100 (those days are the operator's). Untaxed: 7,300 in all.
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT taxable_paise FROM credit_note")), 730000);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT total_paise FROM credit_note")), 730000);
}

TEST(CheckOutCredit, AShareOfARoomLeftByTransferIsNotCreditedAtCheckOut)
{
    test::SamplePg pg;
    auto other = RoomSetup(pg.store())
                     .add({pg.propertyId, QStringLiteral("1"), QStringLiteral("102"),
                           QStringLiteral("1"), QStringLiteral("12000"), true});
    ASSERT_TRUE(other.ok());
    pg.checkIn(0, 0, QDate(2026, 10, 1)); // ₹12,000 a month, room 101
    ASSERT_TRUE(MeterRepository(pg.store())
                    .setTariff({pg.meterId, QStringLiteral("10"), QString(), {}})
                    .ok());
    ASSERT_TRUE(RecordReading(pg.store())
                    .run({pg.meterId, QStringLiteral("2026-10-31"), QStringLiteral("1000")},
                         QDate(2026, 10, 31))
                    .ok());
    pg.bill(u"2026-10");
    ASSERT_TRUE(Transfer(pg.store())
                    .run({pg.residentIds[0], other.value().bedIds[0], QStringLiteral("2026-11-06"),
                          QStringLiteral("12000")},
                         QDate(2026, 11, 6))
                    .ok());
    ASSERT_TRUE(RecordReading(pg.store())
                    .run({pg.meterId, QStringLiteral("2026-11-15"), QStringLiteral("1150")},
                         QDate(2026, 11, 15))
                    .ok());
    const BillingPeriod november = BillingPeriod::parse(u"2026-11").value();
    ASSERT_TRUE(MonthlyRun(pg.store())
                    .run({november, QDate(2026, 11, 26), false, {}, QDate(2026, 11, 26)})
                    .ok());
    // Room 101's 1–15 Nov: ₹1,500 over 45 bed-days; her 1–5 Nov: 5/45 × 1,500 = ₹166.67.
    ASSERT_EQ(number(pg.store(), QStringLiteral("SELECT taxable_paise FROM invoice_line WHERE "
                                                "kind = 'utility' AND period_to = '2026-11-15'")),
              16667);
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-11-12"), {}, {}}, QDate(2026, 11, 26));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    // Rent in room 102, 6–30 Nov = 25/30 × 12,000 = 10,000; 13–30 Nov are 18 of its 25 days:
    // 10,000 × 18/25 = 7,200. Her room-101 share counted none of 13–15 Nov: nothing more.
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT taxable_paise FROM credit_note")), 720000);
}

TEST(CheckOutCredit, APerHeadUtilityShareStandsAtCheckOut)
{
    test::SamplePg pg;
    {
        store::Transaction tx(pg.store());
        ASSERT_TRUE(store::RecordWriter(pg.store())
                        .update(QStringLiteral("property"), pg.propertyId,
                                {{QStringLiteral("utility_split"), QStringLiteral("head")}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    pg.checkIn(0, 0, QDate(2026, 10, 1)); // ₹12,000 a month
    ASSERT_TRUE(MeterRepository(pg.store())
                    .setTariff({pg.meterId, QStringLiteral("10"), QString(), {}})
                    .ok());
    ASSERT_TRUE(RecordReading(pg.store())
                    .run({pg.meterId, QStringLiteral("2026-10-31"), QStringLiteral("1000")},
                         QDate(2026, 10, 31))
                    .ok());
    pg.bill(u"2026-10");
    ASSERT_TRUE(RecordReading(pg.store())
                    .run({pg.meterId, QStringLiteral("2026-11-15"), QStringLiteral("1150")},
                         QDate(2026, 11, 15))
                    .ok());
    const BillingPeriod november = BillingPeriod::parse(u"2026-11").value();
    ASSERT_TRUE(MonthlyRun(pg.store())
                    .run({november, QDate(2026, 11, 26), false, {}, QDate(2026, 11, 26)})
                    .ok());
    // Per head, the only one who held a bed in 1–15 Nov pays it all: 150 units × ₹10 = ₹1,500.
    ASSERT_EQ(number(pg.store(), QStringLiteral("SELECT taxable_paise FROM invoice_line WHERE "
                                                "kind = 'utility' AND period_to = '2026-11-15'")),
              150000);
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-11-12"), {}, {}}, QDate(2026, 11, 26));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    // She still held a bed in the interval, so her head's share stands; only rent is credited:
    // 13–30 Nov = 18/30 × 12,000 = 7,200.
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT taxable_paise FROM credit_note")), 720000);
}
