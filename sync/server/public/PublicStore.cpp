#include "server/public/PublicStore.h"

#include "server/mail/MailQueue.h"
#include "server/public/LeadScore.h"
#include "server/storage/AuditLog.h"

#include <store/Uuid7.h>

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace rentflow::server {

namespace {

QVariant orNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// "Insert unless a UNIQUE key is taken": PostgreSQL's ON CONFLICT DO NOTHING; the embedded
// SQLCipher 3.4 (SQLite 3.15) predates upsert (3.24), so there it is INSERT OR IGNORE.
// `sql` starts "INSERT INTO".
QString insertIgnoringConflicts(const ServerDb& db, QString sql)
{
    if (db.backend() == Backend::Postgres)
        return sql + QStringLiteral(" ON CONFLICT DO NOTHING");
    return sql.replace(0, 11, QStringLiteral("INSERT OR IGNORE INTO"));
}

const QString kEntryColumns = QStringLiteral(
    "id, email, referral_code, join_number, COALESCE((SELECT n FROM waitlist_referral_counts "
    "WHERE referrer_id = waitlist_entries.id), 0), status, created_at");

WaitlistEntry entryFrom(const QSqlQuery& q)
{
    WaitlistEntry e;
    e.id = q.value(0).toString();
    e.email = q.value(1).toString();
    e.referralCode = q.value(2).toString();
    e.joinNumber = q.value(3).toLongLong();
    e.referralCount = q.value(4).toLongLong();
    e.status = q.value(5).toString();
    e.createdAt = q.value(6).toString();
    return e;
}

StoreResult<std::optional<WaitlistEntry>> findEntry(ServerDb& db, const QString& column,
                                                    const QString& value)
{
    auto q = db.exec(
        QStringLiteral("SELECT %1 FROM waitlist_entries WHERE %2 = ?").arg(kEntryColumns, column),
        {value});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        if (q.value().lastError().isValid())
            return StoreError{StoreError::Code::Database, q.value().lastError().text()};
        return std::optional<WaitlistEntry>{};
    }
    return std::optional<WaitlistEntry>{entryFrom(q.value())};
}

StoreResult<qint64> count(ServerDb& db, const QString& sql, const QVariantList& binds = {})
{
    auto value = db.scalar(sql, binds, 0);
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

// Records who referred the new entry (inside the join's transaction); the credit itself is
// the completed waitlist_referrals row.
store::StoreStatus creditReferrer(ServerDb& db, const QString& referrerId,
                                  const QString& newEntryId)
{
    if (auto by =
            db.exec(QStringLiteral("UPDATE waitlist_entries SET referred_by = ? WHERE id = ?"),
                    {referrerId, newEntryId});
        !by)
        return by.error();
    return store::Done{};
}

// A new entry's referral, inside the join's transaction: a pending invitation of this
// address completes first (it came first); else the code given with the join.
store::StoreStatus completeReferral(ServerDb& db, const QString& entryId, const QString& emailKey,
                                    const QString& code, const QString& now)
{
    auto pending = db.exec(QStringLiteral("UPDATE waitlist_referrals SET referred_id = ?, "
                                          "status = 'completed', completed_at = ? "
                                          "WHERE referred_email_normalized = ? AND status = "
                                          "'pending'"),
                           {entryId, now, emailKey});
    if (!pending)
        return pending.error();
    if (pending.value().numRowsAffected() == 1) {
        auto referrer = db.scalar(QStringLiteral("SELECT referrer_id FROM waitlist_referrals "
                                                 "WHERE referred_email_normalized = ?"),
                                  {emailKey});
        if (!referrer)
            return referrer.error();
        return creditReferrer(db, referrer.value().toString(), entryId);
    }
    if (code.isEmpty())
        return store::Done{};
    auto referrer = db.scalar(QStringLiteral("SELECT id FROM waitlist_entries WHERE "
                                             "referral_code = ? AND id <> ?"),
                              {code, entryId});
    if (!referrer)
        return referrer.error();
    if (referrer.value().isNull()) // an unknown code: the join goes ahead uncredited
        return store::Done{};
    const QString referrerId = referrer.value().toString();
    auto inserted = db.exec(
        insertIgnoringConflicts(
            db, QStringLiteral("INSERT INTO waitlist_referrals (id, referrer_id, "
                               "referred_email_normalized, referred_id, status, reward_claimed, "
                               "created_at, completed_at) VALUES (?, ?, ?, ?, 'completed', 0, "
                               "?, ?)")),
        {store::Uuid7::generate(), referrerId, emailKey, entryId, now, now});
    if (!inserted)
        return inserted.error();
    if (inserted.value().numRowsAffected() != 1)
        return store::Done{};
    return creditReferrer(db, referrerId, entryId);
}

QString randomDigits(int n)
{
    QString out;
    for (int i = 0; i < n; ++i)
        out.append(QLatin1Char(char('0' + QRandomGenerator::system()->bounded(10))));
    return out;
}

} // namespace

QString referralLink(const QString& publicBaseUrl, const QString& code)
{
    QString base = publicBaseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + QStringLiteral("/waitlist?ref=") + code;
}

QString makeReferralCode(const QString& fullName, int attempt)
{
    if (attempt >= 4) {
        static const QLatin1String alphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
        QString out = QStringLiteral("RF");
        for (int i = 0; i < 10; ++i)
            out.append(
                QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(alphabet.size()))]));
        return out;
    }
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString prefix;
    if (!words.isEmpty()) {
        for (QChar c : words.last().toUpper()) {
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                prefix.append(c);
            if (prefix.size() == 4)
                break;
        }
    }
    if (prefix.isEmpty())
        prefix = QStringLiteral("RF");
    return prefix + randomDigits(5);
}

