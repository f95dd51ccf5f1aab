#pragma once

#include "server/storage/ServerDb.h"

#include <QTemporaryDir>

#include <memory>

namespace rentflow::test {

// A migrated embedded server database in a throwaway folder (every area's migrations,
// the public area's waitlist_entries and investor_leads among them) and ways to fill them
// directly, with the times and scores a test needs.
class CrmDb
{
public:
    CrmDb();
    ~CrmDb();

    bool ok() const { return m_db != nullptr; }
    QString error() const { return m_error; }
    server::ServerDb& db() { return *m_db; }

    // Each returns the new row's id, or empty with error() saying why.
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
    int m_joins = 0;
};

} // namespace rentflow::test
