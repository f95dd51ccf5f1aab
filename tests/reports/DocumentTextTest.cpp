// Words, figures and the UPI link as documents print them; every expected value
// is written out by hand.
#include <render/UpiQr.h>
#include <text/DocumentText.h>
#include <text/HindiWords.h>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::reports;

namespace {
QString hindi(qint64 paise)
{
    return hindiAmountInWords(Money::fromPaise(paise));
}
} // namespace

TEST(DocumentTextTest, HindiAmountsInWordsUseTheIndianSystem)
{
    // ₹1,20,000.50: one lakh, twenty thousand, and fifty paise.
    EXPECT_EQ(hindi(1'20'000'50), QStringLiteral("एक लाख बीस हज़ार रुपये और पचास पैसे मात्र"));
    // ₹31,500: thirty-one thousand five hundred (इकतीस is its own word).
    EXPECT_EQ(hindi(31'500'00), QStringLiteral("इकतीस हज़ार पाँच सौ रुपये मात्र"));
    EXPECT_EQ(hindi(999'00), QStringLiteral("नौ सौ निन्यानबे रुपये मात्र"));
    EXPECT_EQ(hindi(0), QStringLiteral("शून्य रुपये मात्र"));
    EXPECT_EQ(hindi(50), QStringLiteral("पचास पैसे मात्र"));
    // ₹1,00,00,000: one crore.
    EXPECT_EQ(hindi(1'00'00'000'00), QStringLiteral("एक करोड़ रुपये मात्र"));
    // ₹1,25,34,00,101: 125 crore, 34 lakh, one hundred and one.
    EXPECT_EQ(hindi(1'25'34'00'101'00),
              QStringLiteral("एक सौ पच्चीस करोड़ चौंतीस लाख एक सौ एक रुपये मात्र"));
    EXPECT_EQ(hindi(-75'00), QStringLiteral("ऋण पचहत्तर रुपये मात्र"));
    // One rupee and one paisa are singular.
    EXPECT_EQ(hindi(1'01), QStringLiteral("एक रुपया और एक पैसा मात्र"));
}

TEST(DocumentTextTest, FiguresDatesAndMonthsInBothLanguages)
{
    EXPECT_EQ(text::rupees(Money::fromPaise(12'34'567'00)), QStringLiteral("₹12,34,567.00"));
    EXPECT_EQ(text::rupees(Money::fromPaise(-500'00)), QStringLiteral("-₹500.00"));
    EXPECT_EQ(text::inWords(Money::fromPaise(31'500'00), Lang::English),
              QStringLiteral("Rupees Thirty One Thousand Five Hundred Only"));
    EXPECT_EQ(text::inWords(Money::fromPaise(2'01), Lang::English),
              QStringLiteral("Rupees Two and One Paisa Only"));
    EXPECT_EQ(text::date(QDate(2026, 11, 5)), QStringLiteral("05-11-2026"));
    EXPECT_EQ(text::monthYear(QDate(2026, 11, 5), Lang::Hindi), QStringLiteral("नवंबर 2026"));
    EXPECT_EQ(text::dateRange(QDate(2026, 11, 1), QDate(2026, 11, 30), Lang::Hindi),
              QStringLiteral("01-11-2026 से 30-11-2026"));
}

TEST(DocumentTextTest, AnIndianMobileIsGroupedAsItIsReadAloud)
{
    // "+91" then 5 + 5 digits, as the letterhead prints the organisation's.
    EXPECT_EQ(text::phone(QStringLiteral("+919876500001")), QStringLiteral("+91 98765 00001"));
    // Anything else (a landline kept as typed, nothing) stays as stored.
    EXPECT_EQ(text::phone(QStringLiteral("080-41234567")), QStringLiteral("080-41234567"));
    EXPECT_EQ(text::phone(QString()), QString());
}

TEST(DocumentTextTest, UpiLinkPercentEncodesEveryValue)
{
    // Spaces are %20 (never +), '/' and '&' are encoded, the VPA keeps its '@',
    // the amount has two decimals.
    EXPECT_EQ(upiUri({QStringLiteral("sunrisepg@okaxis"), QStringLiteral("Sunrise PG & Co"),
                      Money::fromPaise(5'000'50), QStringLiteral("Invoice KORA/2627/0001")}),
              QStringLiteral("upi://pay?pa=sunrisepg@okaxis&pn=Sunrise%20PG%20%26%20Co&am=5000.50"
                             "&cu=INR&tn=Invoice%20KORA%2F2627%2F0001"));
}

TEST(DocumentTextTest, StatesAndRatesAsInvoicesAndNotesPrintThem)
{
    // Code 29 is Karnataka, 07 Delhi (GST state codes); "40" is no state code.
    EXPECT_EQ(text::stateWithCode(QStringLiteral("29")), QStringLiteral("Karnataka (29)"));
    EXPECT_EQ(text::stateWithCode(QStringLiteral("07")), QStringLiteral("Delhi (07)"));
    EXPECT_EQ(text::stateWithCode(QStringLiteral("40")), QStringLiteral("40"));
    // 1800 bp = 18%; its CGST half 900 bp = 9%; 250 bp = 2.5%; 25 bp = 0.25%.
    EXPECT_EQ(text::percent(1800), QStringLiteral("18%"));
    EXPECT_EQ(text::percent(900), QStringLiteral("9%"));
    EXPECT_EQ(text::percent(250), QStringLiteral("2.5%"));
    EXPECT_EQ(text::percent(25), QStringLiteral("0.25%"));
    EXPECT_EQ(text::percent(0), QStringLiteral("0%"));
}
