#include "server/public/PublicArea.h"

#include "server/http/ApiReply.h"
#include "server/http/Call.h"
#include "server/http/RequestLog.h"
#include "server/http/Routes.h"
#include "server/http/Services.h"
#include "server/public/DisposableDomains.h"
#include "server/public/PublicStore.h"
#include "server/public/RateLimiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QUrlQuery>

namespace rentflow::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("PublicArea", text);
}

// The stats, shared by every worker, recomputed at most once a second per process.
class StatsCache
{
public:
    StoreResult<WaitlistStats> get(ServerDb& db)
    {
        {
            QMutexLocker lock(&m_mutex);
            if (m_value && m_age.isValid() && m_age.elapsed() < kMaxAgeMs)
                return *m_value;
        }
        auto fresh = waitlistStats(db);
        if (!fresh)
            return fresh;
        QMutexLocker lock(&m_mutex);
        m_value = fresh.value();
        m_age.start();
        return fresh;
    }

private:
    static constexpr qint64 kMaxAgeMs = 1000;
    QMutex m_mutex;
    std::optional<WaitlistStats> m_value;
    QElapsedTimer m_age;
};

// Big webmail providers: the per-domain limit (seed §2.7) would otherwise let ten people
// an hour join with, say, a gmail.com address.
bool isWebmail(const QString& domain)
{
    static const QStringList providers = {
        QStringLiteral("gmail.com"),      QStringLiteral("googlemail.com"),
        QStringLiteral("yahoo.com"),      QStringLiteral("yahoo.co.in"),
        QStringLiteral("outlook.com"),    QStringLiteral("hotmail.com"),
        QStringLiteral("live.com"),       QStringLiteral("icloud.com"),
        QStringLiteral("rediffmail.com"), QStringLiteral("protonmail.com"),
        QStringLiteral("proton.me"),      QStringLiteral("zoho.com"),
    };
    return providers.contains(domain);
}

void setRateHeaders(QHttpServerResponse& response, const RateDecision& d)
{
    if (!d.enforced)
        return;
    response.setHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(d.limit));
    response.setHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(d.remaining));
    response.setHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(d.resetSeconds));
    if (!d.allowed)
        response.setHeader(QByteArrayLiteral("Retry-After"),
                           QByteArray::number(d.retryAfterSeconds));
}

// The rate limits of one request: take() each rule in turn; the first refusal answers 429.
// The headers show the route's own per-client rule (the first taken), or the refusing one.
class RateGate
{
public:
    explicit RateGate(Call& call) : m_call(call), m_limiter(call.services().find<RateLimiter>()) {}

    bool pass(const RateRule& rule, const QString& key)
    {
        if (!m_limiter)
            return true;
        const RateDecision d = m_limiter->take(rule, key);
        if (!m_shown || !d.allowed)
            m_shown = d;
        return d.allowed;
    }
    bool passIp(const RateRule& rule) { return pass(rule, m_call.clientIp().toString()); }

    QHttpServerResponse reply(QHttpServerResponse response) const
    {
        if (m_shown)
            setRateHeaders(response, *m_shown);
        return response;
    }
    QHttpServerResponse tooMany() const
    {
        return reply(errorReply(Status::TooManyRequests, QStringLiteral("rate_limited"),
                                tr("Too many requests. Try again later.")));
    }

private:
    Call& m_call;
    RateLimiter* m_limiter;
    std::optional<RateDecision> m_shown;
};

ClientInfo clientOf(Call& call)
{
    ClientInfo info;
    info.ip = call.clientIp().toString();
    info.userAgent =
        QString::fromUtf8(call.request.value(QByteArrayLiteral("User-Agent"))).left(500);
    info.requestId = call.requestId();
    return info;
}

QHttpServerResponse failed(Call& call, const char* operation)
{
    // The driver's words may quote stored values (an email in a key conflict): not logged.
    logEvent(QStringLiteral("error"), QStringLiteral("public_database"),
             {{QStringLiteral("requestId"), call.requestId()},
              {QStringLiteral("operation"), QString::fromLatin1(operation)}});
    return databaseFailure();
}

QHttpServerResponse spam()
{
    return errorReply(Status::BadRequest, QStringLiteral("spam_suspected"),
                      tr("The form could not be accepted. Please reload the page and try again."));
}

template <typename T> std::optional<QHttpServerResponse> refusalOf(const Parsed<T>& parsed)
{
    const auto* refused = std::get_if<InputRefusal>(&parsed);
    if (!refused)
        return std::nullopt;
    return refused->spam ? spam() : invalidInput(refused->fields);
}

PublicRules rulesOf(const ServerConfig&)
{
    return PublicRules{};
}

