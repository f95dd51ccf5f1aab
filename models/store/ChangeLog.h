#pragma once

#include "HybridLogicalClock.h"
#include "StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace rentflow::store {

class Store;

enum class ChangeAction
{
    Insert = 1,
    Update = 2,
    Delete = 3,
};

// A change-log row as push sends it (ARCHITECTURE.md "Sync").
struct Mutation
{
    qint64 seq = 0;
    QString mutationId; // the write's HLC in text form: unique per device and write
    QString table;
    QString rowId;
    ChangeAction action = ChangeAction::Insert;
    qint64 baseServerSeq = 0;
    QVariantMap changed; // an update's new values; an insert's values are the row's
};

// The one change log (schema v4, table change_log): a compact row per write,
// serving as the audit trail and the sync outbox. RecordWriter appends to it
// inside the write's transaction; RecordHistory reads it for one record; push
// reads what comes after the acknowledged cursor.
class ChangeLog
{
public:
    explicit ChangeLog(Store& store) : m_store(store) {}

    // Once per unit of work, before its first write is stamped: moves the clock
    // past the newest change on file (another program may have written since this
    // one opened it) and finds this actor's and PC's change_source row.
    StoreStatus prepareWrite();
    // Appends the row for one write. `before`/`after` are the changed fields of an
    // update; inserts and deletes store none.
    StoreStatus append(ChangeAction action, const QString& table, const QString& rowId,
                       const Hlc& hlc, qint64 atMs, qint64 baseServerSeq,
                       const QVariantMap& before = {}, const QVariantMap& after = {});

    // The newest change stamp on file in text form ('' for none); reads a v1
    // file's audit_log too (a backup made before schema v4).
    static StoreResult<QString> newestHlc(QSqlDatabase db);

    // Push's cursor: every row up to this seq was acknowledged by the server.
    StoreResult<qint64> acknowledgedUpTo();
    StoreStatus acknowledge(qint64 seq);
    // The rows after the cursor, oldest first, at most `limit`.
    StoreResult<QList<Mutation>> pending(int limit);

    // The compact JSON of an update's changed fields, and back.
    static QString encodeChanges(const QVariantMap& before, const QVariantMap& after);
    static bool decodeChanges(const QString& text, QVariantMap& before, QVariantMap& after);
    // How a value is kept in the log: blobs as their size and SHA-256.
    static QVariant logged(const QVariant& value);

private:
    Store& m_store;
};

} // namespace rentflow::store
