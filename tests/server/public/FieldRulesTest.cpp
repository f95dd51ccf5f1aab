#include "server/public/FieldRules.h"

#include <gtest/gtest.h>

using namespace rentflow::server;

TEST(FieldRules, IndianMobileAcceptsTheUsualSpellings)
{
    const QString expected = QStringLiteral("+919876543210");
    for (const QString& typed : {QStringLiteral("9876543210"), QStringLiteral("+91-9876543210"),
                                 QStringLiteral("+91 98765 43210"), QStringLiteral("09876543210"),
                                 QStringLiteral("919876543210"), QStringLiteral(" (987) 654-3210 "),
                                 QStringLiteral("98765.43210")})
        EXPECT_EQ(normaliseIndianMobile(typed), expected) << typed.toStdString();
    EXPECT_EQ(normaliseIndianMobile(QStringLiteral("6000000000")), QStringLiteral("+916000000000"));
}

TEST(FieldRules, IndianMobileRefusesTheRest)
{
    for (const QString& typed :
         {QStringLiteral("5876543210"),    // starts below 6
          QStringLiteral("987654321"),     // 9 digits
          QStringLiteral("98765432101"),   // 11 digits without a 0 in front
          QStringLiteral("+1 9876543210"), // another country
          QStringLiteral("+919876543"), QStringLiteral("98765x3210"), QStringLiteral("9876+543210"),
          QStringLiteral(""), QStringLiteral("+"),
          QStringLiteral("000000000000000000009876543210")})
        EXPECT_FALSE(normaliseIndianMobile(typed).has_value()) << typed.toStdString();
}

TEST(FieldRules, InvestorTypeIsCaseInsensitive)
{
    EXPECT_EQ(normaliseInvestorType(QStringLiteral("VC")), QStringLiteral("vc"));
    EXPECT_EQ(normaliseInvestorType(QStringLiteral(" Angel ")), QStringLiteral("angel"));
    EXPECT_EQ(normaliseInvestorType(QStringLiteral("PG Operator")), QStringLiteral("pg_operator"));
    EXPECT_EQ(normaliseInvestorType(QStringLiteral("pg-operator")), QStringLiteral("pg_operator"));
    EXPECT_EQ(normaliseInvestorType(QStringLiteral("CORPORATE")), QStringLiteral("corporate"));
    EXPECT_FALSE(normaliseInvestorType(QStringLiteral("family office")).has_value());
    EXPECT_FALSE(normaliseInvestorType(QStringLiteral("")).has_value());
}

TEST(FieldRules, InvestmentRanges)
{
    EXPECT_EQ(normaliseInvestmentRange(QStringLiteral("<10L")), QStringLiteral("<10L"));
    EXPECT_EQ(normaliseInvestmentRange(QStringLiteral("under 10l")), QStringLiteral("<10L"));
    EXPECT_EQ(normaliseInvestmentRange(QStringLiteral("10 - 50 L")), QStringLiteral("10-50L"));
    EXPECT_EQ(normaliseInvestmentRange(QStringLiteral("50l-1cr")), QStringLiteral("50L-1Cr"));
    EXPECT_EQ(normaliseInvestmentRange(QStringLiteral("1CR+")), QStringLiteral("1Cr+"));
    EXPECT_FALSE(normaliseInvestmentRange(QStringLiteral("5Cr")).has_value());
}

TEST(FieldRules, LinkedinUrls)
{
    EXPECT_EQ(normaliseLinkedinUrl(QStringLiteral("https://linkedin.com/in/janesmith")),
              QStringLiteral("https://linkedin.com/in/janesmith"));
    EXPECT_EQ(normaliseLinkedinUrl(QStringLiteral("http://WWW.LinkedIn.com/in/jane-smith-42/")),
              QStringLiteral("https://www.linkedin.com/in/jane-smith-42/"));
    EXPECT_EQ(normaliseLinkedinUrl(QStringLiteral("https://in.linkedin.com/company/rentflow")),
              QStringLiteral("https://in.linkedin.com/company/rentflow"));
    for (const QString& bad :
         {QStringLiteral("linkedin.com/in/jane"), // no scheme
          QStringLiteral("ftp://linkedin.com/in/jane"), QStringLiteral("https://linkedin.com/"),
          QStringLiteral("https://linkedin.com/in/"), QStringLiteral("https://linkedin.com/feed/x"),
          QStringLiteral("https://evil-linkedin.com/in/jane"),
          QStringLiteral("https://linkedin.com.evil.com/in/jane"),
          QStringLiteral("https://a.b.linkedin.com/in/jane"),
          QStringLiteral("https://user@linkedin.com/in/jane"),
          QStringLiteral("https://linkedin.com:8443/in/jane"),
          QStringLiteral("https://linkedin.com/in/ja ne"), QStringLiteral("javascript:alert(1)")})
        EXPECT_FALSE(normaliseLinkedinUrl(bad).has_value()) << bad.toStdString();
    EXPECT_FALSE(normaliseLinkedinUrl(QStringLiteral("https://linkedin.com/in/") +
                                      QString(300, QLatin1Char('a')))
                     .has_value());
}

TEST(FieldRules, ReferralCodes)
{
    EXPECT_EQ(normaliseReferralCode(QStringLiteral("john2026")), QStringLiteral("JOHN2026"));
    EXPECT_EQ(normaliseReferralCode(QStringLiteral(" DOE12345 ")), QStringLiteral("DOE12345"));
    EXPECT_FALSE(normaliseReferralCode(QStringLiteral("ABC")).has_value());
    EXPECT_FALSE(normaliseReferralCode(QString(21, QLatin1Char('A'))).has_value());
    EXPECT_FALSE(normaliseReferralCode(QStringLiteral("DOE-1234")).has_value());
    EXPECT_FALSE(normaliseReferralCode(QStringLiteral("DOÉ12345")).has_value());
}

TEST(FieldRules, CodePointsAndControlCharacters)
{
    EXPECT_EQ(codePointLength(QStringLiteral("abc")), 3);
    EXPECT_EQ(codePointLength(QString::fromUtf8("नमस्ते")), 6);
    EXPECT_EQ(codePointLength(QString::fromUtf8("\xF0\x9F\x8F\xA0\xF0\x9F\x8F\xA0")), 2); // 🏠🏠
    EXPECT_TRUE(hasControlCharacters(QStringLiteral("a\nb"), false));
    EXPECT_FALSE(hasControlCharacters(QStringLiteral("a\nb\tc"), true));
    EXPECT_TRUE(hasControlCharacters(QString(QChar(0x85)), true));
    EXPECT_TRUE(hasControlCharacters(QString(QChar(0x7f)), true));
    EXPECT_FALSE(hasControlCharacters(QString::fromUtf8("Doe PG Services"), false));
}
