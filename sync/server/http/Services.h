#pragma once

#include "Metrics.h"
#include "Principal.h"
#include "ServerConfig.h"

#include "server/storage/DatabaseTarget.h"

#include <QHttpServerResponse>

#include <functional>
#include <memory>
#include <optional>
#include <typeindex>
#include <unordered_map>

namespace rentflow::server {

class Call;

// What a bearer token resolved to: the principal, or the reply refusing the request.
struct Authentication
{
    std::optional<Principal> principal;
    std::optional<QHttpServerResponse> refusal; // 401 with its reason when no principal
};

// What every worker thread shares, made once at start before any worker runs and never
// replaced afterwards: the settings, the metrics, and the areas' own shared objects (the
// rate limiter, the signing keys, …), each of which is thread-safe itself.
class Services
{
public:
    Services(ServerConfig config, DatabaseTarget database)
        : m_config(std::move(config)), m_database(std::move(database))
    {}

    const ServerConfig& config() const { return m_config; }
    const DatabaseTarget& database() const { return m_database; }
    Metrics& metrics() { return m_metrics; }

    template <typename T> void provide(std::shared_ptr<T> object)
    {
        m_objects[std::type_index(typeid(T))] = std::move(object);
    }
    // nullptr when the area that makes it is not part of this server.
    template <typename T> T* find() const
    {
        const auto found = m_objects.find(std::type_index(typeid(T)));
        return found == m_objects.end() ? nullptr : static_cast<T*>(found->second.get());
    }

    // Set by the auth area: reads the request's "Authorization: Bearer" token.
    std::function<Authentication(Call&)> authenticate;

private:
    ServerConfig m_config;
    DatabaseTarget m_database;
    Metrics m_metrics;
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_objects;
};

} // namespace rentflow::server
