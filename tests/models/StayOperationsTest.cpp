// What the desktop's stay dialogs need from models/stays: the free beds of a property from a
// day, the agreement marked signed, the term and lock-in at check-in, and the check-out's
// settlement previewed before it is committed.
#include <billing/MonthlyRun.h>
#include <inventory/MeterRepository.h>
#include <payments/RecordPayment.h>
#include <residents/ResidentRepository.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <stays/FreeBeds.h>
#include <stays/GiveNotice.h>
#include <stays/LiveStay.h>
#include <stays/SignAgreement.h>
#include <support/Probe.h>
#include <support/SamplePg.h>
#include <utilities/RecordReading.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

using test::number;
using test::refusedField;
using test::text;

QStringList bedNames(const QList<FreeBeds::Bed>& beds)
{
    QStringList names;
    for (const FreeBeds::Bed& bed : beds)
        names.append(bed.name());
    return names;
}

qint64 audits(test::SamplePg& pg)
{
    return number(pg.store(), QStringLiteral("SELECT count(*) FROM change_log"));
}

} // namespace

TEST(FreeBeds, ABedHeldByAStayIsFreeOnlyAfterItsNoticeEnds)
{
    test::SamplePg pg; // room 101, beds A, B, C at ₹12,000
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    auto free = FreeBeds(pg.store()).of(pg.propertyId, QDate(2026, 11, 22));
    ASSERT_TRUE(free.ok()) << free.error().message.toStdString();
    EXPECT_EQ(bedNames(free.value()), (QStringList{u"101-B"_qs, u"101-C"_qs}));
    EXPECT_EQ(free.value().first().rent, Money::fromRupees(12000));

    ASSERT_TRUE(
        GiveNotice(pg.store())
            .run({pg.residentIds[0], u"2026-11-20"_qs, u"2026-12-15"_qs, {}}, QDate(2026, 11, 22))
            .ok());
    // Still hers on her last day, 15-12; free from the 16th.
    EXPECT_EQ(bedNames(FreeBeds(pg.store()).of(pg.propertyId, QDate(2026, 12, 15)).value()),
              (QStringList{u"101-B"_qs, u"101-C"_qs}));
    EXPECT_EQ(bedNames(FreeBeds(pg.store()).of(pg.propertyId, QDate(2026, 12, 16)).value()),
              (QStringList{u"101-A"_qs, u"101-B"_qs, u"101-C"_qs}));
}

TEST(FreeBeds, AReservationFromALaterDayHoldsTheBedFromTodayOn)
{
    test::SamplePg pg;
    pg.checkIn(1, 2, QDate(2026, 12, 1)); // bed C booked from 1 December
    // A stay starting 22 November would run into that booking.
    EXPECT_EQ(bedNames(FreeBeds(pg.store()).of(pg.propertyId, QDate(2026, 11, 22)).value()),
              (QStringList{u"101-A"_qs, u"101-B"_qs}));
}

TEST(FreeBeds, AnUnknownPropertyIsRefused)
{
    test::SamplePg pg;
    auto free = FreeBeds(pg.store()).of(u"no-such-property"_qs, QDate(2026, 11, 22));
    ASSERT_FALSE(free.ok());
    EXPECT_EQ(refusedField(free.error()), u"property"_qs);
}

TEST(SignAgreement, RecordsTheDayOnceAndAudited)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    const qint64 before = audits(pg);
    auto signedAgreement =
        SignAgreement(pg.store()).run({pg.residentIds[0], u"2026-11-03"_qs}, QDate(2026, 11, 22));
    ASSERT_TRUE(signedAgreement.ok()) << signedAgreement.error().message.toStdString();
    EXPECT_EQ(text(pg.store(), u"SELECT signed_on FROM agreement"_qs), u"2026-11-03"_qs);
    EXPECT_GT(audits(pg), before);
    EXPECT_EQ(LiveStay::of(pg.store(), pg.residentIds[0]).value()->signedOn, QDate(2026, 11, 3));

    auto again = SignAgreement(pg.store()).run({pg.residentIds[0], {}}, QDate(2026, 11, 22));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(refusedField(again.error()), u"resident"_qs);
    EXPECT_TRUE(again.error().message.contains(u"03-11-2026"_qs));
    EXPECT_EQ(text(pg.store(), u"SELECT signed_on FROM agreement"_qs), u"2026-11-03"_qs);
}

