#include "server/mail/MailQueueStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace rentflow::server {

namespace {

constexpr qsizetype kMaxStoredError = 500;

StoreResult<bool> changedOne(StoreResult<QSqlQuery> query)
{
    if (!query)
        return query.error();
    return query.value().numRowsAffected() == 1;
}

} // namespace

QString storedTime(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

StoreResult<QList<QueuedMail>> claimDueMail(ServerDb& db, const QString& workerId,
                                            const QDateTime& now, int limit, int leaseMs)
{
    const QString nowText = storedTime(now);
    auto candidates =
        db.exec(QStringLiteral("SELECT id FROM mail_queue WHERE status = 'pending' "
                               "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                               "AND (claimed_until IS NULL OR claimed_until < ?) "
                               "ORDER BY created_at, id LIMIT ?"),
                {nowText, nowText, limit});
    if (!candidates)
        return candidates.error();
    QStringList ids;
    while (candidates.value().next())
        ids << candidates.value().value(0).toString();

    QList<QueuedMail> claimed;
    const QString leaseEnd = storedTime(now.addMSecs(leaseMs));
    for (const QString& id : ids) {
        auto taken = db.transaction([&]() -> StoreResult<std::optional<QueuedMail>> {
            // The check and the claim are one statement inside the transaction: a row
            // another worker claimed since our SELECT no longer matches.
            auto update = changedOne(
                db.exec(QStringLiteral("UPDATE mail_queue SET claimed_by = ?, claimed_until = ? "
                                       "WHERE id = ? AND status = 'pending' "
                                       "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                                       "AND (claimed_until IS NULL OR claimed_until < ?)"),
                        {workerId, leaseEnd, id, nowText, nowText}));
            if (!update)
                return update.error();
            if (!update.value())
                return std::optional<QueuedMail>();
            auto row = db.exec(QStringLiteral("SELECT template, recipient, variables, attempts "
                                              "FROM mail_queue WHERE id = ?"),
                               {id});
            if (!row)
                return row.error();
            QSqlQuery& query = row.value();
            if (!query.next())
                return StoreError{StoreError::Code::Database,
                                  QStringLiteral("mail_queue: a claimed row vanished")};
            QueuedMail mail;
            mail.id = id;
            mail.templateName = query.value(0).toString();
            mail.recipient = query.value(1).toString();
            mail.variables = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
            mail.attempts = query.value(3).toInt();
            return std::optional<QueuedMail>(std::move(mail));
        });
        if (!taken)
            return taken.error();
        if (taken.value())
            claimed << *taken.value();
    }
    return claimed;
}

StoreResult<bool> markMailSent(const ServerDb& db, const QString& id, const QString& workerId,
                               int attempts, const QString& messageId, const QDateTime& now)
{
    return changedOne(
        db.exec(QStringLiteral("UPDATE mail_queue SET status = 'sent', attempts = ?, sent_at = ?, "
                               "message_id = ?, "
                               "last_error = NULL, claimed_by = NULL, claimed_until = NULL "
                               "WHERE id = ? AND claimed_by = ? AND status = 'pending'"),
                {attempts, storedTime(now), messageId, id, workerId}));
}

StoreResult<bool> markMailFailed(const ServerDb& db, const QString& id, const QString& workerId,
                                 int attempts, const QString& error)
{
    return changedOne(db.exec(
        QStringLiteral("UPDATE mail_queue SET status = 'failed', attempts = ?, last_error = ?, "
                       "claimed_by = NULL, claimed_until = NULL "
                       "WHERE id = ? AND claimed_by = ? AND status = 'pending'"),
        {attempts, error.left(kMaxStoredError), id, workerId}));
}

StoreResult<bool> scheduleMailRetry(const ServerDb& db, const QString& id, const QString& workerId,
                                    int attempts, const QDateTime& nextAttemptAt,
                                    const QString& error)
{
    return changedOne(db.exec(
        QStringLiteral("UPDATE mail_queue SET attempts = ?, next_attempt_at = ?, last_error = ?, "
                       "claimed_by = NULL, claimed_until = NULL "
                       "WHERE id = ? AND claimed_by = ? AND status = 'pending'"),
        {attempts, storedTime(nextAttemptAt), error.left(kMaxStoredError), id, workerId}));
}

StoreResult<bool> releaseMailClaim(const ServerDb& db, const QString& id, const QString& workerId)
{
    return changedOne(db.exec(QStringLiteral("UPDATE mail_queue SET claimed_by = NULL, "
                                             "claimed_until = NULL WHERE id = ? AND claimed_by = ? "
                                             "AND status = 'pending'"),
                              {id, workerId}));
}

StoreResult<qint64> mailQueueDepth(const ServerDb& db)
{
    auto count =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM mail_queue WHERE status = 'pending'"));
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

} // namespace rentflow::server