StoreResult<std::optional<WaitlistEntry>> findEntryByEmailKey(ServerDb& db, const QString& key)
{
    return findEntry(db, QStringLiteral("email_normalized"), key);
}

StoreResult<std::optional<WaitlistEntry>> findEntryByCode(ServerDb& db, const QString& code)
{
    return findEntry(db, QStringLiteral("referral_code"), code);
}

StoreResult<QueuePlace> queuePlace(ServerDb& db, const WaitlistEntry& entry, int referralBoost)
{
    const qint64 boost = qMax(0, referralBoost);
    const qint64 key = entry.joinNumber - boost * entry.referralCount;
    // Entries without referrals rank by join_number alone: ahead when join_number < key, or
    // == key and earlier than this entry (possible only when this entry has referrals).
    const qint64 plainBelow = key < entry.joinNumber ? key + 1 : key;
    // One pass over the pending queue: every entry before `plainBelow`, and the total.
    auto counts = db.exec(QStringLiteral("SELECT SUM(CASE WHEN join_number < ? THEN 1 ELSE 0 "
                                         "END), COUNT(*) FROM waitlist_entries WHERE status = "
                                         "'pending'"),
                          {plainBelow});
    if (!counts)
        return counts.error();
    if (!counts.value().next())
        return StoreError{
            StoreError::Code::Database,
            QStringLiteral("queue place: no row (%1)").arg(counts.value().lastError().text())};
    qint64 ahead = counts.value().value(0).toLongLong(); // NULL (empty queue) reads as 0
    const qint64 total = counts.value().value(1).toLongLong();
    // The referrers (few) moved by their verified referrals: out of the plain count, and in
    // again where their boosted key puts them ahead.
    auto referrers = db.exec(QStringLiteral("SELECT e.join_number, v.n FROM waitlist_entries e "
                                            "JOIN waitlist_referral_counts v ON v.referrer_id = "
                                            "e.id WHERE e.status = 'pending' AND e.id <> ?"),
                             {entry.id});
    if (!referrers)
        return referrers.error();
    while (referrers.value().next()) {
        const qint64 joinNumber = referrers.value().value(0).toLongLong();
        const qint64 boosted = joinNumber - boost * referrers.value().value(1).toLongLong();
        if (joinNumber < plainBelow)
            --ahead;
        if (boosted < key || (boosted == key && joinNumber < entry.joinNumber))
            ++ahead;
    }
    if (referrers.value().lastError().isValid())
        return StoreError{
            StoreError::Code::Database,
            QStringLiteral("queue place: %1").arg(referrers.value().lastError().text())};
    return QueuePlace{ahead + 1, total};
}

