#pragma once

#include "server/storage/ServerDb.h"

#include <QTemporaryDir>

#include <memory>

namespace rentflow::test {

// A migrated embedded server database in a throwaway folder, with the public area's
// waitlist_entries and investor_leads tables (made here, with the backend seed's columns,
// when the public area's migrations are not part of this build) and ways to fill them.
class CrmDb
{
public:
    CrmDb();
    ~CrmDb();

    bool ok() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    server::ServerDb& db() { return *m_db; }

    // A waitlist entry made at `createdAt` ("2026-02-01T10:00:00.000Z"); its id.
    QString addEntry(const QString& email, const QString& fullName, const QString& createdAt,
                     const QString& status = QStringLiteral("pending"),
                     const QString& priority = QStringLiteral("normal"), const QString& phone = {});
    QString addLead(const QString& email, const QString& fullName, int score,
                    const QString& createdAt, const QString& status = QStringLiteral("new"));

    // The first column of the first row ("SELECT COUNT(*) …").
    QVariant value(const QString& sql, const QVariantList& binds = {});
    qlonglong count(const QString& sql, const QVariantList& binds = {});

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::ServerDb> m_db;
    QString m_error;
};

} // namespace rentflow::test
