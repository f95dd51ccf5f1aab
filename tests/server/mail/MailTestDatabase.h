#pragma once

#include "server/storage/DatabaseTarget.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace rentflow::server::test {

// A fresh, migrated server database for one test: an encrypted SQLite file in a folder of
// its own, or a new database on the test process's PostgreSQL (the harness's
// PostgresServer). target() opens more connections to it (a worker's own).
class MailTestDatabase
{
public:
    explicit MailTestDatabase(Backend backend);
    ~MailTestDatabase();

    // Makes and migrates it; false with error().
    bool open();
    ServerDb& db() { return *m_db; }
    const DatabaseTarget& target() const { return m_target; }
    QString error() const { return m_error; }

    // Both: the embedded default and PostgreSQL.
    static QList<Backend> backends();
    static QString backendName(Backend backend);

private:
    Backend m_backend;
    QTemporaryDir m_dir;
    DatabaseTarget m_target;
    QString m_postgresDatabase;
    std::unique_ptr<ServerDb> m_db;
    QString m_error;
};

} // namespace rentflow::server::test