StoreResult<JoinResult> joinWaitlist(ServerDb& db, const WaitlistJoinRequest& r,
                                     const ClientInfo& client, const QString& publicBaseUrl,
                                     int referralBoost)
{
    const QString id = store::Uuid7::generate();
    JoinResult result;
    auto created = db.transaction([&]() -> StoreResult<bool> {
        const QString now = ServerDb::now();
        // PostgreSQL takes join_number from its sequence; SQLite (one writer at a time) the
        // next after the largest, in the same statement.
        const QString joinNumber =
            db.backend() == Backend::Postgres
                ? QString()
                : QStringLiteral("(SELECT COALESCE(MAX(join_number), 0) + 1 FROM "
                                 "waitlist_entries), ");
        const QString sql =
            QStringLiteral(
                "INSERT INTO waitlist_entries (id, %1email, email_normalized, full_name, phone, "
                "company_name, referral_code, status, priority, source, "
                "utm_campaign, utm_source, utm_medium, ip_address, user_agent, created_at, "
                "updated_at) VALUES (?, %2?, ?, ?, ?, ?, ?, 'pending', 'normal', ?, ?, ?, ?, "
                "?, ?, ?, ?)")
                .arg(joinNumber.isEmpty() ? QString() : QStringLiteral("join_number, "),
                     joinNumber);
        const QString insert = insertIgnoringConflicts(db, sql);
        for (int attempt = 0; attempt < 8; ++attempt) {
            const QString code = makeReferralCode(r.fullName, attempt);
            auto inserted =
                db.exec(insert, {id, r.email.display, r.email.key, orNull(r.fullName),
                                 orNull(r.phone), orNull(r.companyName), code, orNull(r.source),
                                 orNull(r.utmCampaign), orNull(r.utmSource), orNull(r.utmMedium),
                                 orNull(client.ip), orNull(client.userAgent), now, now});
            if (!inserted)
                return inserted.error();
            if (inserted.value().numRowsAffected() == 1) {
                if (auto credited = completeReferral(db, id, r.email.key, r.referralCode, now);
                    !credited)
                    return credited.error();
                auto entry = findEntry(db, QStringLiteral("id"), id);
                if (!entry)
                    return entry.error();
                if (!entry.value())
                    return StoreError{StoreError::Code::Database,
                                      QStringLiteral("the new waitlist entry vanished")};
                auto place = queuePlace(db, *entry.value(), referralBoost);
                if (!place)
                    return place.error();
                const QJsonObject variables{
                    {QStringLiteral("fullName"), r.fullName},
                    {QStringLiteral("position"), place.value().position},
                    {QStringLiteral("referralCode"), code},
                    {QStringLiteral("referralLink"), referralLink(publicBaseUrl, code)}};
                if (auto mail = enqueueMail(db, QStringLiteral("waitlist_welcome"), r.email.display,
                                            variables);
                    !mail)
                    return mail.error();
                if (auto audited = auditWrite(
                        db, AuditEntry{QString(), QStringLiteral("waitlist.join"),
                                       QStringLiteral("waitlist_entry"), id, client.requestId,
                                       QJsonObject{{QStringLiteral("source"), r.source},
                                                   {QStringLiteral("referred"),
                                                    !r.referralCode.isEmpty()}}});
                    !audited)
                    return audited.error();
                result.entry = *entry.value();
                result.place = place.value();
                return true;
            }
            // Nothing inserted: this email is on the list already, or (rarely) the code
            // was taken; then another code.
            auto exists = db.scalar(
                QStringLiteral("SELECT COUNT(*) FROM waitlist_entries WHERE email_normalized = ?"),
                {r.email.key}, 0);
            if (!exists)
                return exists.error();
            if (exists.value().toLongLong() > 0)
                return false;
        }
        return StoreError{StoreError::Code::Database,
                          QStringLiteral("no free referral code after 8 tries")};
    });
    if (!created)
        return created.error();
    if (created.value()) {
        result.created = true;
        return result;
    }
    // Already there. Read after the commit: a twin request's row (committed meanwhile by
    // another connection or process) is visible now.
    auto entry = findEntryByEmailKey(db, r.email.key);
    if (!entry)
        return entry.error();
    if (!entry.value())
        return StoreError{StoreError::Code::Database,
                          QStringLiteral("the waitlist entry was not found after joining")};
    auto place = queuePlace(db, *entry.value(), referralBoost);
    if (!place)
        return place.error();
    result.entry = *entry.value();
    result.place = place.value();
    return result;
}

