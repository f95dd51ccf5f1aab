#pragma once

#include "HybridLogicalClock.h"
#include "StoreError.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace rentflow::store {

// Who is writing: the program and OS account, and the signed-in app user if any.
struct Actor
{
    QString label;  // e.g. "rentflowctl:asha"
    QString userId; // empty until users sign in
};

// One open connection to a workspace database, with what every write needs:
// the device id, the actor, the hybrid logical clock and nested transactions.
class Store
{
public:
    Store(QSqlDatabase db, QString deviceId, Actor actor);
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    QSqlDatabase database() const { return m_db; }
    const QString& deviceId() const { return m_deviceId; }
    const Actor& actor() const { return m_actor; }
    void setActor(Actor actor)
    {
        m_actor = std::move(actor);
        m_changeSource = 0;
    }
    HybridLogicalClock& clock() { return m_clock; }

    // A prepared statement kept for reuse; callers bind and exec it.
    QSqlQuery& prepared(const QString& sql);
    // A query that failed, as a StoreError naming what was being done.
    StoreError error(const QString& what, const QSqlQuery& query) const;

    bool inTransaction() const { return m_depth > 0; }

    // The change_source row (actor and PC) of this unit of work's writes, 0 until
    // ChangeLog::prepareWrite() finds it; forgotten when the unit ends, so a
    // rolled-back source row is never reused.
    qint64 changeSource() const { return m_changeSource; }
    void setChangeSource(qint64 id) { m_changeSource = id; }

private:
    friend class Transaction;
    StoreStatus enter();
    StoreStatus leave(bool commit);

    QSqlDatabase m_db;
    QString m_deviceId;
    Actor m_actor;
    HybridLogicalClock m_clock;
    QHash<QString, QSqlQuery> m_statements;
    int m_depth = 0;
    qint64 m_changeSource = 0;
    bool m_doomed = false; // an inner scope gave up: the outer one must roll back
};

// A unit of work: commits only when commit() is called, otherwise rolls back.
// Nested scopes join the outermost one; if any inner scope is abandoned, the
// whole unit rolls back.
class Transaction
{
public:
    explicit Transaction(Store& store);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; when not, error() says why.
    bool started() const { return m_status.ok(); }
    const StoreError& error() const { return m_status.error(); }
    StoreStatus commit();

private:
    Store& m_store;
    StoreStatus m_status;
    bool m_open = false;
};

} // namespace rentflow::store
