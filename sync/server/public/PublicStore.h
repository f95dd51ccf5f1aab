#pragma once

#include "server/public/PublicRequests.h"
#include "server/storage/ServerDb.h"

#include <QString>

#include <optional>

namespace rentflow::server {

// The public endpoints' reads and writes (SPEC §8.3). Every function's failure is a
// StoreError (the route answers 500 "database"); "not found" is an empty optional.

// Who sent a form, as stored with it (never logged).
struct ClientInfo
{
    QString ip;
    QString userAgent;
    QString requestId;
};

struct WaitlistEntry
{
    QString id;
    QString email; // as typed
    QString referralCode;
    qint64 joinNumber = 0;
    qint64 referralCount = 0; // verified referrals (view waitlist_referral_counts)
    QString status;
    QString createdAt;
};

// Where an entry stands in the queue, computed from the stored data each time:
// an entry's rank key is join_number - referralBoost * its verified referrals (each moves it
// up referralBoost places; verified = completed, the referred entry still there and not
// cancelled: migration 0020's view waitlist_referral_counts); ties go to the earlier join. position
// = 1 + the number of 'pending' entries ahead of it (invited, registered and cancelled entries have
// left the queue). total = the number of 'pending' entries.
struct QueuePlace
{
    qint64 position = 0;
    qint64 total = 0;
};

struct JoinResult
{
    bool created = false; // false: the email was already on the list; nothing was written
    WaitlistEntry entry;
    QueuePlace place; // new: as of the join's own transaction; existing: now
};

// Joins the waitlist, duplicate-safe: one row per normalised email whatever the
// concurrency (a UNIQUE constraint and INSERT … ON CONFLICT DO NOTHING; across server
// processes too on PostgreSQL). A new entry credits its referrer (a pending invitation of
// this address first, else request.referralCode when it names another entry; an unknown
// code is ignored) and queues the "waitlist_welcome" mail, all in one transaction.
StoreResult<JoinResult> joinWaitlist(ServerDb& db, const WaitlistJoinRequest& request,
                                     const ClientInfo& client, const QString& publicBaseUrl,
                                     int referralBoost);

StoreResult<std::optional<WaitlistEntry>> findEntryByEmailKey(ServerDb& db, const QString& key);
StoreResult<std::optional<WaitlistEntry>> findEntryByCode(ServerDb& db, const QString& code);
StoreResult<QueuePlace> queuePlace(ServerDb& db, const WaitlistEntry& entry, int referralBoost);

QString referralLink(const QString& publicBaseUrl, const QString& code);

// The referral code for a new entry: up to 4 letters of the last word of the name
// (A–Z, upper-case; "RF" without any) and 5 random digits ("John Doe" -> "DOE48213").
// attempt >= 4 (after collisions): "RF" and 10 random letters/digits.
QString makeReferralCode(const QString& fullName, int attempt);

// POST /api/v1/waitlist/referral.
enum class ReferralOutcome
{
    Recorded,        // a new pending invitation
    AlreadyRecorded, // this referrer had invited this address already (status unchanged)
    UnknownCode,     // no entry has this code
    OwnAddress,      // the referrer's own address
    AlreadyJoined,   // the address is on the list already: nothing to credit
    TakenByAnother,  // another entry invited this address first
};
struct ReferralResult
{
    ReferralOutcome outcome = ReferralOutcome::Recorded;
    QString status; // the referral's status when Recorded / AlreadyRecorded
};
StoreResult<ReferralResult> recordReferral(ServerDb& db, const WaitlistReferralRequest& request,
                                           const ClientInfo& client);

// GET /api/v1/waitlist/stats.
struct WaitlistStats
{
    qint64 total = 0;             // every entry ever joined and not deleted
    qint64 waiting = 0;           // still 'pending'
    qint64 joinedLast24Hours = 0; // created within the last 24 h
    qint64 joinedLast7Days = 0;   // … 7 days
    qint64 referrals = 0;         // completed referrals
};
StoreResult<WaitlistStats> waitlistStats(ServerDb& db);

struct InvestorLeadResult
{
    QString id;
    QString createdAt;
    int score = 0;
};
// Stores the lead with its score and queues the "investor_ack" mail, in one transaction.
StoreResult<InvestorLeadResult> createInvestorLead(ServerDb& db, const InvestorLeadRequest& request,
                                                   const ClientInfo& client);

StoreResult<QString> logRoiCalculation(ServerDb& db, const RoiCalculationRequest& request,
                                       const ClientInfo& client);

} // namespace rentflow::server
