#include <inventory/MeterRepository.h>
#include <support/Probe.h>
#include <support/SampleAgreement.h>
#include <templates/AgreementFacts.h>

#include <gtest/gtest.h>

using namespace rentflow;

TEST(AgreementFacts, EverythingTheAgreementNeedsIsReadForOneAgreement)
{
    test::SampleAgreement sample;
    auto loaded = AgreementFacts::load(sample.pg.store(), QStringLiteral("id"), sample.agreementId);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    const AgreementFacts& f = loaded.value();
    EXPECT_EQ(f.licensorName, QStringLiteral("Sunrise Hospitality Pvt Ltd")); // legal name first
    EXPECT_EQ(f.licensorAddress, QStringLiteral("2nd Floor, 80 Feet Road, Bengaluru 560034"));
    EXPECT_EQ(f.licensorPan, QStringLiteral("AAKCS1234F"));
    EXPECT_EQ(f.licensorSignatory, QStringLiteral("Meera Rao"));
    EXPECT_EQ(f.licenseeName, QStringLiteral("Ananya Sharma"));
    EXPECT_EQ(f.licenseeFatherName, QStringLiteral("Rajesh Sharma"));
    EXPECT_EQ(f.licenseeAddress, QStringLiteral("House 7, Civil Lines, Jaipur"));
    EXPECT_EQ(f.licenseePhone, QStringLiteral("+919829012345"));
    EXPECT_EQ(f.licenseeAadhaarMasked, QStringLiteral("XXXX XXXX 2346"));
    EXPECT_EQ(f.licenseePan, QStringLiteral("ABCPS1234F"));
    EXPECT_EQ(f.propertyName, QStringLiteral("Koramangala"));
    EXPECT_EQ(f.propertyAddress, QStringLiteral("14, 5th Cross, Koramangala"));
    EXPECT_EQ(f.propertyPincode, QStringLiteral("560034"));
    EXPECT_EQ(f.propertyCity, QStringLiteral("Bengaluru"));
    EXPECT_EQ(f.propertyStateCode, QStringLiteral("29"));
    EXPECT_TRUE(f.houseRules.isEmpty());
    EXPECT_FALSE(f.splitPerHead); // the default: by days
    EXPECT_EQ(f.roomNumber, QStringLiteral("101"));
    EXPECT_EQ(f.bedLabel, QStringLiteral("A"));
    EXPECT_EQ(f.roomBeds, 3);
    EXPECT_EQ(f.start, QDate(2026, 11, 17));
    // 11 months from 17-11-2026: to 16-10-2027, the day before 17-10-2027.
    EXPECT_EQ(f.end, QDate(2027, 10, 16));
    EXPECT_EQ(f.termMonths(), 11);
    EXPECT_EQ(f.agreementDate(), QDate(2026, 11, 17)); // not signed yet: its first day
    EXPECT_EQ(f.rent, Money::fromRupees(12000));
    EXPECT_EQ(f.deposit, Money::fromRupees(24000));
    EXPECT_EQ(f.dueDay, 7);
    EXPECT_EQ(f.lateFeeKind, QStringLiteral("percent"));
    EXPECT_EQ(f.lateFeeValue, 200); // 2% in basis points
    EXPECT_EQ(f.lateFeeGraceDays, 3);
    EXPECT_EQ(f.noticeDays, 45);
    EXPECT_EQ(f.lockInMonths, 0);
    ASSERT_EQ(f.charges.size(), 2);
    EXPECT_EQ(f.charges.at(0).kind, QStringLiteral("food"));
    EXPECT_EQ(f.charges.at(0).description, QStringLiteral("Food"));
    EXPECT_EQ(f.charges.at(0).monthly, Money::fromRupees(3500));
    EXPECT_EQ(f.charges.at(1).description, QStringLiteral("Wi-Fi"));
    EXPECT_EQ(f.charges.at(1).monthly, Money::fromRupees(500));
    ASSERT_TRUE(f.meter.has_value());
    EXPECT_FALSE(f.meter->commonArea);
    EXPECT_TRUE(f.meter->hasTariff());
    EXPECT_EQ(f.meter->tariff.unitRate, Money::fromRupees(9));
}

TEST(AgreementFacts, SlabsAreReadInOrderAndAnUnknownIdIsRefusedByName)
{
    test::SampleAgreement sample;
    ASSERT_TRUE(MeterRepository(sample.pg.store())
                    .setTariff({sample.pg.meterId,
                                {},
                                QStringLiteral("50"),
                                {QStringLiteral("100:6.50"), QStringLiteral("*:8")}})
                    .ok());
    auto loaded = AgreementFacts::load(sample.pg.store(), QStringLiteral("id"), sample.agreementId);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString();
    const Tariff& tariff = loaded.value().meter->tariff;
    ASSERT_EQ(tariff.slabs.size(), 2);
    EXPECT_EQ(tariff.slabs.at(0).uptoHundredths, 10000); // 100 units
    EXPECT_EQ(tariff.slabs.at(0).ratePerUnit, Money::fromPaise(650));
    EXPECT_FALSE(tariff.slabs.at(1).uptoHundredths.has_value());
    EXPECT_EQ(tariff.slabs.at(1).ratePerUnit, Money::fromRupees(8));
    EXPECT_EQ(tariff.fixedCharge, Money::fromRupees(50));

    auto unknown = AgreementFacts::load(sample.pg.store(), QStringLiteral("id"),
                                        QStringLiteral("no-such-agreement"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, store::StoreError::Code::InvalidInput);
    EXPECT_EQ(test::refusedField(unknown.error()), QStringLiteral("id"));
    // A resident's id stands for her latest agreement; one who never stayed is refused.
    auto resident =
        AgreementFacts::load(sample.pg.store(), QStringLiteral("id"), sample.residentId);
    ASSERT_TRUE(resident.ok()) << resident.error().message.toStdString();
    EXPECT_EQ(resident.value().agreementId, sample.agreementId);
    auto neverStayed =
        AgreementFacts::load(sample.pg.store(), QStringLiteral("id"), sample.pg.residentIds[0]);
    ASSERT_FALSE(neverStayed.ok());
    EXPECT_EQ(test::refusedField(neverStayed.error()), QStringLiteral("id"));
    // A bed's id is another kind of record, and says so.
    auto bed = AgreementFacts::load(sample.pg.store(), QStringLiteral("id"), sample.pg.bedIds[0]);
    ASSERT_FALSE(bed.ok());
    EXPECT_TRUE(bed.error().message.contains(QStringLiteral("bed")))
        << bed.error().message.toStdString();
}

TEST(AgreementFacts, ATermThatIsNotWholeMonthsHasNoMonthCount)
{
    AgreementFacts f;
    f.start = QDate(2026, 1, 31);
    f.end = QDate(2026, 12, 30); // 31-01 + 11 months = 31-12: the day after 30-12
    EXPECT_EQ(f.termMonths(), 11);
    f.end = QDate(2026, 12, 20);
    EXPECT_EQ(f.termMonths(), std::nullopt);
    f.end = QDate();
    EXPECT_EQ(f.termMonths(), std::nullopt);
}
