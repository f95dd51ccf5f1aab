#pragma once

#include "server/public/EmailAddress.h"

#include <domain/Money.h>

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace rentflow::server {

// The public website's request bodies (seed Appendix A), read from a parsed JSON object
// into typed values, or refused with every wrong field named. Pure: no database, no clock.
//
// Common rules:
// - Unknown fields are ignored. A JSON null or "" counts as absent for an optional field;
//   for a required field absent, null and "" (after trimming) are "is required".
// - Text is trimmed; "at most N characters" counts code points; control characters are
//   refused (line breaks and tabs allowed in the investor message only).
// - Bot checks (seed §2.7 "botProtection"), on the join and investor forms:
//     "website"      the honeypot: an invisible input a person leaves empty; any value other
//                    than absent, null or "" marks the request as spam.
//     "timeOnPageMs" the milliseconds the form page was open before sending (the website's
//                    script measures it); when present it must be a whole number >= 0, and
//                    below rules.minTimeOnPageMs (default 3000, seed) marks spam. When absent
//                    the check is not made: Appendix A's own bodies carry no such field and
//                    must be accepted; such clients still meet the rate limits.
//   Spam is refused with 400 {"error":{"code":"spam_suspected"}} and nothing is stored: no
//   field is named, so a bot learns nothing about which check it failed; a fake 201 was not
//   chosen because it would hand out an id, position and referral code that do not exist
//   (the position endpoint would then deny them), and a person whose browser auto-filled
//   the hidden field is told to try again rather than believing they joined.
struct PublicRules
{
    int minTimeOnPageMs = 3000;
};

struct InputRefusal
{
    QJsonObject fields; // field -> what is wrong; empty when spam
    bool spam = false;
};

template <typename T> using Parsed = std::variant<T, InputRefusal>;

// A.1: POST /api/v1/waitlist.
//   email        required, an address checkEmail() accepts (not disposable)
//   fullName     optional, <= 200          phone        optional, Indian mobile
//   companyName  optional, <= 200          referralCode optional, 4–20 letters/digits
//   source       optional, <= 100          utmCampaign / utmSource / utmMedium optional, <= 200
struct WaitlistJoinRequest
{
    EmailAddress email;
    QString fullName;
    QString phone; // "+91XXXXXXXXXX" or empty
    QString companyName;
    QString referralCode; // upper-case or empty
    QString source;
    QString utmCampaign;
    QString utmSource;
    QString utmMedium;
};
Parsed<WaitlistJoinRequest> parseWaitlistJoin(const QJsonObject& body, const PublicRules& rules);

// A.2: POST /api/v1/investor-leads.
//   fullName        required, <= 200       email        required, checkEmail()
//   phone           optional, Indian mobile
//   investorType    optional, angel | vc | pg_operator | corporate (any case)
//   investmentRange optional, <10L | 10-50L | 50L-1Cr | 1Cr+
//   linkedinUrl     optional, a linkedin.com /in/, /company/ or /pub/ page
//   message         optional, <= 5000 (line breaks allowed)
//   geography       optional, <= 100       accredited   optional boolean
//   source          optional, <= 100       utmCampaign  optional, <= 200
struct InvestorLeadRequest
{
    QString fullName;
    EmailAddress email;
    QString phone;
    QString investorType;
    QString investmentRange;
    QString linkedinUrl;
    QString message;
    QString geography;
    std::optional<bool> accredited;
    QString source;
    QString utmCampaign;
};
Parsed<InvestorLeadRequest> parseInvestorLead(const QJsonObject& body, const PublicRules& rules);

// A.3: POST /api/v1/analytics/roi-calculation. "inputs" and "results" are required objects
// with these required numbers (unknown keys in them are ignored):
//   inputs.properties        whole number 1..100000
//   inputs.bedsPerProperty   whole number 1..100000
//   inputs.avgRent           0..10000000 (rupees a month)
//   inputs.utilityCostPerBed 0..10000000 (rupees; amounts are kept as paise, Money)
//   results.adminHoursSaved, results.revenueLeakageRecovered, results.annualProfitImpact
//                            any finite number, magnitude <= 1e12
//   sessionId optional, <= 100; source optional, <= 100
// Nested fields are named with a dot: "inputs.avgRent".
struct RoiCalculationRequest
{
    qint64 properties = 0;
    qint64 bedsPerProperty = 0;
    Money avgRent;
    Money utilityCostPerBed;
    double adminHoursSaved = 0; // hours, not money
    Money revenueLeakageRecovered;
    Money annualProfitImpact;
    QString sessionId;
    QString source;
};
Parsed<RoiCalculationRequest> parseRoiCalculation(const QJsonObject& body);

// POST /api/v1/waitlist/referral: the owner of referralCode invites email.
//   referralCode required, 4–20 letters/digits; email required, checkEmail()
struct WaitlistReferralRequest
{
    QString referralCode;
    EmailAddress email;
};
Parsed<WaitlistReferralRequest> parseWaitlistReferral(const QJsonObject& body);

// GET /api/v1/waitlist/position?email=… or ?code=…: exactly one of them (field "query"
// when both or neither). The email here is only looked up, so a disposable domain is not
// an error (it cannot be on the list; the answer is 404).
struct PositionQuery
{
    QString emailKey; // set when asked by email
    QString code;     // set when asked by code (upper-case)
};
Parsed<PositionQuery> parsePositionQuery(const std::optional<QString>& email,
                                         const std::optional<QString>& code);

} // namespace rentflow::server
