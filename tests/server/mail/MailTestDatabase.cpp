#include "MailTestDatabase.h"

#include "server/storage/ServerMigrations.h"

#include "PostgresServer.h"

#include <QRandomGenerator>

namespace rentflow::server::test {

MailTestDatabase::MailTestDatabase(Backend backend) : m_backend(backend) {}

MailTestDatabase::~MailTestDatabase()
{
    m_db.reset();
    if (!m_postgresDatabase.isEmpty())
        rentflow::test::PostgresServer::shared().dropDatabase(m_postgresDatabase);
}

QList<Backend> MailTestDatabase::backends()
{
    return {Backend::Embedded, Backend::Postgres};
}

QString MailTestDatabase::backendName(Backend backend)
{
    return backend == Backend::Postgres ? QStringLiteral("Postgres") : QStringLiteral("Embedded");
}

bool MailTestDatabase::open()
{
    m_target.backend = m_backend;
    if (m_backend == Backend::Embedded) {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        m_target.filePath = m_dir.filePath(QStringLiteral("server.db"));
        // SQLCipher's raw-key form: no key derivation, so opening is quick.
        QByteArray key(32, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
        m_target.key = QStringLiteral("x'%1'").arg(QString::fromLatin1(key.toHex()));
    } else {
        auto& pg = rentflow::test::PostgresServer::shared();
        if (!pg.ok()) {
            m_error = QStringLiteral("PostgreSQL did not start: ") + pg.error();
            return false;
        }
        m_postgresDatabase = pg.createDatabase();
        if (m_postgresDatabase.isEmpty()) {
            m_error = pg.error();
            return false;
        }
        m_target.url = QUrl(pg.url(m_postgresDatabase));
    }
    static int serial = 0;
    auto opened = openServerDb(m_target, QStringLiteral("mail-test-%1").arg(++serial), true);
    if (!opened) {
        m_error = opened.error().message;
        return false;
    }
    m_db = opened.take();
    if (auto migrated = migrateServerDb(*m_db); !migrated) {
        m_error = migrated.error().message;
        return false;
    }
    return true;
}

} // namespace rentflow::server::test
