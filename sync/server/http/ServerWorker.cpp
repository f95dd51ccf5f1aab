#include "ServerWorker.h"

#include "ApiReply.h"
#include "Listener.h"
#include "RequestLog.h"
#include "Routes.h"
#include "ServerAreas.h"
#include "Services.h"

#include "server/storage/DatabaseTarget.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QTimer>

#include <unistd.h>

namespace rentflow::server {

namespace {

// A JSON 404 for what no route matches, through the same wrapper as every route.
void answerMissing(QHttpServer& http, Routes& routes)
{
    http.setMissingHandler(
        [&routes](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            QHttpServerResponse reply = routes.answer(
                request, QStringLiteral("ANY"), QStringLiteral("<unmatched>"), Access::Internal,
                [](Call&) {
                    return errorReply(Status::NotFound, QStringLiteral("not_found"),
                                      QCoreApplication::translate("ServerWorker",
                                                                  "No such endpoint (or method)."));
                });
            reply.write(std::move(responder));
        });
}

} // namespace

ServerWorker::ServerWorker(Services& services, qintptr listeningSocket, int index)
    : m_services(services), m_socket(listeningSocket), m_index(index),
      m_readyFuture(m_ready.get_future())
{
    setObjectName(QStringLiteral("listener-%1").arg(index));
}

ServerWorker::~ServerWorker()
{
    if (isRunning()) {
        quit();
        wait();
    }
}

QString ServerWorker::waitUntilReady()
{
    return m_readyFuture.get();
}

void ServerWorker::run()
{
    auto db = openServerDb(m_services.database(), QStringLiteral("listener-%1").arg(m_index));
    if (!db) {
        ::close(int(m_socket));
        m_ready.set_value(db.error().message);
        return;
    }
    const ServerConfig& config = m_services.config();
    std::unique_ptr<QTcpServer> listener;
    if (config.tls()) {
        auto tls = loadTls(config);
        if (auto* why = std::get_if<QString>(&tls)) {
            ::close(int(m_socket));
            m_ready.set_value(*why);
            return;
        }
        listener = std::make_unique<GuardedSslServer>(config, std::get<QSslConfiguration>(tls));
    } else {
        listener = std::make_unique<GuardedTcpServer>(config);
    }
    if (!listener->setSocketDescriptor(m_socket)) {
        ::close(int(m_socket));
        m_ready.set_value(listener->errorString());
        return;
    }
    QHttpServer http;
    Routes areaRoutes(http, *db.value(), m_services);
    answerMissing(http, areaRoutes);
    for (const ServerArea& area : serverAreas())
        if (area.addRoutes)
            area.addRoutes(areaRoutes);
    m_listener = listener.get();
    http.bind(listener.release()); // QHttpServer takes the listener as its child

    QObject context;
    m_loopContext = &context;
    m_ready.set_value(QString());
    exec();
    m_loopContext = nullptr;
    m_listener = nullptr;
    // QHttpServer owns the sockets it answered on; they go with it, after the listener.
}

void ServerWorker::stopGracefully(int graceMs)
{
    if (!isRunning() || !m_loopContext) {
        quit();
        wait();
        return;
    }
    QMetaObject::invokeMethod(m_loopContext, [this, graceMs] {
        // Stop accepting, then wait for what was written to leave.
        m_listener->close();
        QDeadlineTimer deadline(graceMs);
        while (!deadline.hasExpired()) {
            bool pending = false;
            for (QTcpSocket* socket : m_listener->findChildren<QTcpSocket*>())
                pending = pending || socket->bytesToWrite() > 0;
            if (!pending)
                break;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        quit();
    });
    wait();
}

} // namespace rentflow::server
