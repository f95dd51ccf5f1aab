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
    for (const char* sql : {
             "CREATE TABLE IF NOT EXISTS waitlist_entries (id TEXT PRIMARY KEY, email TEXT NOT "
             "NULL UNIQUE, full_name TEXT, phone TEXT, company_name TEXT, referral_code TEXT "
             "UNIQUE, status TEXT NOT NULL DEFAULT 'pending', priority TEXT NOT NULL DEFAULT "
             "'normal', source TEXT, invited_at TEXT, registered_at TEXT, created_at TEXT NOT "
             "NULL, updated_at TEXT)",
             "CREATE TABLE IF NOT EXISTS investor_leads (id TEXT PRIMARY KEY, full_name TEXT NOT "
             "NULL, email TEXT NOT NULL, phone TEXT, linkedin_url TEXT, investor_type TEXT, "
             "investment_range TEXT, status TEXT NOT NULL DEFAULT 'new', lead_score INTEGER NOT "
             "NULL DEFAULT 0, assigned_to TEXT, source TEXT, last_contacted_at TEXT, "
             "next_follow_up_at TEXT, message TEXT, internal_notes TEXT, created_at TEXT NOT "
             "NULL, updated_at TEXT)",
         }) {
        if (auto made = m_db->exec(QString::fromLatin1(sql)); !made) {
            m_error = made.error().message;
            m_db.reset();
            return;
        }
    }
}

CrmDb::~CrmDb() = default;

QString CrmDb::addEntry(const QString& email, const QString& fullName, const QString& createdAt,
                        const QString& status, const QString& priority, const QString& phone)
{
    const QString id = store::Uuid7::generate();
    auto added = m_db->exec(
        QStringLiteral("INSERT INTO waitlist_entries(id, email, full_name, phone, referral_code, "
                       "status, priority, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                       "?, ?, 'landing_page', ?, ?)"),
        {id, email, fullName, phone.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : phone,
         id.right(8), status, priority, createdAt, createdAt});
    return added ? id : QString();
}

QString CrmDb::addLead(const QString& email, const QString& fullName, int score,
                       const QString& createdAt, const QString& status)
{
    const QString id = store::Uuid7::generate();
    auto added = m_db->exec(
        QStringLiteral("INSERT INTO investor_leads(id, full_name, email, investor_type, status, "
                       "lead_score, message, created_at, updated_at) VALUES (?, ?, ?, 'angel', ?, "
                       "?, 'Interested', ?, ?)"),
        {id, fullName, email, status, score, createdAt, createdAt});
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