StoreResult<ReferralResult> recordReferral(ServerDb& db, const WaitlistReferralRequest& r,
                                           const ClientInfo& client)
{
    return db.transaction([&]() -> StoreResult<ReferralResult> {
        auto referrer = db.exec(QStringLiteral("SELECT id, email_normalized FROM "
                                               "waitlist_entries WHERE referral_code = ?"),
                                {r.referralCode});
        if (!referrer)
            return referrer.error();
        if (!referrer.value().next())
            return ReferralResult{ReferralOutcome::UnknownCode, {}};
        const QString referrerId = referrer.value().value(0).toString();
        if (referrer.value().value(1).toString() == r.email.key)
            return ReferralResult{ReferralOutcome::OwnAddress, {}};
        auto joined = count(db,
                            QStringLiteral("SELECT COUNT(*) FROM waitlist_entries WHERE "
                                           "email_normalized = ?"),
                            {r.email.key});
        if (!joined)
            return joined.error();
        if (joined.value() > 0)
            return ReferralResult{ReferralOutcome::AlreadyJoined, {}};
        const QString now = ServerDb::now();
        const QString id = store::Uuid7::generate();
        auto inserted =
            db.exec(insertIgnoringConflicts(
                        db, QStringLiteral("INSERT INTO waitlist_referrals (id, referrer_id, "
                                           "referred_email_normalized, status, reward_claimed, "
                                           "created_at) VALUES (?, ?, ?, 'pending', 0, ?)")),
                    {id, referrerId, r.email.key, now});
        if (!inserted)
            return inserted.error();
        if (inserted.value().numRowsAffected() == 1) {
            if (auto audited =
                    auditWrite(db, AuditEntry{QString(), QStringLiteral("waitlist.referral"),
                                              QStringLiteral("waitlist_referral"), id,
                                              client.requestId, QJsonObject{}});
                !audited)
                return audited.error();
            return ReferralResult{ReferralOutcome::Recorded, QStringLiteral("pending")};
        }
        auto existing = db.exec(QStringLiteral("SELECT referrer_id, status FROM "
                                               "waitlist_referrals WHERE "
                                               "referred_email_normalized = ?"),
                                {r.email.key});
        if (!existing)
            return existing.error();
        if (!existing.value().next())
            return StoreError{StoreError::Code::Database,
                              QStringLiteral("a referral conflicted but is not there")};
        if (existing.value().value(0).toString() != referrerId)
            return ReferralResult{ReferralOutcome::TakenByAnother, {}};
        return ReferralResult{ReferralOutcome::AlreadyRecorded,
                              existing.value().value(1).toString()};
    });
}

