#include "Store.h"

#include <QCoreApplication>
#include <QSqlError>

namespace rentflow::store {

Store::Store(QSqlDatabase db, QString deviceId, Actor actor)
    : m_db(std::move(db)), m_deviceId(std::move(deviceId)), m_actor(std::move(actor)),
      m_clock(m_deviceId)
{
    // The clock resumes after the newest change on file, even if the PC's time went
    // back: ChangeLog::prepareWrite() observes it at the start of every unit of work.
}

QSqlQuery& Store::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql);
        it = m_statements.insert(sql, query);
    }
    return it.value();
}

StoreError Store::error(const QString& what, const QSqlQuery& query) const
{
    return StoreError{
        StoreError::Code::Database,
        QCoreApplication::translate("Store", "%1 failed: %2").arg(what, query.lastError().text())};
}

StoreStatus Store::enter()
{
    if (m_depth == 0) {
        if (!m_db.transaction())
            return StoreError{StoreError::Code::Database,
                              QCoreApplication::translate("Store", "Cannot start a transaction: %1")
                                  .arg(m_db.lastError().text())};
        m_doomed = false;
        m_changeSource = 0;
    }
    ++m_depth;
    return Done{};
}

StoreStatus Store::leave(bool commit)
{
    --m_depth;
    if (!commit)
        m_doomed = true;
    if (m_depth > 0)
        return Done{};
    if (m_doomed) {
        m_db.rollback();
        m_doomed = false;
        if (commit)
            return StoreError{
                StoreError::Code::Database,
                QCoreApplication::translate("Store", "An inner step failed; nothing was saved")};
        return Done{};
    }
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return StoreError{
            StoreError::Code::Database,
            QCoreApplication::translate("Store", "Cannot save the changes: %1").arg(why)};
    }
    return Done{};
}

Transaction::Transaction(Store& store) : m_store(store), m_status(store.enter())
{
    m_open = m_status.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_store.leave(false);
}

StoreStatus Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? StoreStatus(StoreError{StoreError::Code::Database,
                                                      QStringLiteral("transaction already ended")})
                             : m_status;
    m_open = false;
    return m_store.leave(true);
}

} // namespace rentflow::store
