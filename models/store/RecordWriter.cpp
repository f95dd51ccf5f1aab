#include "RecordWriter.h"

#include "Store.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlRecord>

namespace rentflow::store {

namespace {

const QStringList kSyncColumns = {QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                  QStringLiteral("hlc"),        QStringLiteral("deleted"),
                                  QStringLiteral("server_seq"), QStringLiteral("origin_device")};

bool isIdentifier(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

const char* actionName(int action)
{
    static const char* const names[] = {"insert", "update", "delete"};
    return names[action];
}

// Audit rows describe blobs (photos, scans) by size and hash instead of copying them.
QJsonObject toAuditJson(const QVariantMap& values)
{
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = it.value().toByteArray();
            object.insert(
                it.key(),
                QStringLiteral("<%1 bytes, sha256 %2>")
                    .arg(bytes.size())
                    .arg(QString::fromLatin1(
                        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())));
        } else {
            object.insert(it.key(), QJsonValue::fromVariant(it.value()));
        }
    }
    return object;
}

// The outbox carries blobs whole, base64-encoded, for the server.
QJsonObject toOutboxJson(const QVariantMap& values)
{
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().typeId() == QMetaType::QByteArray)
            object.insert(it.key(),
                          QJsonObject{{QStringLiteral("base64"),
                                       QString::fromLatin1(it.value().toByteArray().toBase64())}});
        else
            object.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return object;
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StoreError invalidName(const QString& name)
{
    return StoreError{StoreError::Code::InvalidInput,
                      QStringLiteral("not a table or column name: ") + name};
}

} // namespace

StoreStatus RecordWriter::requireTransaction(const QString& what) const
{
    if (m_store.inTransaction())
        return Done{};
    return StoreError{
        StoreError::Code::Database,
        QStringLiteral("%1 must run inside a transaction (audit and outbox go with it)").arg(what)};
}

StoreResult<QVariantMap> RecordWriter::fetch(const QString& table, const QString& id)
{
    if (!isIdentifier(table))
        return invalidName(table);
    QSqlQuery& query = m_store.prepared(
        QStringLiteral("SELECT * FROM %1 WHERE id = ? AND deleted = 0").arg(table));
    query.addBindValue(id);
    if (!query.exec())
        return m_store.error(QStringLiteral("Reading %1").arg(table), query);
    QVariantMap row;
    if (query.next()) {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), query.value(i));
    }
    query.finish();
    return row;
}

StoreResult<QVariantMap> RecordWriter::fetchExisting(const QString& table, const QString& id)
{
    auto current = fetch(table, id);
    if (current && current.value().isEmpty())
        return StoreError{
            StoreError::Code::InvalidInput,
            QCoreApplication::translate("RecordWriter", "No %1 with id %2").arg(table, id)};
    return current;
}

StoreResult<QString> RecordWriter::insertAsUnit(const QString& table, QVariantMap values)
{
    Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    auto id = insert(table, std::move(values));
    if (!id)
        return id;
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return id;
}

StoreResult<QString> RecordWriter::insert(const QString& table, QVariantMap values)
{
    if (auto inside = requireTransaction(QStringLiteral("insert into ") + table); !inside)
        return inside.error();
    if (!isIdentifier(table))
        return invalidName(table);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString hlc = m_store.clock().now().toString();
    if (values.value(QStringLiteral("id")).toString().isEmpty())
        values.insert(QStringLiteral("id"), Uuid7::generate());
    values.insert(QStringLiteral("created_at"), now);
    values.insert(QStringLiteral("updated_at"), now);
    values.insert(QStringLiteral("hlc"), hlc);
    values.insert(QStringLiteral("deleted"), 0);
    values.insert(QStringLiteral("server_seq"), 0);
    values.insert(QStringLiteral("origin_device"), m_store.deviceId());

    QStringList columns;
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!isIdentifier(it.key()))
            return invalidName(it.key());
        columns.append(it.key());
    }
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1String(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", ")));
    QSqlQuery& query = m_store.prepared(sql);
    for (auto it = values.begin(); it != values.end(); ++it)
        query.addBindValue(it.value());
    if (!query.exec())
        return m_store.error(QStringLiteral("Adding to %1").arg(table), query);

    const QString id = values.value(QStringLiteral("id")).toString();
    if (auto recorded = record(Action::Insert, table, id, {}, values, hlc, now); !recorded)
        return recorded.error();
    return id;
}

