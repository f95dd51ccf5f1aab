#include "ServerMigrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace rentflow::server {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerMigrations", text);
}

StoreError programmingError(const QString& message)
{
    return StoreError{StoreError::Code::Database, message};
}

// A file's statements: each ends with ';' at the end of a line.
QStringList statements(const QString& sql)
{
    QStringList out;
    QString current;
    for (const QString& line : sql.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

// PostgreSQL: an advisory lock held to the end of the transaction ("RFMG" as a number).
constexpr qint64 kMigrationLock = 0x52464D47;

} // namespace

StoreResult<QList<ServerMigration>> shippedMigrations(Backend backend)
{
    const QString folder =
        QStringLiteral(":/server/migrations/") +
        (backend == Backend::Embedded ? QStringLiteral("sqlite") : QStringLiteral("postgres"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<ServerMigration> migrations;
    QSet<int> seen;
    for (const QString& file : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            return programmingError(
                tr("%1/%2: a migration is named NNNN_name.sql").arg(folder, file));
        const int version = match.captured(1).toInt();
        if (seen.contains(version))
            return programmingError(tr("%1: two migrations numbered %2").arg(folder).arg(version));
        seen.insert(version);
        migrations.append({version, match.captured(2), folder + QLatin1Char('/') + file});
    }
    return migrations;
}

store::StoreStatus migrateServerDb(ServerDb& db)
{
    auto shipped = shippedMigrations(db.backend());
    if (!shipped)
        return shipped.error();
    const QString table = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                         "version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                         "applied_at TEXT NOT NULL)");
    return db.transaction([&]() -> store::StoreStatus {
        if (db.backend() == Backend::Postgres)
            if (auto locked =
                    db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kMigrationLock});
                !locked)
                return locked.error();
        if (auto made = db.exec(table); !made)
            return made.error();
        auto applied = db.exec(QStringLiteral("SELECT version FROM schema_migrations"));
        if (!applied)
            return applied.error();
        QSet<int> done;
        while (applied.value().next())
            done.insert(applied.value().value(0).toInt());
        const int newestShipped = shipped.value().isEmpty() ? 0 : shipped.value().last().version;
        for (int version : std::as_const(done))
            if (version > newestShipped)
                return StoreError{StoreError::Code::NewerSchema,
                                  tr("The server's database has migration %1; this "
                                     "rentflow-server knows up to %2. Run the newer version.")
                                      .arg(version)
                                      .arg(newestShipped)};
        for (const ServerMigration& migration : shipped.value()) {
            if (done.contains(migration.version))
                continue;
            QFile file(migration.path);
            if (!file.open(QIODevice::ReadOnly))
                return programmingError(tr("Cannot read %1").arg(migration.path));
            for (const QString& statement : statements(QString::fromUtf8(file.readAll())))
                if (auto ran = db.exec(statement); !ran)
                    return StoreError{StoreError::Code::Database,
                                      tr("Migration %1 (%2) failed: %3")
                                          .arg(migration.version)
                                          .arg(migration.name, ran.error().message)};
            if (auto noted = db.exec(QStringLiteral("INSERT INTO schema_migrations(version, "
                                                    "name, applied_at) VALUES (?, ?, ?)"),
                                     {migration.version, migration.name, ServerDb::now()});
                !noted)
                return noted.error();
        }
        return store::Done{};
    });
}

} // namespace rentflow::server
