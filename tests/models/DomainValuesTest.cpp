#include <domain/Aadhaar.h>
#include <domain/Email.h>
#include <domain/Gstin.h>
#include <domain/IndianMobile.h>
#include <domain/InputCheck.h>
#include <domain/IsoDate.h>
#include <domain/LabelledAmount.h>
#include <domain/Money.h>
#include <domain/Pan.h>
#include <domain/Pincode.h>
#include <domain/StateCode.h>
#include <domain/UpiVpa.h>

#include <gtest/gtest.h>

using namespace rentflow;

TEST(Money, ParsesRupeesAndPaiseExactly)
{
    EXPECT_EQ(Money::parse(u"12000")->paise(), 1200000);
    EXPECT_EQ(Money::parse(u"12,000.50")->paise(), 1200050);
    EXPECT_EQ(Money::parse(u"₹ 5600.5")->paise(), 560050);
    EXPECT_EQ(Money::parse(u"0.07")->paise(), 7);
    EXPECT_EQ(Money::parse(u"-250")->paise(), -25000);
}

TEST(Money, RefusesWhatIsNotAnAmount)
{
    for (const char16_t* bad :
         {u"", u"abc", u"12.345", u"1e5", u"12000.", u"१२००", u"99999999999999"})
        EXPECT_FALSE(Money::parse(bad)) << QString::fromUtf16(bad).toStdString();
    EXPECT_TRUE(Money::parse(u"12.345").error().contains(QStringLiteral("two decimal")));
}

