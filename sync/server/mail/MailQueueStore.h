#pragma once

#include "server/storage/ServerDb.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rentflow::server {

// One queued mail as a worker sees it after claiming it.
struct QueuedMail
{
    QString id;
    QString templateName;
    QString recipient;
    QJsonObject variables;
    int attempts = 0; // attempts so far (all failed, or it would not be pending)
};

// Claims up to `limit` due mails (status pending, next attempt not in the future, no live
// claim) for `workerId` until now + leaseMs. Each claim is one transaction whose UPDATE
// succeeds only while the row is still unclaimed (or its lease is over), checked by the
// rows it changed: of two servers racing for a row, exactly one gets it.
StoreResult<QList<QueuedMail>> claimDueMail(ServerDb& db, const QString& workerId,
                                            const QDateTime& now, int limit, int leaseMs);

// After a send: sent (with the Message-ID used), failed for good, or pending again from
// `nextAttemptAt`. Each changes the row only while `workerId` still holds its claim; false
// when it no longer did (its lease ran out and another worker took the row).
StoreResult<bool> markMailSent(const ServerDb& db, const QString& id, const QString& workerId,
                               int attempts, const QString& messageId, const QDateTime& now);
StoreResult<bool> markMailFailed(const ServerDb& db, const QString& id, const QString& workerId,
                                 int attempts, const QString& error);
StoreResult<bool> scheduleMailRetry(const ServerDb& db, const QString& id, const QString& workerId,
                                    int attempts, const QDateTime& nextAttemptAt,
                                    const QString& error);

// Gives a claimed mail back untouched (a stopping worker's unsent rest).
StoreResult<bool> releaseMailClaim(const ServerDb& db, const QString& id, const QString& workerId);

// Mails still to be sent (pending, including those waiting for a retry), for /metrics.
StoreResult<qint64> mailQueueDepth(const ServerDb& db);

// ISO 8601 UTC with milliseconds, as ServerDb stores times.
QString storedTime(const QDateTime& when);

} // namespace rentflow::server
