#include "RecordHistory.h"

#include "CheckedRead.h"
#include "RecordWriter.h"
#include "Store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace rentflow::store {

namespace {

// Columns RecordWriter stamps on every row: not part of what a user changed.
bool isStamp(const QString& column)
{
    static const QStringList stamps = {QStringLiteral("id"),           QStringLiteral("created_at"),
                                       QStringLiteral("updated_at"),   QStringLiteral("hlc"),
                                       QStringLiteral("deleted"),      QStringLiteral("server_seq"),
                                       QStringLiteral("origin_device")};
    return stamps.contains(column);
}

struct LoggedWrite
{
    RecordChange change;
    QVariantMap before, after; // an update's changed fields
};

} // namespace

StoreResult<QList<RecordChange>> RecordHistory::of(const QString& table, const QString& id)
{
    if (!RecordWriter::isName(table))
        return StoreError{StoreError::Code::InvalidInput,
                          QStringLiteral("not a table name: ") + table};
    QSqlQuery& row = m_store.prepared(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    row.addBindValue(id);
    if (!row.exec())
        return m_store.error(QStringLiteral("Reading %1").arg(table), row);
    if (!row.next())
        return StoreError{
            StoreError::Code::InvalidInput,
            QCoreApplication::translate("RecordHistory", "No %1 with id %2").arg(table, id)};
    QVariantMap values; // becomes the values the row was inserted with
    const QSqlRecord record = row.record();
    for (int i = 0; i < record.count(); ++i)
        if (!isStamp(record.fieldName(i)))
            values.insert(record.fieldName(i), ChangeLog::logged(row.value(i)));
    row.finish();

    QSqlQuery& log = m_store.prepared(QStringLiteral(
        "SELECT c.seq, c.hlc, c.at_ms, c.action, c.changes, s.device_id, s.actor, s.user_id "
        "FROM change_log c JOIN change_source s ON s.id = c.source_id "
        "WHERE c.row_id = ? AND c.table_name = ? ORDER BY c.seq"));
    log.addBindValue(id);
    log.addBindValue(table);
    if (!log.exec())
        return m_store.error(QStringLiteral("Reading the history of %1").arg(table), log);
    QList<LoggedWrite> writes;
    while (log.next()) {
        LoggedWrite w;
        RecordChange& c = w.change;
        c.seq = log.value(0).toLongLong();
        const qint64 packed = log.value(1).toLongLong();
        c.hlc =
            Hlc{packed / 1000000, quint32(packed % 1000000), log.value(5).toString()}.toString();
        c.at = QDateTime::fromMSecsSinceEpoch(log.value(2).toLongLong(), Qt::UTC);
        c.action = ChangeAction(log.value(3).toInt());
        c.deviceId = log.value(5).toString();
        c.actor = log.value(6).toString();
        c.userId = log.value(7).toString();
        if (c.action == ChangeAction::Update &&
            !ChangeLog::decodeChanges(log.value(4).toString(), w.before, w.after))
            return StoreError{
                StoreError::Code::Database,
                QStringLiteral("Change %1 of %2 %3 cannot be read").arg(c.seq).arg(table, id)};
        writes.append(w);
    }
    log.finish();

    // Take every update back, newest first, to find what the insert wrote.
    for (auto it = writes.crbegin(); it != writes.crend(); ++it)
        for (auto field = it->before.begin(); field != it->before.end(); ++field)
            values.insert(field.key(), field.value());

    QList<RecordChange> history;
    for (LoggedWrite& w : writes) {
        RecordChange& c = w.change;
        switch (c.action) {
        case ChangeAction::Insert:
            for (auto field = values.begin(); field != values.end(); ++field)
                if (!field.value().isNull())
                    c.fields.append({field.key(), QVariant(), field.value()});
            break;
        case ChangeAction::Update:
            for (auto field = w.after.begin(); field != w.after.end(); ++field)
                c.fields.append({field.key(), w.before.value(field.key()), field.value()});
            break;
        case ChangeAction::Delete:
            c.fields.append({QStringLiteral("deleted"), 0, 1});
            break;
        }
        history.append(c);
    }
    if (auto read =
            store::checkedEnd(m_store, log, QStringLiteral("Reading the history of %1").arg(table));
        !read)
        return read.error();
    return history;
}

} // namespace rentflow::store
