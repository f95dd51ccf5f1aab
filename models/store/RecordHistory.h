#pragma once

#include "ChangeLog.h"
#include "StoreError.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace rentflow::store {

class Store;

// One field of a change: its value before and after (before is null for an insert).
struct FieldChange
{
    QString field;
    QVariant before;
    QVariant after;
};

// One write to a record: who made it, when, on which PC, and what it changed.
struct RecordChange
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString hlc;
    QString actor;  // program and OS account, e.g. rentflowctl:asha
    QString userId; // the signed-in app user, empty when there was none
    QString deviceId;
    ChangeAction action = ChangeAction::Insert;
    QList<FieldChange> fields; // sorted by field name
};

// The history of one record from the change log, oldest first, for the
// desktop's history view. An insert's values are not kept twice: they are the
// row's current values with every later update taken back.
class RecordHistory
{
public:
    explicit RecordHistory(Store& store) : m_store(store) {}

    // Every write to `table` row `id`; an InvalidInput error when there is no such row.
    StoreResult<QList<RecordChange>> of(const QString& table, const QString& id);

private:
    Store& m_store;
};

} // namespace rentflow::store
