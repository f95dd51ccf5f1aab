#include "ChangeLog.h"

#include "Store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace rentflow::store {

namespace {

constexpr qint64 kCounterSpan = 1000000; // hlc column = wall ms * kCounterSpan + counter

const QString kCursorKey = QStringLiteral("change_log.acknowledged_seq");

qint64 packed(const Hlc& hlc)
{
    return hlc.wallMs * kCounterSpan + hlc.counter;
}

Hlc unpacked(qint64 value, const QString& device)
{
    return Hlc{value / kCounterSpan, quint32(value % kCounterSpan), device};
}

QJsonObject toJson(const QVariantMap& values)
{
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it)
        object.insert(it.key(), QJsonValue::fromVariant(ChangeLog::logged(it.value())));
    return object;
}

} // namespace

QVariant ChangeLog::logged(const QVariant& value)
{
    if (value.isNull())
        return QVariant();
    if (value.typeId() != QMetaType::QByteArray)
        return value;
    const QByteArray bytes = value.toByteArray();
    return QStringLiteral("<%1 bytes, sha256 %2>")
        .arg(bytes.size())
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

QString ChangeLog::encodeChanges(const QVariantMap& before, const QVariantMap& after)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{toJson(before), toJson(after)}).toJson(QJsonDocument::Compact));
}

bool ChangeLog::decodeChanges(const QString& text, QVariantMap& before, QVariantMap& after)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray() || doc.array().size() != 2 || !doc.array().at(0).isObject() ||
        !doc.array().at(1).isObject())
        return false;
    before = doc.array().at(0).toObject().toVariantMap();
    after = doc.array().at(1).toObject().toVariantMap();
    return true;
}

StoreStatus ChangeLog::prepareWrite()
{
    if (m_store.changeSource() != 0)
        return Done{};
    QSqlQuery& newest = m_store.prepared(QStringLiteral(
        "SELECT c.hlc, s.device_id FROM change_log c JOIN change_source s ON s.id = c.source_id "
        "ORDER BY c.seq DESC LIMIT 1"));
    if (!newest.exec())
        return m_store.error(QStringLiteral("Reading the newest change"), newest);
    if (newest.next())
        m_store.clock().observe(unpacked(newest.value(0).toLongLong(), newest.value(1).toString()));
    newest.finish();

    const Actor& actor = m_store.actor();
    const QString userId = actor.userId.isEmpty() ? QStringLiteral("") : actor.userId; // never NULL
    QSqlQuery& add = m_store.prepared(QStringLiteral(
        "INSERT OR IGNORE INTO change_source (device_id, actor, user_id) VALUES (?, ?, ?)"));
    add.addBindValue(m_store.deviceId());
    add.addBindValue(actor.label);
    add.addBindValue(userId);
    if (!add.exec())
        return m_store.error(QStringLiteral("Recording who writes"), add);
    QSqlQuery& find = m_store.prepared(QStringLiteral(
        "SELECT id FROM change_source WHERE device_id = ? AND actor = ? AND user_id = ?"));
    find.addBindValue(m_store.deviceId());
    find.addBindValue(actor.label);
    find.addBindValue(userId);
    if (!find.exec())
        return m_store.error(QStringLiteral("Recording who writes"), find);
    if (!find.next())
        return StoreError{
            StoreError::Code::Database,
            QStringLiteral("The change log has no source row for %1 on this PC").arg(actor.label)};
    m_store.setChangeSource(find.value(0).toLongLong());
    find.finish();
    return Done{};
}