StoreStatus RecordWriter::update(const QString& table, const QString& id,
                                 const QVariantMap& changes)
{
    if (auto inside = requireTransaction(QStringLiteral("update of ") + table); !inside)
        return inside;
    auto current = fetchExisting(table, id);
    if (!current)
        return current.error();
    QVariantMap before, after;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (!isIdentifier(it.key()) || it.key() == QLatin1String("id") ||
            kSyncColumns.contains(it.key()))
            return invalidName(it.key());
        if (!current.value().contains(it.key()))
            return invalidName(table + QLatin1Char('.') + it.key());
        const QVariant old = current.value().value(it.key());
        if (old == it.value() && old.isNull() == it.value().isNull())
            continue;
        before.insert(it.key(), old);
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty())
        return Done{};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString hlc = m_store.clock().now().toString();
    QStringList assignments;
    for (auto it = after.begin(); it != after.end(); ++it)
        assignments.append(it.key() + QStringLiteral(" = ?"));
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("hlc = ?");
    QSqlQuery& query = m_store.prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                            .arg(table, assignments.join(QLatin1String(", "))));
    for (auto it = after.begin(); it != after.end(); ++it)
        query.addBindValue(it.value());
    query.addBindValue(now);
    query.addBindValue(hlc);
    query.addBindValue(id);
    if (!query.exec())
        return m_store.error(QStringLiteral("Changing %1").arg(table), query);
    return record(Action::Update, table, id, before, after, hlc, now);
}

StoreStatus RecordWriter::remove(const QString& table, const QString& id)
{
    if (auto inside = requireTransaction(QStringLiteral("removal from ") + table); !inside)
        return inside;
    auto current = fetchExisting(table, id);
    if (!current)
        return current.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString hlc = m_store.clock().now().toString();
    QSqlQuery& query = m_store.prepared(
        QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, hlc = ? WHERE id = ?")
            .arg(table));
    query.addBindValue(now);
    query.addBindValue(hlc);
    query.addBindValue(id);
    if (!query.exec())
        return m_store.error(QStringLiteral("Removing from %1").arg(table), query);
    return record(Action::Delete, table, id, current.value(), {{QStringLiteral("deleted"), 1}}, hlc,
                  now);
}

StoreStatus RecordWriter::record(Action action, const QString& table, const QString& id,
                                 const QVariantMap& before, const QVariantMap& after,
                                 const QString& hlc, const QString& at)
{
    const Actor& actor = m_store.actor();
    QSqlQuery& audit = m_store.prepared(
        QStringLiteral("INSERT INTO audit_log (id, at, hlc, user_id, actor, device_id, table_name, "
                       "row_id, action, "
                       "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    audit.addBindValue(Uuid7::generate());
    audit.addBindValue(at);
    audit.addBindValue(hlc);
    audit.addBindValue(actor.userId.isEmpty() ? QVariant() : QVariant(actor.userId));
    audit.addBindValue(actor.label);
    audit.addBindValue(m_store.deviceId());
    audit.addBindValue(table);
    audit.addBindValue(id);
    audit.addBindValue(QString::fromLatin1(actionName(int(action))));
    audit.addBindValue(before.isEmpty() ? QVariant() : QVariant(compactJson(toAuditJson(before))));
    audit.addBindValue(after.isEmpty() ? QVariant() : QVariant(compactJson(toAuditJson(after))));
    if (!audit.exec())
        return m_store.error(QStringLiteral("Writing the audit trail"), audit);

    QSqlQuery& outbox = m_store.prepared(
        QStringLiteral("INSERT INTO sync_outbox (mutation_id, table_name, row_id, operation, "
                       "changed_fields, base_server_seq, "
                       "hlc, created_at) VALUES (?, ?, ?, ?, ?, "
                       "COALESCE((SELECT server_seq FROM %1 WHERE id = ?), 0), ?, ?)")
            .arg(table));
    outbox.addBindValue(Uuid7::generate());
    outbox.addBindValue(table);
    outbox.addBindValue(id);
    outbox.addBindValue(QString::fromLatin1(actionName(int(action))));
    outbox.addBindValue(compactJson(toOutboxJson(after)));
    outbox.addBindValue(id);
    outbox.addBindValue(hlc);
    outbox.addBindValue(at);
    if (!outbox.exec())
        return m_store.error(QStringLiteral("Queueing the change for sync"), outbox);
    return Done{};
}

} // namespace rentflow::store