StoreResult<WaitlistStats> waitlistStats(ServerDb& db)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString dayAgo = now.addDays(-1).toString(Qt::ISODateWithMs);
    const QString weekAgo = now.addDays(-7).toString(Qt::ISODateWithMs);
    auto q = db.exec(
        QStringLiteral(
            "SELECT (SELECT COUNT(*) FROM waitlist_entries), (SELECT COUNT(*) FROM "
            "waitlist_entries WHERE status = 'pending'), (SELECT COUNT(*) FROM waitlist_entries "
            "WHERE created_at >= ?), (SELECT COUNT(*) FROM waitlist_entries WHERE created_at >= "
            "?), (SELECT COUNT(*) FROM waitlist_referrals WHERE status = 'completed')"),
        {dayAgo, weekAgo});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreError{StoreError::Code::Database, QStringLiteral("stats: no row")};
    WaitlistStats s;
    s.total = q.value().value(0).toLongLong();
    s.waiting = q.value().value(1).toLongLong();
    s.joinedLast24Hours = q.value().value(2).toLongLong();
    s.joinedLast7Days = q.value().value(3).toLongLong();
    s.referrals = q.value().value(4).toLongLong();
    return s;
}

StoreResult<InvestorLeadResult> createInvestorLead(ServerDb& db, const InvestorLeadRequest& r,
                                                   const ClientInfo& client)
{
    const LeadScore score = scoreLead(r.investorType, r.investmentRange, r.message);
    return db.transaction([&]() -> StoreResult<InvestorLeadResult> {
        const QString now = ServerDb::now();
        const QString id = store::Uuid7::generate();
        const QVariant accredited =
            r.accredited ? QVariant(*r.accredited ? 1 : 0) : QVariant(QMetaType::fromType<int>());
        auto inserted = db.exec(
            QStringLiteral(
                "INSERT INTO investor_leads (id, full_name, email, email_normalized, phone, "
                "linkedin_url, investor_type, investment_range, geography, accredited, status, "
                "lead_score, lead_temperature, source, utm_campaign, message, "
                "document_access_enabled, ip_address, user_agent, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)"),
            {id, r.fullName, r.email.display, r.email.key, orNull(r.phone), orNull(r.linkedinUrl),
             orNull(r.investorType), orNull(r.investmentRange), orNull(r.geography), accredited,
             score.score, score.temperature, orNull(r.source), orNull(r.utmCampaign),
             orNull(r.message), orNull(client.ip), orNull(client.userAgent), now, now});
        if (!inserted)
            return inserted.error();
        if (auto mail = enqueueMail(db, QStringLiteral("investor_ack"), r.email.display,
                                    QJsonObject{{QStringLiteral("fullName"), r.fullName}});
            !mail)
            return mail.error();
        if (auto audited =
                auditWrite(db, AuditEntry{QString(), QStringLiteral("investor_lead.create"),
                                          QStringLiteral("investor_lead"), id, client.requestId,
                                          QJsonObject{{QStringLiteral("leadScore"), score.score}}});
            !audited)
            return audited.error();
        return InvestorLeadResult{id, now, score.score};
    });
}

StoreResult<QString> logRoiCalculation(ServerDb& db, const RoiCalculationRequest& r,
                                       const ClientInfo& client)
{
    const QString id = store::Uuid7::generate();
    auto inserted = db.exec(
        QStringLiteral("INSERT INTO roi_calculations (id, properties, beds_per_property, "
                       "avg_rent_paise, utility_cost_per_bed_paise, admin_hours_saved, "
                       "revenue_leakage_recovered_paise, annual_profit_impact_paise, session_id, "
                       "source, "
                       "ip_address, user_agent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)"),
        {id, r.properties, r.bedsPerProperty, r.avgRent.paise(), r.utilityCostPerBed.paise(),
         r.adminHoursSaved, r.revenueLeakageRecovered.paise(), r.annualProfitImpact.paise(),
         orNull(r.sessionId), orNull(r.source), orNull(client.ip), orNull(client.userAgent),
         ServerDb::now()});
    if (!inserted)
        return inserted.error();
    return id;
}

} // namespace rentflow::server
