#pragma once

#include <QString>
#include <QTcpServer>
#include <QThread>

#include <future>

namespace rentflow::server {

class Services;

// One listener on its own thread: its own SO_REUSEPORT socket, QHttpServer, routes and
// database connection. QHttpServer 6.4 answers on the thread it lives on, so every core
// gets a worker of its own; the kernel shares the connections out between them.
class ServerWorker : public QThread
{
    Q_OBJECT
public:
    ServerWorker(Services& services, qintptr listeningSocket, int index);
    ~ServerWorker() override;

    // Waits until the worker listens ("" ) or has failed (why).
    QString waitUntilReady();
    // Stops accepting, lets the answers already written reach their clients (at most
    // `graceMs`), then ends the thread.
    void stopGracefully(int graceMs = 3000);

protected:
    void run() override;

private:
    Services& m_services;
    qintptr m_socket;
    int m_index;
    std::promise<QString> m_ready;
    std::future<QString> m_readyFuture;
    QObject* m_loopContext = nullptr; // lives on the worker's thread while it runs
    QTcpServer* m_listener = nullptr;
};

} // namespace rentflow::server