QJsonObject entryBody(const WaitlistEntry& entry, const QueuePlace& place, const QString& base,
                      const QString& message)
{
    return QJsonObject{{QStringLiteral("id"), entry.id},
                       {QStringLiteral("email"), entry.email},
                       {QStringLiteral("position"), place.position},
                       {QStringLiteral("referralCode"), entry.referralCode},
                       {QStringLiteral("referralLink"), referralLink(base, entry.referralCode)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("createdAt"), entry.createdAt}};
}

QHttpServerResponse joinWaitlistRoute(Call& call)
{
    RateGate gate(call);
    if (!gate.passIp(rate_rules::waitlistJoin) || !gate.pass(rate_rules::formBurst, {}))
        return gate.tooMany();
    const auto body = call.jsonBody();
    if (!body)
        return gate.reply(call.refusal());
    const auto parsed = parseWaitlistJoin(*body, rulesOf(call.config()));
    if (auto refused = refusalOf(parsed))
        return gate.reply(std::move(*refused));
    const auto& request = std::get<WaitlistJoinRequest>(parsed);
    if (!isWebmail(request.email.domain) &&
        !gate.pass(rate_rules::waitlistDomain, request.email.domain))
        return gate.tooMany();

    const ServerConfig& config = call.config();
    auto joined = joinWaitlist(call.db(), request, clientOf(call), config.publicBaseUrl,
                               config.referralBoost);
    if (!joined)
        return gate.reply(failed(call, "waitlist_join"));
    const bool created = joined.value().created;
    return gate.reply(
        jsonReply(entryBody(joined.value().entry, joined.value().place, config.publicBaseUrl,
                            created ? tr("You've joined the waitlist!")
                                    : tr("You're already on the waitlist.")),
                  created ? Status::Created : Status::Ok));
}

QHttpServerResponse positionRoute(Call& call)
{
    RateGate gate(call);
    if (!gate.passIp(rate_rules::waitlistPosition))
        return gate.tooMany();
    const QUrlQuery query = call.request.query();
    auto item = [&](const QString& name) -> std::optional<QString> {
        if (!query.hasQueryItem(name))
            return std::nullopt;
        return query.queryItemValue(name, QUrl::FullyDecoded);
    };
    const auto parsed =
        parsePositionQuery(item(QStringLiteral("email")), item(QStringLiteral("code")));
    if (auto refused = refusalOf(parsed))
        return gate.reply(std::move(*refused));
    const auto& q = std::get<PositionQuery>(parsed);
    auto found = q.code.isEmpty() ? findEntryByEmailKey(call.db(), q.emailKey)
                                  : findEntryByCode(call.db(), q.code);
    if (!found)
        return gate.reply(failed(call, "waitlist_find"));
    if (!found.value())
        return gate.reply(errorReply(Status::NotFound, QStringLiteral("not_found"),
                                     tr("No waitlist entry matches.")));
    const WaitlistEntry& entry = *found.value();
    const ServerConfig& config = call.config();
    auto place = queuePlace(call.db(), entry, config.referralBoost);
    if (!place)
        return gate.reply(failed(call, "waitlist_position"));
    return gate.reply(jsonReply(QJsonObject{
        {QStringLiteral("position"), place.value().position},
        {QStringLiteral("total"), place.value().total},
        {QStringLiteral("referralCount"), entry.referralCount},
        {QStringLiteral("referralCode"), entry.referralCode},
        {QStringLiteral("referralLink"), referralLink(config.publicBaseUrl, entry.referralCode)},
    }));
}

QHttpServerResponse referralRoute(Call& call)
{
    RateGate gate(call);
    if (!gate.passIp(rate_rules::waitlistReferral))
        return gate.tooMany();
    const auto body = call.jsonBody();
    if (!body)
        return gate.reply(call.refusal());
    const auto parsed = parseWaitlistReferral(*body);
    if (auto refused = refusalOf(parsed))
        return gate.reply(std::move(*refused));
    const auto& request = std::get<WaitlistReferralRequest>(parsed);
    auto recorded = recordReferral(call.db(), request, clientOf(call));
    if (!recorded)
        return gate.reply(failed(call, "waitlist_referral"));
    const ReferralResult& result = recorded.value();
    switch (result.outcome) {
    case ReferralOutcome::Recorded:
    case ReferralOutcome::AlreadyRecorded:
        return gate.reply(
            jsonReply(QJsonObject{{QStringLiteral("referralCode"), request.referralCode},
                                  {QStringLiteral("status"), result.status},
                                  {QStringLiteral("message"),
                                   result.outcome == ReferralOutcome::Recorded
                                       ? tr("Referral recorded. It counts once your friend joins.")
                                       : tr("This referral was already recorded.")}},
                      result.outcome == ReferralOutcome::Recorded ? Status::Created : Status::Ok));
    case ReferralOutcome::UnknownCode:
        return gate.reply(errorReply(
            Status::NotFound, QStringLiteral("not_found"),
            tr("No waitlist entry has this referral code."),
            {{QStringLiteral("referralCode"), QStringLiteral("is not a known referral code")}}));
    case ReferralOutcome::OwnAddress:
        return gate.reply(invalidInput(
            {{QStringLiteral("email"), QStringLiteral("is the referrer's own address")}}));
    case ReferralOutcome::AlreadyJoined:
        return gate.reply(
            errorReply(Status::Conflict, QStringLiteral("already_joined"),
                       tr("This address is already on the waitlist."),
                       {{QStringLiteral("email"), QStringLiteral("is already on the waitlist")}}));
    case ReferralOutcome::TakenByAnother:
        return gate.reply(errorReply(
            Status::Conflict, QStringLiteral("already_referred"),
            tr("Someone else referred this address first."),
            {{QStringLiteral("email"), QStringLiteral("was referred by someone else first")}}));
    }
    return gate.reply(failed(call, "waitlist_referral_outcome"));
}

