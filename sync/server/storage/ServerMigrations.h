#pragma once

#include "ServerDb.h"

#include <QList>
#include <QString>

namespace rentflow::server {

// One numbered migration: the resource :/server/migrations/<sqlite|postgres>/NNNN_name.sql.
struct ServerMigration
{
    int version = 0;
    QString name;
    QString path;
};

// The migrations shipped for a backend, in number order. Two files with one number, or a
// file without a number, is a programming error reported here as Code::Database.
StoreResult<QList<ServerMigration>> shippedMigrations(Backend backend);

// Brings the database up to date: every shipped migration not yet in schema_migrations
// runs, in order, in one transaction, holding a lock so that two servers starting at once
// on one PostgreSQL do not both run it. A database newer than this program is refused.
store::StoreStatus migrateServerDb(ServerDb& db);

} // namespace rentflow::server
