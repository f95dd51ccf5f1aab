#include "server/public/PublicRequests.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace rentflow::server;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

template <typename T> QJsonObject fieldsOf(const Parsed<T>& parsed)
{
    const auto* refusal = std::get_if<InputRefusal>(&parsed);
    if (!refusal)
        return {};
    return refusal->fields;
}

template <typename T> bool isSpam(const Parsed<T>& parsed)
{
    const auto* refusal = std::get_if<InputRefusal>(&parsed);
    return refusal && refusal->spam;
}

const PublicRules rules;

// Appendix A.1 verbatim.
const char* kAppendixA1 = R"({
  "email": "user@example.com",
  "fullName": "John Doe",
  "phone": "9876543210",
  "companyName": "Doe PG Services",
  "referralCode": "JOHN2026",
  "source": "landing_page",
  "utmCampaign": "early_access",
  "utmSource": "google",
  "utmMedium": "cpc"
})";

const char* kAppendixA2 = R"({
  "fullName": "Jane Smith",
  "email": "jane@vcfirm.com",
  "phone": "+91-9876543210",
  "investorType": "VC",
  "linkedinUrl": "https://linkedin.com/in/janesmith",
  "message": "Interested in learning more about RentFlow's growth metrics."
})";

const char* kAppendixA3 = R"({
  "inputs": {
    "properties": 5,
    "bedsPerProperty": 20,
    "avgRent": 12000,
    "utilityCostPerBed": 800
  },
  "results": {
    "adminHoursSaved": 75,
    "revenueLeakageRecovered": 24000,
    "annualProfitImpact": 529200
  },
  "sessionId": "sess-uuid",
  "source": "landing_page"
})";

} // namespace

TEST(WaitlistJoinParse, AppendixA1)
{
    const auto parsed = parseWaitlistJoin(json(kAppendixA1), rules);
    ASSERT_TRUE(std::holds_alternative<WaitlistJoinRequest>(parsed))
        << QJsonDocument(fieldsOf(parsed)).toJson().toStdString();
    const auto& r = std::get<WaitlistJoinRequest>(parsed);
    EXPECT_EQ(r.email.display, QStringLiteral("user@example.com"));
    EXPECT_EQ(r.email.key, QStringLiteral("user@example.com"));
    EXPECT_EQ(r.fullName, QStringLiteral("John Doe"));
    EXPECT_EQ(r.phone, QStringLiteral("+919876543210"));
    EXPECT_EQ(r.companyName, QStringLiteral("Doe PG Services"));
    EXPECT_EQ(r.referralCode, QStringLiteral("JOHN2026"));
    EXPECT_EQ(r.source, QStringLiteral("landing_page"));
    EXPECT_EQ(r.utmCampaign, QStringLiteral("early_access"));
    EXPECT_EQ(r.utmSource, QStringLiteral("google"));
    EXPECT_EQ(r.utmMedium, QStringLiteral("cpc"));
}

TEST(WaitlistJoinParse, OnlyEmailIsRequiredAndUnknownFieldsAreIgnored)
{
    const auto parsed = parseWaitlistJoin(
        json(R"({"email":"a@example.in","favouriteColour":"teal","fullName":null,"phone":""})"),
        rules);
    ASSERT_TRUE(std::holds_alternative<WaitlistJoinRequest>(parsed));
    const auto& r = std::get<WaitlistJoinRequest>(parsed);
    EXPECT_TRUE(r.fullName.isEmpty());
    EXPECT_TRUE(r.phone.isEmpty());
    EXPECT_TRUE(r.referralCode.isEmpty());
}