QHttpServerResponse statsRoute(Call& call)
{
    RateGate gate(call);
    if (!gate.passIp(rate_rules::waitlistStats))
        return gate.tooMany();
    StatsCache* cache = call.services().find<StatsCache>();
    auto stats = cache ? cache->get(call.db()) : waitlistStats(call.db());
    if (!stats)
        return gate.reply(failed(call, "waitlist_stats"));
    const WaitlistStats& s = stats.value();
    return gate.reply(jsonReply(QJsonObject{
        {QStringLiteral("total"), s.total},
        {QStringLiteral("waiting"), s.waiting},
        {QStringLiteral("joinedLast24Hours"), s.joinedLast24Hours},
        {QStringLiteral("joinedLast7Days"), s.joinedLast7Days},
        {QStringLiteral("referrals"), s.referrals},
    }));
}

QHttpServerResponse investorLeadRoute(Call& call)
{
    RateGate gate(call);
    if (!gate.passIp(rate_rules::investorLead) || !gate.pass(rate_rules::formBurst, {}))
        return gate.tooMany();
    const auto body = call.jsonBody();
    if (!body)
        return gate.reply(call.refusal());
    const auto parsed = parseInvestorLead(*body, rulesOf(call.config()));
    if (auto refused = refusalOf(parsed))
        return gate.reply(std::move(*refused));
    auto created =
        createInvestorLead(call.db(), std::get<InvestorLeadRequest>(parsed), clientOf(call));
    if (!created)
        return gate.reply(failed(call, "investor_lead"));
    return gate.reply(jsonReply(
        QJsonObject{{QStringLiteral("id"), created.value().id},
                    {QStringLiteral("status"), QStringLiteral("new")},
                    {QStringLiteral("message"),
                     tr("Thank you for your interest. We'll be in touch within 48 hours.")},
                    {QStringLiteral("createdAt"), created.value().createdAt}},
        Status::Created));
}

QHttpServerResponse roiRoute(Call& call)
{
    RateGate gate(call);
    if (!gate.passIp(rate_rules::roiCalculation))
        return gate.tooMany();
    const auto body = call.jsonBody();
    if (!body)
        return gate.reply(call.refusal());
    const auto parsed = parseRoiCalculation(*body);
    if (auto refused = refusalOf(parsed))
        return gate.reply(std::move(*refused));
    auto logged =
        logRoiCalculation(call.db(), std::get<RoiCalculationRequest>(parsed), clientOf(call));
    if (!logged)
        return gate.reply(failed(call, "roi_calculation"));
    return gate.reply(noContent());
}

} // namespace

ServerArea publicArea()
{
    return ServerArea{
        "public",
        [](Services& services) -> store::StoreStatus {
            if (!disposableListLoaded())
                return StoreError{StoreError::Code::Io,
                                  tr("The embedded disposable-email-domain list is missing or "
                                     "unreadable.")};
            services.provide(std::make_shared<RateLimiter>(services.config().rateLimitMultiplier));
            services.provide(std::make_shared<StatsCache>());
            return store::Done{};
        },
        [](Routes& routes) {
            routes.post(QStringLiteral("/api/v1/waitlist"), joinWaitlistRoute, Access::Public);
            routes.get(QStringLiteral("/api/v1/waitlist/position"), positionRoute, Access::Public);
            routes.post(QStringLiteral("/api/v1/waitlist/referral"), referralRoute, Access::Public);
            routes.get(QStringLiteral("/api/v1/waitlist/stats"), statsRoute, Access::Public);
            routes.post(QStringLiteral("/api/v1/investor-leads"), investorLeadRoute,
                        Access::Public);
            routes.post(QStringLiteral("/api/v1/analytics/roi-calculation"), roiRoute,
                        Access::Public);
        }};
}

} // namespace rentflow::server
