#include "ServerRuntime.h"

#include "Listener.h"
#include "RequestLog.h"
#include "ServerAreas.h"
#include "ServerWorker.h"
#include "Services.h"

#include "server/storage/DatabaseTarget.h"
#include "server/storage/ServerMigrations.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QThread>

#include <unistd.h>

namespace rentflow::server {

namespace {
constexpr int kExitFailed = 1;
constexpr int kExitCannotOpen = 3;

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerRuntime", text);
}
} // namespace

std::variant<std::unique_ptr<ServerRuntime>, ServerRuntime::Failure>
ServerRuntime::start(const ServerConfig& config, const QProcessEnvironment& environment,
                     store::KeyStore& keys)
{
    auto target = resolveDatabaseTarget(config, environment, keys);
    if (!target)
        return Failure{kExitCannotOpen, target.error().message};
    {
        // The first connection makes the embedded file and brings the schema up to date
        // before any worker opens its own.
        auto db = openServerDb(target.value(), QStringLiteral("startup"), true);
        if (!db)
            return Failure{db.error().preventsOpening() ||
                                   db.error().code == StoreError::Code::Database
                               ? kExitCannotOpen
                               : kExitFailed,
                           db.error().message};
        if (auto migrated = migrateServerDb(*db.value()); !migrated)
            return Failure{kExitCannotOpen, migrated.error().message};
    }

    std::unique_ptr<ServerRuntime> runtime(new ServerRuntime);
    runtime->m_services = std::make_unique<Services>(config, target.take());
    for (const ServerArea& area : serverAreas())
        if (area.prepare)
            if (auto prepared = area.prepare(*runtime->m_services); !prepared)
                return Failure{kExitFailed, tr("%1: %2").arg(QString::fromLatin1(area.name),
                                                             prepared.error().message)};

    // A handler waits for its database: on the embedded file one writer runs at a time, so
    // one listener per core; on PostgreSQL every statement is a round trip, so four per
    // core keep the cores busy while others wait.
    const int cores = qMax(1, QThread::idealThreadCount());
    const int workers =
        config.workers > 0 ? config.workers : (config.embedded() ? cores : qMin(32, 4 * cores));
    quint16 port = config.listenPort;
    if (const QString taken = portTakenBy(config.listenHost, port); !taken.isEmpty())
        return Failure{kExitFailed, tr("Cannot listen on %1:%2: %3")
                                        .arg(config.listenHost.toString())
                                        .arg(port)
                                        .arg(taken)};
    for (int i = 0; i < workers; ++i) {
        auto socket = reusePortSocket(config.listenHost, port);
        if (auto* why = std::get_if<QString>(&socket))
            return Failure{kExitFailed, tr("Cannot listen on %1:%2: %3")
                                            .arg(config.listenHost.toString())
                                            .arg(port)
                                            .arg(*why)};
        const qintptr descriptor = std::get<qintptr>(socket);
        if (i == 0)
            port = boundPort(descriptor);
        auto worker = std::make_unique<ServerWorker>(*runtime->m_services, descriptor, i);
        worker->start();
        if (const QString why = worker->waitUntilReady(); !why.isEmpty())
            return Failure{kExitFailed, why};
        runtime->m_workers.push_back(std::move(worker));
    }
    const QString host = config.listenHost.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(config.listenHost.toString())
                             : config.listenHost.toString();
    runtime->m_url = QStringLiteral("%1://%2:%3").arg(config.scheme(), host).arg(port);
    logEvent(QStringLiteral("info"), QStringLiteral("started"),
             {{QStringLiteral("listeners"), workers},
              {QStringLiteral("backend"),
               config.embedded() ? QStringLiteral("embedded") : QStringLiteral("postgres")}});
    return runtime;
}

ServerRuntime::~ServerRuntime()
{
    stop();
}

void ServerRuntime::stop()
{
    for (auto& worker : m_workers)
        worker->stopGracefully();
    m_workers.clear();
    m_services.reset(); // the areas' background work stops with their objects
}

} // namespace rentflow::server
