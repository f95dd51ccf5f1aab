#include "RecordWriter.h"

#include "ChangeLog.h"
#include "Store.h"
#include "Uuid7.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlRecord>

namespace rentflow::store {

namespace {

const QStringList kSyncColumns = {QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                  QStringLiteral("hlc"),        QStringLiteral("deleted"),
                                  QStringLiteral("server_seq"), QStringLiteral("origin_device")};

bool isIdentifier(const QString& name)
{
    return RecordWriter::isName(name);
}

// The write's moment: ms for the change log, ISO-8601 text for the row's columns.
// Bulk writes share a millisecond: its text is formatted once.
struct Moment
{
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    QString text = textOf(ms);

    static QString textOf(qint64 ms)
    {
        thread_local qint64 lastMs = -1;
        thread_local QString lastText;
        if (ms != lastMs) {
            lastText = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
            lastMs = ms;
        }
        return lastText;
    }
};

// The server sequence the change is based on (0 until sync has pulled the row).
qint64 serverSeq(const QVariantMap& row)
{
    return row.value(QStringLiteral("server_seq")).toLongLong();
}

StoreError invalidName(const QString& name)
{
    return StoreError{StoreError::Code::InvalidInput,
                      QStringLiteral("not a table or column name: ") + name};
}

// The INSERT text for `table` and the columns of `values` (a map: sorted). A
// bulk write repeats the same few shapes, so each is checked and built once.
StoreResult<QString> insertSql(const QString& table, const QVariantMap& values)
{
    struct Shape
    {
        QStringList columns;
        QString sql;
    };
    thread_local QHash<QString, QList<Shape>> shapes;
    const QStringList columns = values.keys();
    QList<Shape>& known = shapes[table];
    for (const Shape& shape : std::as_const(known))
        if (shape.columns == columns)
            return shape.sql;
    for (const QString& column : columns)
        if (!isIdentifier(column))
            return invalidName(column);
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(table, columns.join(QLatin1String(", ")),
                 QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", ")));
    known.append({columns, sql});
    return sql;
}

} // namespace

bool RecordWriter::isName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

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
    if (auto prepared = ChangeLog(m_store).prepareWrite(); !prepared)
        return prepared.error();
    const Moment now;
    const Hlc hlc = m_store.clock().now();
    if (values.value(QStringLiteral("id")).toString().isEmpty())
        values.insert(QStringLiteral("id"), Uuid7::generate());
    values.insert(QStringLiteral("created_at"), now.text);
    values.insert(QStringLiteral("updated_at"), now.text);
    values.insert(QStringLiteral("hlc"), hlc.toString());
    values.insert(QStringLiteral("deleted"), 0);
    values.insert(QStringLiteral("server_seq"), 0);
    values.insert(QStringLiteral("origin_device"), m_store.deviceId());

    auto sql = insertSql(table, values);
    if (!sql)
        return sql.error();
    QSqlQuery& query = m_store.prepared(sql.value());
    for (auto it = values.begin(); it != values.end(); ++it)
        query.addBindValue(it.value());
    if (!query.exec())
        return m_store.error(QStringLiteral("Adding to %1").arg(table), query);

    const QString id = values.value(QStringLiteral("id")).toString();
    if (auto logged = ChangeLog(m_store).append(ChangeAction::Insert, table, id, hlc, now.ms, 0);
        !logged)
        return logged.error();
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
    if (auto prepared = ChangeLog(m_store).prepareWrite(); !prepared)
        return prepared;
    const Moment now;
    const Hlc hlc = m_store.clock().now();
    QStringList assignments;
    for (auto it = after.begin(); it != after.end(); ++it)
        assignments.append(it.key() + QStringLiteral(" = ?"));
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("hlc = ?");
    QSqlQuery& query = m_store.prepared(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                            .arg(table, assignments.join(QLatin1String(", "))));
    for (auto it = after.begin(); it != after.end(); ++it)
        query.addBindValue(it.value());
    query.addBindValue(now.text);
    query.addBindValue(hlc.toString());
    query.addBindValue(id);
    if (!query.exec())
        return m_store.error(QStringLiteral("Changing %1").arg(table), query);
    return ChangeLog(m_store).append(ChangeAction::Update, table, id, hlc, now.ms,
                                     serverSeq(current.value()), before, after);
}

StoreStatus RecordWriter::remove(const QString& table, const QString& id)
{
    if (auto inside = requireTransaction(QStringLiteral("removal from ") + table); !inside)
        return inside;
    auto current = fetchExisting(table, id);
    if (!current)
        return current.error();
    if (auto prepared = ChangeLog(m_store).prepareWrite(); !prepared)
        return prepared;
    const Moment now;
    const Hlc hlc = m_store.clock().now();
    QSqlQuery& query = m_store.prepared(
        QStringLiteral("UPDATE %1 SET deleted = 1, updated_at = ?, hlc = ? WHERE id = ?")
            .arg(table));
    query.addBindValue(now.text);
    query.addBindValue(hlc.toString());
    query.addBindValue(id);
    if (!query.exec())
        return m_store.error(QStringLiteral("Removing from %1").arg(table), query);
    return ChangeLog(m_store).append(ChangeAction::Delete, table, id, hlc, now.ms,
                                     serverSeq(current.value()));
}

} // namespace rentflow::store
