#include "CrmDb.h"

#include "server/storage/DatabaseTarget.h"
#include "server/storage/ServerMigrations.h"

#include <store/Uuid7.h>

#include <QSqlQuery>

namespace rentflow::test {

using namespace rentflow::server;

CrmDb::CrmDb()
{
    DatabaseTarget target;
    target.backend = Backend::Embedded;
    target.filePath = m_dir.filePath(QStringLiteral("server.db"));
    target.key = QStringLiteral("crm test passphrase");
    auto opened = openServerDb(target, QStringLiteral("crm-test-%1").arg(quintptr(this)), true);
    if (!opened) {
        m_error = opened.error().message;
        return;
    }
    m_db = opened.take();
    if (auto migrated = migrateServerDb(*m_db); !migrated) {
        m_error = migrated.error().message;
        m_db.reset();
        return;
    }
}

CrmDb::~CrmDb() = default;

QString CrmDb::addEntry(const QString& email, const QString& fullName, const QString& createdAt,
                        const QString& status, const QString& priority, const QString& phone)
{
    const QString id = store::Uuid7::generate();
    auto added = m_db->exec(
        QStringLiteral("INSERT INTO waitlist_entries(id, join_number, email, email_normalized, "
                       "full_name, phone, referral_code, status, priority, source, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'landing_page', ?, ?)"),
        {id, ++m_joins, email, email.toLower(), fullName,
         phone.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : phone,
         QStringLiteral("REF%1").arg(m_joins), status, priority, createdAt, createdAt});
    if (!added)
        m_error = added.error().message;
    return added ? id : QString();
}

QString CrmDb::addLead(const QString& email, const QString& fullName, int score,
                       const QString& createdAt, const QString& status)
{
    const QString id = store::Uuid7::generate();
    auto added = m_db->exec(
        QStringLiteral("INSERT INTO investor_leads(id, full_name, email, email_normalized, "
                       "investor_type, status, lead_score, message, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, 'angel', ?, ?, 'Interested', ?, ?)"),
        {id, fullName, email, email.toLower(), status, score, createdAt, createdAt});
    if (!added)
        m_error = added.error().message;
    return added ? id : QString();
}

QVariant CrmDb::value(const QString& sql, const QVariantList& binds)
{
    auto read = m_db->scalar(sql, binds);
    return read ? read.value() : QVariant();
}

qlonglong CrmDb::count(const QString& sql, const QVariantList& binds)
{
    return value(sql, binds).toLongLong();
}

} // namespace rentflow::test