StoreStatus ChangeLog::append(ChangeAction action, const QString& table, const QString& rowId,
                              const Hlc& hlc, qint64 atMs, qint64 baseServerSeq,
                              const QVariantMap& before, const QVariantMap& after)
{
    if (m_store.changeSource() == 0)
        return StoreError{
            StoreError::Code::Database,
            QStringLiteral("A write to %1 was not prepared for the change log").arg(table)};
    QSqlQuery& query = m_store.prepared(
        QStringLiteral("INSERT INTO change_log (hlc, source_id, at_ms, table_name, row_id, action, "
                       "base_server_seq, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(packed(hlc));
    query.addBindValue(m_store.changeSource());
    query.addBindValue(atMs);
    query.addBindValue(table);
    query.addBindValue(rowId);
    query.addBindValue(int(action));
    query.addBindValue(baseServerSeq);
    query.addBindValue(action == ChangeAction::Update ? QVariant(encodeChanges(before, after))
                                                      : QVariant());
    if (!query.exec())
        return m_store.error(QStringLiteral("Writing the change log"), query);
    return Done{};
}

StoreResult<QString> ChangeLog::newestHlc(QSqlDatabase db)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                    "name = 'change_log'")) ||
        !tables.next())
        return StoreError{StoreError::Code::Database, QStringLiteral("Reading the schema failed")};
    const bool v4 = tables.value(0).toInt() == 1;
    QSqlQuery query(db);
    const bool ok =
        v4 ? query.exec(
                 QStringLiteral("SELECT c.hlc, s.device_id FROM change_log c JOIN change_source s "
                                "ON s.id = c.source_id ORDER BY c.seq DESC LIMIT 1"))
           : query.exec(QStringLiteral("SELECT max(hlc) FROM audit_log WHERE hlc IS NOT NULL"));
    if (!ok)
        return StoreError{StoreError::Code::Database,
                          QStringLiteral("Reading the newest change failed")};
    if (!query.next() || query.isNull(0))
        return QString();
    return v4 ? unpacked(query.value(0).toLongLong(), query.value(1).toString()).toString()
              : query.value(0).toString();
}

StoreResult<qint64> ChangeLog::acknowledgedUpTo()
{
    QSqlQuery& query =
        m_store.prepared(QStringLiteral("SELECT value FROM local_meta WHERE key = ?"));
    query.addBindValue(kCursorKey);
    if (!query.exec())
        return m_store.error(QStringLiteral("Reading the sync cursor"), query);
    if (!query.next())
        return StoreError{StoreError::Code::Database,
                          QStringLiteral("The workspace has no sync cursor (%1)").arg(kCursorKey)};
    const qint64 seq = query.value(0).toLongLong();
    query.finish();
    return seq;
}

StoreStatus ChangeLog::acknowledge(qint64 seq)
{
    QSqlQuery& query =
        m_store.prepared(QStringLiteral("UPDATE local_meta SET value = ? WHERE key = ?"));
    query.addBindValue(QString::number(seq));
    query.addBindValue(kCursorKey);
    if (!query.exec())
        return m_store.error(QStringLiteral("Moving the sync cursor"), query);
    if (query.numRowsAffected() != 1)
        return StoreError{StoreError::Code::Database,
                          QStringLiteral("The workspace has no sync cursor (%1)").arg(kCursorKey)};
    return Done{};
}

StoreResult<QList<Mutation>> ChangeLog::pending(int limit)
{
    auto cursor = acknowledgedUpTo();
    if (!cursor)
        return cursor.error();
    QSqlQuery& query = m_store.prepared(QStringLiteral(
        "SELECT c.seq, c.hlc, s.device_id, c.table_name, c.row_id, c.action, c.base_server_seq, "
        "c.changes FROM change_log c JOIN change_source s ON s.id = c.source_id "
        "WHERE c.seq > ? ORDER BY c.seq LIMIT ?"));
    query.addBindValue(cursor.value());
    query.addBindValue(limit);
    if (!query.exec())
        return m_store.error(QStringLiteral("Reading the changes to push"), query);
    QList<Mutation> mutations;
    while (query.next()) {
        Mutation m;
        m.seq = query.value(0).toLongLong();
        m.mutationId = unpacked(query.value(1).toLongLong(), query.value(2).toString()).toString();
        m.table = query.value(3).toString();
        m.rowId = query.value(4).toString();
        m.action = ChangeAction(query.value(5).toInt());
        m.baseServerSeq = query.value(6).toLongLong();
        QVariantMap before;
        if (!query.isNull(7) && !decodeChanges(query.value(7).toString(), before, m.changed))
            return StoreError{StoreError::Code::Database,
                              QStringLiteral("Change %1 cannot be read").arg(m.seq)};
        mutations.append(m);
    }
    query.finish();
    return mutations;
}

} // namespace rentflow::store
