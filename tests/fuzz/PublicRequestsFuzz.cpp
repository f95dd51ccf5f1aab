// libFuzzer target over the public endpoints' request parsers and validators
// (sync/server/public): any bytes, as a JSON body for every parser and as a raw string for
// every single-field rule. Built and run by tests/fuzz/run.sh (clang, -fsanitize=fuzzer,address).
#include "server/public/DisposableDomains.h"
#include "server/public/EmailAddress.h"
#include "server/public/FieldRules.h"
#include "server/public/LeadScore.h"
#include "server/public/PublicRequests.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace rentflow::server;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    if (!disposableListLoaded()) { // the embedded list must be there, or the run proves less
        std::fprintf(stderr, "fuzz: the disposable-domain resource is missing\n");
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const PublicRules rules;

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        const QJsonObject body = document.object();
        const auto join = parseWaitlistJoin(body, rules);
        if (const auto* r = std::get_if<WaitlistJoinRequest>(&join)) {
            // What a valid body promises: a usable key and a referral code of the right shape.
            if (r->email.key.isEmpty() || !r->email.key.contains(QLatin1Char('@')))
                std::abort();
            if (!r->referralCode.isEmpty() && !normaliseReferralCode(r->referralCode))
                std::abort();
        }
        const auto lead = parseInvestorLead(body, rules);
        if (const auto* r = std::get_if<InvestorLeadRequest>(&lead)) {
            const LeadScore s = scoreLead(r->investorType, r->investmentRange, r->message);
            if (s.score < 0 || s.score > 100)
                std::abort();
        }
        (void)parseRoiCalculation(body);
        (void)parseWaitlistReferral(body);
    }

    const QString text = QString::fromUtf8(bytes);
    const EmailCheck email = checkEmail(text);
    if (email.problem == EmailProblem::None) {
        // Normalising is stable: the key of a key is itself.
        if (emailKey(email.address.key) != email.address.key)
            std::abort();
        (void)isRoleBased(email.address);
    }
    if (const auto phone = normaliseIndianMobile(text)) {
        if (phone->size() != 13 || normaliseIndianMobile(*phone) != phone)
            std::abort();
    }
    (void)normaliseInvestorType(text);
    (void)normaliseInvestmentRange(text);
    if (const auto url = normaliseLinkedinUrl(text)) {
        if (!url->startsWith(QLatin1String("https://")))
            std::abort();
    }
    (void)normaliseReferralCode(text);
    (void)parsePositionQuery(text, std::nullopt);
    (void)parsePositionQuery(std::nullopt, text);
    (void)scoreLead(text, text, text);
    (void)hasControlCharacters(text, true);
    (void)codePointLength(text);
    return 0;
}
