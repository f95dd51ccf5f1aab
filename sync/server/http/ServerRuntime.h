#pragma once

#include "ServerConfig.h"

#include <QString>

#include <memory>
#include <variant>
#include <vector>

class QProcessEnvironment;

namespace rentflow::store {
class KeyStore;
}

namespace rentflow::server {

class Services;
class ServerWorker;

// A running rentflow-server: the database brought up to date, every area prepared, and
// the listeners (one per worker thread) accepting.
class ServerRuntime
{
public:
    // Why it could not start, with the CLI.md exit code that fits.
    struct Failure
    {
        int exitCode;
        QString message;
    };

    static std::variant<std::unique_ptr<ServerRuntime>, Failure>
    start(const ServerConfig& config, const QProcessEnvironment& environment,
          store::KeyStore& keys);
    ~ServerRuntime();

    // "http://127.0.0.1:8080", the port as bound.
    QString url() const { return m_url; }
    // Stops accepting, finishes what is in flight, stops the areas' background work.
    void stop();

private:
    ServerRuntime() = default;

    std::unique_ptr<Services> m_services;
    std::vector<std::unique_ptr<ServerWorker>> m_workers;
    QString m_url;
};

} // namespace rentflow::server
