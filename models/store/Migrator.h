#pragma once

#include "StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rentflow::store {

// Applies the numbered SQL migrations shipped in resources/migrations, one
// transaction each, and records the version in PRAGMA user_version in that same
// transaction, so a crash leaves the file at one version or the next.
class Migrator
{
public:
    struct Migration
    {
        int version;
        QString name;
        QString sql;
    };

    // The migrations compiled into the program, in version order.
    static const QList<Migration>& bundled();
    static int latestVersion();

    explicit Migrator(QSqlDatabase db, QList<Migration> migrations = bundled());

    int currentVersion() const; // -1: it could not be read
    StoreStatus migrate();
    // Runs one migration's SQL and sets user_version to its number.
    StoreStatus apply(const Migration& migration);

private:
    QSqlDatabase m_db;
    QList<Migration> m_migrations;
};

} // namespace rentflow::store