TEST(SignAgreement, RefusesAFutureDayAndAResidentWithoutAStay)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    const qint64 before = audits(pg);
    auto future =
        SignAgreement(pg.store()).run({pg.residentIds[0], u"2026-11-23"_qs}, QDate(2026, 11, 22));
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(refusedField(future.error()), u"date"_qs);
    auto noStay = SignAgreement(pg.store()).run({pg.residentIds[1], {}}, QDate(2026, 11, 22));
    ASSERT_FALSE(noStay.ok());
    EXPECT_EQ(refusedField(noStay.error()), u"resident"_qs);
    EXPECT_EQ(audits(pg), before);
    EXPECT_EQ(text(pg.store(), u"SELECT coalesce(signed_on, 'none') FROM agreement"_qs),
              u"none"_qs);
}

TEST(CheckInTerms, TheEndDateAndLockInAreKept)
{
    test::SamplePg pg;
    CheckInInput input{pg.residentIds[0], pg.bedIds[0], u"2026-11-17"_qs, u"12000"_qs, u"0"_qs};
    input.endDate = u"2027-05-16"_qs; // six months
    input.lockInMonths = u"3"_qs;
    ASSERT_TRUE(CheckIn(pg.store()).run(input, QDate(2026, 11, 22)).ok());
    EXPECT_EQ(text(pg.store(), u"SELECT end_date || ' ' || lock_in_months FROM agreement"_qs),
              u"2027-05-16 3"_qs);
}

TEST(CheckInTerms, AnEndBeforeTheStartOrALockInPastTheEndIsRefusedAndNothingWritten)
{
    test::SamplePg pg;
    CheckInInput input{pg.residentIds[0], pg.bedIds[0], u"2026-11-17"_qs, u"12000"_qs, u"0"_qs};
    input.endDate = u"2026-11-16"_qs; // the day before the first
    auto refused = CheckIn(pg.store()).run(input, QDate(2026, 11, 22));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refusedField(refused.error()), u"end-date"_qs);
    // A 6-month licence (to 16-05-2027) cannot have a 7-month lock-in (to 16-06-2027).
    input.endDate = u"2027-05-16"_qs;
    input.lockInMonths = u"7"_qs;
    refused = CheckIn(pg.store()).run(input, QDate(2026, 11, 22));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refusedField(refused.error()), u"lock-in"_qs);
    EXPECT_EQ(number(pg.store(), u"SELECT count(*) FROM agreement"_qs), 0);
}

TEST(CheckInTerms, ANewResidentAndTheStayAreWrittenTogetherOrNotAtAll)
{
    test::SamplePg pg;                                                   // two residents already
    CheckInInput input{{}, pg.bedIds[1], u"2026-11-17"_qs, {}, u"0"_qs}; // no rent
    auto refused = CheckIn(pg.store())
                       .runWithNewResident({u"Priya Sharma"_qs, u"9845012399"_qs, {}, {}, {}},
                                           input, QDate(2026, 11, 22));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refusedField(refused.error()), u"rent"_qs);
    EXPECT_EQ(number(pg.store(), u"SELECT count(*) FROM resident"_qs), 2);

    refused = CheckIn(pg.store())
                  .runWithNewResident({u"Priya Sharma"_qs, u"12345"_qs, {}, {}, {}}, input,
                                      QDate(2026, 11, 22));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refusedField(refused.error()), u"phone"_qs);

    input.rent = u"11000"_qs;
    auto stay = CheckIn(pg.store())
                    .runWithNewResident({u"Priya Sharma"_qs, u"9845012399"_qs, {}, {}, {}}, input,
                                        QDate(2026, 11, 22));
    ASSERT_TRUE(stay.ok()) << stay.error().message.toStdString();
    EXPECT_EQ(number(pg.store(), u"SELECT count(*) FROM resident"_qs), 3);
    EXPECT_EQ(LiveStay::of(pg.store(), stay.value().residentId).value()->agreementId,
              stay.value().agreementId);
}