TEST(Money, AcceptsDigitsGroupedTheIndianOrInternationalWay)
{
    EXPECT_EQ(Money::parse(u"1,00,000")->paise(), 1'00'000'00);      // one lakh
    EXPECT_EQ(Money::parse(u"12,34,567.25")->paise(), 12'34'567'25); // 12 lakh 34,567.25
    EXPECT_EQ(Money::parse(u"12,345.50")->paise(), 12'345'50);
    EXPECT_EQ(Money::parse(u"100000")->paise(), 1'00'000'00);
    EXPECT_EQ(Money::parse(u"1,234,567")->paise(), 12'34'567'00); // international grouping
    EXPECT_EQ(Money::parse(u"-1,500")->paise(), -1'500'00);
    EXPECT_EQ(Money::parse(u"₹ 1,00,000.00")->paise(), 1'00'000'00);
}

TEST(Money, RefusesDigitsGroupedWrongly)
{
    // Each looks like a number but is a slip: 1,00 (a decimal point meant?), stray commas.
    for (const char16_t* bad :
         {u"1,00", u"1,2,3", u"12,34,5", u",100", u"1,,000", u"1000,", u"1,0000", u"12,34,567,89",
          u"1,000,00,000", u"123,45,678", u"1,000.5,0"}) {
        const auto parsed = Money::parse(bad);
        EXPECT_FALSE(parsed) << QString::fromUtf16(bad).toStdString();
    }
    EXPECT_TRUE(Money::parse(u"1,00").error().contains(QStringLiteral("grouped wrongly")));
}

TEST(IsoDate, TakesOnlyYearMonthDayWithDashes)
{
    EXPECT_EQ(*parseIsoDate(u"2026-11-05"), QDate(2026, 11, 5));
    EXPECT_EQ(*parseIsoDate(u" 2028-02-29 "), QDate(2028, 2, 29)); // leap day, spaces trimmed
    for (const char16_t* bad : {u"2026/11/05", u"2026.11.05", u"05-11-2026", u"2026-11-5",
                                u"2026-1-05", u"20261105", u"2026-11-05T00:00", u"2027-02-29",
                                u"2026-13-01", u"2026-11-31", u"२०२६-११-०५", u"2026 11 05", u""})
        EXPECT_FALSE(parseIsoDate(bad)) << QString::fromUtf16(bad).toStdString();
    EXPECT_TRUE(parseIsoDate(u"2026/11/05").error().contains(QStringLiteral("YYYY-MM-DD")));
}

TEST(InputCheck, RefusesBidiControlsInEveryTextField)
{
    // U+202E RIGHT-TO-LEFT OVERRIDE makes "Room 101<RLO>Paid" show as "Room 101diaP".
    for (char16_t control : {u'\u202A', u'\u202B', u'\u202C', u'\u202D', u'\u202E', u'\u2066',
                             u'\u2067', u'\u2068', u'\u2069', u'\u200E', u'\u200F', u'\u061C'}) {
        InputCheck check;
        const QString name = QStringLiteral("Sunrise ") + QChar(control) + QStringLiteral("PG");
        check.text(QStringLiteral("name"), name, 200, true);
        ASSERT_FALSE(check.ok()) << int(control);
        EXPECT_EQ(check.errors().first().field, QStringLiteral("name"));
        EXPECT_TRUE(check.errors().first().message.contains(QStringLiteral("direction")));
        EXPECT_FALSE(LabelledAmount::parse(name + QStringLiteral("=1500"))) << int(control);
    }
    // Hindi, Urdu and a zero-width joiner are text, not direction controls.
    InputCheck check;
    check.text(QStringLiteral("name"), QStringLiteral("सूर्योदय पीजी"), 200, true);
    check.text(QStringLiteral("name"), QStringLiteral("نور منزل"), 200, true);
    check.text(QStringLiteral("name"), QStringLiteral("क्‍ष"), 200, true);
    EXPECT_TRUE(check.ok());
    const auto chair = LabelledAmount::parse(QStringLiteral("Broken chair=1,500"));
    ASSERT_TRUE(chair.has_value());
    EXPECT_EQ(chair->amount, Money::fromRupees(1500));
}

TEST(Money, FormatsAsADecimalString)
{
    EXPECT_EQ(Money::fromPaise(1200000).toDecimalString(), QStringLiteral("12000.00"));
    EXPECT_EQ(Money::fromPaise(-5).toDecimalString(), QStringLiteral("-0.05"));
    EXPECT_EQ(Money::fromPaise(560050).toDecimalString(), QStringLiteral("5600.50"));
}

TEST(IndianMobile, NormalisesToE164)
{
    for (const char16_t* ok :
         {u"9845012345", u"+91 98450 12345", u"091-9845012345", u"919845012345"})
        EXPECT_EQ(IndianMobile::parse(ok)->e164(), QStringLiteral("+919845012345"));
    for (const char16_t* bad : {u"12345", u"5845012345", u"98450123456", u"98450x2345", u""})
        EXPECT_FALSE(IndianMobile::parse(bad)) << QString::fromUtf16(bad).toStdString();
}

TEST(Email, AcceptsAddressesAndLowercasesTheDomain)
{
    EXPECT_EQ(Email::parse(u" Asha.R@Gmail.COM ")->address(), QStringLiteral("Asha.R@gmail.com"));
    for (const char16_t* bad :
         {u"asha", u"asha@", u"@gmail.com", u"asha@gmail", u"a..b@x.in", u"a b@x.in"})
        EXPECT_FALSE(Email::parse(bad)) << QString::fromUtf16(bad).toStdString();
}

TEST(Pan, ChecksShapeAndHolderType)
{
    const auto pan = Pan::parse(u"abcpe1234f");
    ASSERT_TRUE(pan);
    EXPECT_EQ(pan->value(), QStringLiteral("ABCPE1234F"));
    EXPECT_EQ(pan->holderType(), QLatin1Char('P'));
    EXPECT_EQ(pan->masked(), QStringLiteral("XXXXX1234X"));
    EXPECT_FALSE(Pan::parse(u"ABCXE1234F")); // X is no holder type
    EXPECT_FALSE(Pan::parse(u"ABCPE12345"));
    EXPECT_FALSE(Pan::parse(u"ABCP1234F"));
}

TEST(Aadhaar, ChecksTheVerhoeffDigitAndMasks)
{
    const auto aadhaar = Aadhaar::parse(u"4991 8245 6781");
    ASSERT_TRUE(aadhaar);
    EXPECT_EQ(aadhaar->masked(), QStringLiteral("XXXX XXXX 6781"));
    EXPECT_TRUE(Aadhaar::verhoeffValid(u"234123412346"));
    EXPECT_FALSE(Aadhaar::parse(u"499182456782")); // last digit changed
    EXPECT_FALSE(Aadhaar::parse(u"499182456718")); // two digits swapped
    EXPECT_FALSE(Aadhaar::parse(u"123412341234")); // starts with 1
    EXPECT_FALSE(Aadhaar::parse(u"49918245678"));  // 11 digits
}

TEST(Gstin, ChecksStatePanAndMod36CheckCharacter)
{
    const auto gstin = Gstin::parse(u"27aapfu0939f1zv");
    ASSERT_TRUE(gstin) << gstin.error().toStdString();
    EXPECT_EQ(gstin->stateCode(), QStringLiteral("27"));
    EXPECT_EQ(gstin->pan(), QStringLiteral("AAPFU0939F"));
    EXPECT_EQ(Gstin::checkCharacter(u"29ABCPE1234F1Z"), QLatin1Char('7'));
    EXPECT_FALSE(Gstin::parse(u"27AAPFU0939F1ZW")); // wrong check character
    EXPECT_FALSE(Gstin::parse(u"40AAPFU0939F1ZV")); // no state 40
    EXPECT_FALSE(Gstin::parse(u"27AAPFU0939F1YV")); // 14th is not Z
}

TEST(StateCode, KnowsTheGstStateCodes)
{
    EXPECT_EQ(StateCode::parse(u"29")->name(), QStringLiteral("Karnataka"));
    EXPECT_EQ(StateCode::parse(u"7")->twoDigits(), QStringLiteral("07"));
    EXPECT_EQ(StateCode::parse(u"38")->name(), QStringLiteral("Ladakh"));
    EXPECT_EQ(StateCode::parse(u"97")->name(), QStringLiteral("Other Territory"));
    for (const char16_t* bad : {u"0", u"39", u"98", u"ka", u"029"})
        EXPECT_FALSE(StateCode::parse(bad)) << QString::fromUtf16(bad).toStdString();
}

TEST(Pincode, IsSixDigitsNotStartingWithZero)
{
    EXPECT_EQ(Pincode::parse(u"560 034")->value(), QStringLiteral("560034"));
    EXPECT_FALSE(Pincode::parse(u"060034"));
    EXPECT_FALSE(Pincode::parse(u"56003"));
}

TEST(UpiVpa, IsNameAtHandle)
{
    EXPECT_EQ(UpiVpa::parse(u"sunrise.pg@OKICICI")->value(), QStringLiteral("sunrise.pg@okicici"));
    EXPECT_FALSE(UpiVpa::parse(u"sunrise"));
    EXPECT_FALSE(UpiVpa::parse(u"a@1bank"));
}