TEST(WaitlistJoinParse, NamesEveryWrongField)
{
    const auto parsed = parseWaitlistJoin(
        json(R"({"fullName": 42, "phone": "12345", "companyName": ["x"], "referralCode": "no!",
                 "source": true, "utmCampaign": {}, "utmSource": 1.5})"),
        rules);
    const QJsonObject fields = fieldsOf(parsed);
    EXPECT_EQ(fields.value(QStringLiteral("email")).toString(), QStringLiteral("is required"));
    EXPECT_EQ(fields.value(QStringLiteral("fullName")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_TRUE(
        fields.value(QStringLiteral("phone")).toString().contains(QStringLiteral("Indian mobile")));
    EXPECT_EQ(fields.value(QStringLiteral("companyName")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_EQ(fields.value(QStringLiteral("referralCode")).toString(),
              QStringLiteral("must be 4-20 letters or digits"));
    EXPECT_EQ(fields.value(QStringLiteral("source")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_EQ(fields.value(QStringLiteral("utmCampaign")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_EQ(fields.value(QStringLiteral("utmSource")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_FALSE(fields.contains(QStringLiteral("utmMedium")));
    EXPECT_EQ(fields.size(), 8);
}

TEST(WaitlistJoinParse, LengthsAndEmailProblems)
{
    QJsonObject body;
    body.insert(QStringLiteral("email"), QStringLiteral("someone@mailinator.com"));
    body.insert(QStringLiteral("fullName"), QString(201, QLatin1Char('n')));
    body.insert(QStringLiteral("companyName"), QString(200, QLatin1Char('c'))); // the most allowed
    body.insert(QStringLiteral("source"), QString(101, QLatin1Char('s')));
    body.insert(QStringLiteral("utmMedium"), QStringLiteral("cpc\u0001"));
    const QJsonObject fields = fieldsOf(parseWaitlistJoin(body, rules));
    EXPECT_TRUE(
        fields.value(QStringLiteral("email")).toString().contains(QStringLiteral("disposable")));
    EXPECT_EQ(fields.value(QStringLiteral("fullName")).toString(),
              QStringLiteral("must be at most 200 characters"));
    EXPECT_EQ(fields.value(QStringLiteral("source")).toString(),
              QStringLiteral("must be at most 100 characters"));
    EXPECT_EQ(fields.value(QStringLiteral("utmMedium")).toString(),
              QStringLiteral("must not contain control characters"));
    EXPECT_FALSE(fields.contains(QStringLiteral("companyName")));
    EXPECT_EQ(fields.size(), 4);

    EXPECT_EQ(fieldsOf(parseWaitlistJoin(json(R"({"email":"not-an-email"})"), rules))
                  .value(QStringLiteral("email"))
                  .toString(),
              QStringLiteral("must be a valid email address"));
    EXPECT_EQ(fieldsOf(parseWaitlistJoin(json(R"({"email":"  "})"), rules))
                  .value(QStringLiteral("email"))
                  .toString(),
              QStringLiteral("is required"));
    EXPECT_EQ(fieldsOf(parseWaitlistJoin(json(R"({"email":123})"), rules))
                  .value(QStringLiteral("email"))
                  .toString(),
              QStringLiteral("must be a string"));
}

TEST(WaitlistJoinParse, HoneypotAndTimeOnPage)
{
    EXPECT_TRUE(
        isSpam(parseWaitlistJoin(json(R"({"email":"a@example.in","website":"http://x"})"), rules)));
    EXPECT_TRUE(isSpam(parseWaitlistJoin(json(R"({"email":"a@example.in","website":0})"), rules)));
    // Spam wins over field errors: nothing is said about the fields.
    const auto spamAndBad = parseWaitlistJoin(json(R"({"email":"bad","website":"x"})"), rules);
    EXPECT_TRUE(isSpam(spamAndBad));
    EXPECT_TRUE(fieldsOf(spamAndBad).isEmpty());
    // Empty honeypot and null are a person's form.
    EXPECT_FALSE(
        isSpam(parseWaitlistJoin(json(R"({"email":"a@example.in","website":""})"), rules)));
    EXPECT_FALSE(
        isSpam(parseWaitlistJoin(json(R"({"email":"a@example.in","website":null})"), rules)));
    // 2999 ms: too fast; 3000 ms: fine (the seed's minimum is 3 seconds).
    EXPECT_TRUE(
        isSpam(parseWaitlistJoin(json(R"({"email":"a@example.in","timeOnPageMs":2999})"), rules)));
    EXPECT_TRUE(std::holds_alternative<WaitlistJoinRequest>(
        parseWaitlistJoin(json(R"({"email":"a@example.in","timeOnPageMs":3000})"), rules)));
    // A configured minimum.
    PublicRules strict;
    strict.minTimeOnPageMs = 10000;
    EXPECT_TRUE(
        isSpam(parseWaitlistJoin(json(R"({"email":"a@example.in","timeOnPageMs":9000})"), strict)));
    // A wrong type is a field error, not spam.
    for (const char* body : {R"({"email":"a@example.in","timeOnPageMs":"5000"})",
                             R"({"email":"a@example.in","timeOnPageMs":-1})",
                             R"({"email":"a@example.in","timeOnPageMs":3000.5})"}) {
        const auto parsed = parseWaitlistJoin(json(body), rules);
        EXPECT_FALSE(isSpam(parsed)) << body;
        EXPECT_EQ(fieldsOf(parsed).value(QStringLiteral("timeOnPageMs")).toString(),
                  QStringLiteral("must be a whole number of milliseconds"))
            << body;
    }
}

TEST(InvestorLeadParse, AppendixA2)
{
    const auto parsed = parseInvestorLead(json(kAppendixA2), rules);
    ASSERT_TRUE(std::holds_alternative<InvestorLeadRequest>(parsed));
    const auto& r = std::get<InvestorLeadRequest>(parsed);
    EXPECT_EQ(r.fullName, QStringLiteral("Jane Smith"));
    EXPECT_EQ(r.email.display, QStringLiteral("jane@vcfirm.com"));
    EXPECT_EQ(r.phone, QStringLiteral("+919876543210"));
    EXPECT_EQ(r.investorType, QStringLiteral("vc"));
    EXPECT_EQ(r.linkedinUrl, QStringLiteral("https://linkedin.com/in/janesmith"));
    EXPECT_EQ(r.message,
              QStringLiteral("Interested in learning more about RentFlow's growth metrics."));
    EXPECT_TRUE(r.investmentRange.isEmpty());
    EXPECT_FALSE(r.accredited.has_value());
}

TEST(InvestorLeadParse, NamesEveryWrongField)
{
    QJsonObject body =
        json(R"({"email":"jane@", "phone":"+44 20 7946 0958", "investorType":"hedge fund",
        "investmentRange":"10Cr", "linkedinUrl":"https://twitter.com/jane", "accredited":"yes",
        "geography": 7})");
    body.insert(QStringLiteral("message"), QString(5001, QLatin1Char('m')));
    const QJsonObject fields = fieldsOf(parseInvestorLead(body, rules));
    EXPECT_EQ(fields.value(QStringLiteral("fullName")).toString(), QStringLiteral("is required"));
    EXPECT_EQ(fields.value(QStringLiteral("email")).toString(),
              QStringLiteral("must be a valid email address"));
    EXPECT_TRUE(fields.contains(QStringLiteral("phone")));
    EXPECT_EQ(fields.value(QStringLiteral("investorType")).toString(),
              QStringLiteral("must be one of angel, vc, pg_operator, corporate"));
    EXPECT_EQ(fields.value(QStringLiteral("investmentRange")).toString(),
              QStringLiteral("must be one of <10L, 10-50L, 50L-1Cr, 1Cr+"));
    EXPECT_TRUE(fields.value(QStringLiteral("linkedinUrl"))
                    .toString()
                    .contains(QStringLiteral("LinkedIn")));
    EXPECT_EQ(fields.value(QStringLiteral("accredited")).toString(),
              QStringLiteral("must be true or false"));
    EXPECT_EQ(fields.value(QStringLiteral("geography")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_EQ(fields.value(QStringLiteral("message")).toString(),
              QStringLiteral("must be at most 5000 characters"));
    EXPECT_EQ(fields.size(), 9);
}

TEST(InvestorLeadParse, MessageMayHaveLineBreaksAndHoneypotApplies)
{
    const auto parsed = parseInvestorLead(
        json(
            R"({"fullName":"A B","email":"a@fund.in","message":"Line one\nLine two","accredited":true})"),
        rules);
    ASSERT_TRUE(std::holds_alternative<InvestorLeadRequest>(parsed));
    EXPECT_EQ(std::get<InvestorLeadRequest>(parsed).accredited, std::optional<bool>(true));
    EXPECT_TRUE(isSpam(parseInvestorLead(
        json(R"({"fullName":"A B","email":"a@fund.in","website":"spam.example"})"), rules)));
    EXPECT_TRUE(isSpam(parseInvestorLead(
        json(R"({"fullName":"A B","email":"a@fund.in","timeOnPageMs":150})"), rules)));
}

TEST(RoiCalculationParse, AppendixA3)
{
    const auto parsed = parseRoiCalculation(json(kAppendixA3));
    ASSERT_TRUE(std::holds_alternative<RoiCalculationRequest>(parsed));
    const auto& r = std::get<RoiCalculationRequest>(parsed);
    EXPECT_EQ(r.properties, 5);
    EXPECT_EQ(r.bedsPerProperty, 20);
    EXPECT_EQ(r.avgRent, rentflow::Money::fromRupees(12000));
    EXPECT_EQ(r.utilityCostPerBed, rentflow::Money::fromRupees(800));
    EXPECT_EQ(r.adminHoursSaved, 75);
    EXPECT_EQ(r.revenueLeakageRecovered, rentflow::Money::fromRupees(24000));
    EXPECT_EQ(r.annualProfitImpact, rentflow::Money::fromRupees(529200));
    EXPECT_EQ(r.sessionId, QStringLiteral("sess-uuid"));
    EXPECT_EQ(r.source, QStringLiteral("landing_page"));
}

TEST(RoiCalculationParse, NestedFieldsAreNamedWithADot)
{
    const QJsonObject fields = fieldsOf(parseRoiCalculation(json(R"({
        "inputs": {"properties": 2.5, "bedsPerProperty": "20", "avgRent": -1},
        "results": [1, 2],
        "sessionId": 12})")));
    EXPECT_EQ(fields.value(QStringLiteral("inputs.properties")).toString(),
              QStringLiteral("must be a whole number"));
    EXPECT_EQ(fields.value(QStringLiteral("inputs.bedsPerProperty")).toString(),
              QStringLiteral("must be a number"));
    EXPECT_EQ(fields.value(QStringLiteral("inputs.avgRent")).toString(),
              QStringLiteral("must be between 0 and 10000000"));
    EXPECT_EQ(fields.value(QStringLiteral("inputs.utilityCostPerBed")).toString(),
              QStringLiteral("is required"));
    EXPECT_EQ(fields.value(QStringLiteral("results")).toString(),
              QStringLiteral("must be an object"));
    EXPECT_EQ(fields.value(QStringLiteral("sessionId")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_EQ(fields.size(), 6);

    const QJsonObject missing = fieldsOf(parseRoiCalculation(QJsonObject()));
    EXPECT_EQ(missing.value(QStringLiteral("inputs")).toString(), QStringLiteral("is required"));
    EXPECT_EQ(missing.value(QStringLiteral("results")).toString(), QStringLiteral("is required"));
    EXPECT_EQ(missing.size(), 2);

    const QJsonObject huge = fieldsOf(parseRoiCalculation(json(R"({
        "inputs": {"properties": 0, "bedsPerProperty": 100001, "avgRent": 1, "utilityCostPerBed": 1},
        "results": {"adminHoursSaved": 1e13, "revenueLeakageRecovered": 0, "annualProfitImpact": -5}})")));
    EXPECT_TRUE(huge.contains(QStringLiteral("inputs.properties")));
    EXPECT_TRUE(huge.contains(QStringLiteral("inputs.bedsPerProperty")));
    EXPECT_TRUE(huge.contains(QStringLiteral("results.adminHoursSaved")));
    EXPECT_EQ(huge.size(), 3);
}

TEST(WaitlistReferralParse, CodeAndEmail)
{
    const auto parsed =
        parseWaitlistReferral(json(R"({"referralCode":"doe12345","email":"Friend@Example.in"})"));
    ASSERT_TRUE(std::holds_alternative<WaitlistReferralRequest>(parsed));
    EXPECT_EQ(std::get<WaitlistReferralRequest>(parsed).referralCode, QStringLiteral("DOE12345"));
    EXPECT_EQ(std::get<WaitlistReferralRequest>(parsed).email.key,
              QStringLiteral("friend@example.in"));

    const QJsonObject fields = fieldsOf(parseWaitlistReferral(json(R"({"referralCode":"x-y"})")));
    EXPECT_EQ(fields.value(QStringLiteral("referralCode")).toString(),
              QStringLiteral("must be 4-20 letters or digits"));
    EXPECT_EQ(fields.value(QStringLiteral("email")).toString(), QStringLiteral("is required"));
    EXPECT_EQ(fields.size(), 2);
    EXPECT_EQ(fieldsOf(parseWaitlistReferral(json(R"({"referralCode":7,"email":"a@example.in"})")))
                  .value(QStringLiteral("referralCode"))
                  .toString(),
              QStringLiteral("must be a string"));
}

TEST(PositionQueryParse, ExactlyOneOfEmailOrCode)
{
    const auto byEmail = parsePositionQuery(QStringLiteral("R.A.V.I@gmail.com"), std::nullopt);
    ASSERT_TRUE(std::holds_alternative<PositionQuery>(byEmail));
    EXPECT_EQ(std::get<PositionQuery>(byEmail).emailKey, QStringLiteral("ravi@gmail.com"));
    const auto byCode = parsePositionQuery(std::nullopt, QStringLiteral("doe12345"));
    ASSERT_TRUE(std::holds_alternative<PositionQuery>(byCode));
    EXPECT_EQ(std::get<PositionQuery>(byCode).code, QStringLiteral("DOE12345"));
    // A disposable address is only looked up (it cannot be on the list).
    EXPECT_TRUE(std::holds_alternative<PositionQuery>(
        parsePositionQuery(QStringLiteral("x@mailinator.com"), std::nullopt)));

    EXPECT_TRUE(
        fieldsOf(parsePositionQuery(std::nullopt, std::nullopt)).contains(QStringLiteral("query")));
    EXPECT_TRUE(fieldsOf(parsePositionQuery(QStringLiteral("a@b.in"), QStringLiteral("ABCD1234")))
                    .contains(QStringLiteral("query")));
    EXPECT_TRUE(fieldsOf(parsePositionQuery(QStringLiteral(""), QStringLiteral(" ")))
                    .contains(QStringLiteral("query")));
    EXPECT_EQ(fieldsOf(parsePositionQuery(QStringLiteral("nope"), std::nullopt))
                  .value(QStringLiteral("email"))
                  .toString(),
              QStringLiteral("must be a valid email address"));
    EXPECT_EQ(fieldsOf(parsePositionQuery(std::nullopt, QStringLiteral("a")))
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("must be 4-20 letters or digits"));
}