TEST(CheckOutPreview, ShowsTheSettlementRunWouldMakeAndWritesNothing)
{
    // Lakshmi in bed A from 1 October at ₹12,000, ₹24,000 deposit paid; the meter at ₹10 a
    // unit read 1,000 on 31 October; October and November billed, October paid; notice on
    // 1 November to leave on 20 November (30 days' notice: 20 served, 10 short).
    test::SamplePg pg;
    ASSERT_TRUE(
        CheckIn(pg.store())
            .run({pg.residentIds[0], pg.bedIds[0], u"2026-10-01"_qs, u"12000"_qs, u"24000"_qs},
                 QDate(2026, 10, 1))
            .ok());
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0], u"24000"_qs, u"bank"_qs, u"UTR1"_qs, u"2026-10-01"_qs,
                          u"deposit"_qs},
                         QDate(2026, 10, 1))
                    .ok());
    ASSERT_TRUE(MeterRepository(pg.store()).setTariff({pg.meterId, u"10"_qs, QString(), {}}).ok());
    ASSERT_TRUE(RecordReading(pg.store())
                    .run({pg.meterId, u"2026-10-31"_qs, u"1000"_qs}, QDate(2026, 10, 31))
                    .ok());
    pg.bill(u"2026-10");
    pg.bill(u"2026-11");
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0], u"12000"_qs, u"upi"_qs, u"UTR2"_qs, u"2026-10-05"_qs},
                         QDate(2026, 10, 5))
                    .ok());
    ASSERT_TRUE(
        GiveNotice(pg.store())
            .run({pg.residentIds[0], u"2026-11-01"_qs, u"2026-11-20"_qs, {}}, QDate(2026, 11, 1))
            .ok());
    const CheckOut::Input input{
        pg.residentIds[0], u"2026-11-20"_qs, u"1100"_qs, {u"Broken chair=1500"_qs}};
    const qint64 before = audits(pg);

    auto preview = CheckOut(pg.store()).preview(input, QDate(2026, 11, 20));
    ASSERT_TRUE(preview.ok()) << preview.error().message.toStdString();
    const DepositSettlement& f = preview.value().figures;
    // Dues: November 12,000 − 10/30 credited (4,000) = 8,000, + the final invoice's share of
    // 100 units × ₹10 over 60 bed-days, hers 20: 20/60 × 1,000 = 333.33, rounded to 333.
    // Deposit 24,000 − 8,333 − 1,500 − shortfall 10/30 × 12,000 = 4,000 → refund 10,167.
    EXPECT_EQ(f.held, Money::fromRupees(24000));
    EXPECT_EQ(f.unpaidDues, Money::fromRupees(8333));
    EXPECT_EQ(f.deductions, Money::fromRupees(1500));
    EXPECT_EQ(f.noticeShortfall, Money::fromRupees(4000));
    EXPECT_EQ(f.refund(), Money::fromRupees(10167));
    EXPECT_TRUE(preview.value().settlementId.isEmpty());
    EXPECT_EQ(preview.value().settlementNumber, u"KORAS/2627/0001"_qs);

    // Nothing of it was kept: no settlement, reading, credit note or final invoice.
    EXPECT_EQ(audits(pg), before);
    EXPECT_EQ(number(pg.store(), u"SELECT count(*) FROM deposit_settlement"_qs), 0);
    EXPECT_EQ(number(pg.store(), u"SELECT count(*) FROM credit_note"_qs), 0);
    EXPECT_EQ(number(pg.store(), u"SELECT count(*) FROM meter_reading"_qs), 1);
    EXPECT_EQ(number(pg.store(), u"SELECT count(*) FROM invoice"_qs), 2);
    EXPECT_EQ(text(pg.store(), u"SELECT status FROM agreement"_qs), u"notice"_qs);
    EXPECT_FALSE(pg.store().inTransaction());

    // Committing gives the same figures and the number the preview showed.
    auto done = CheckOut(pg.store()).run(input, QDate(2026, 11, 20));
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done.value().figures.refund(), Money::fromRupees(10167));
    EXPECT_EQ(done.value().settlementNumber, u"KORAS/2627/0001"_qs);
    EXPECT_EQ(number(pg.store(), u"SELECT count(*) FROM deposit_settlement"_qs), 1);
}

TEST(CheckOutPreview, RefusesBadInputLikeTheCheckOut)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    auto refused = CheckOut(pg.store())
                       .preview({pg.residentIds[0], u"2026-11-20"_qs, {}, {u"Chair=abc"_qs}},
                                QDate(2026, 11, 22));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refusedField(refused.error()), u"deduction"_qs);
    EXPECT_FALSE(pg.store().inTransaction());
}
