#pragma once

#include "Call.h"

#include <QHash>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QString>
#include <QStringList>

#include <functional>

namespace rentflow::server {

class ServerDb;
class Services;

// Public routes answer browsers on other origins (CORS, for the configured origins) and
// get an OPTIONS preflight; the others do not.
enum class Access
{
    Internal,
    Public,
};

// How an area adds its routes, once per worker thread:
//     routes.post("/api/v1/waitlist", [](Call& call) { … }, Access::Public);
//     routes.put("/api/v1/admin/waitlist/<arg>", [](Call& call, const QString& id) { … });
// Every handler runs inside the same wrapper: request id, security headers, CORS, metrics,
// a JSON log line, and 500 (never a crash) when it throws.
class Routes
{
public:
    using Handler = std::function<QHttpServerResponse(Call&)>;
    using IdHandler = std::function<QHttpServerResponse(Call&, const QString&)>;

    Routes(QHttpServer& http, ServerDb& db, Services& services);

    void get(const QString& path, Handler handler, Access access = Access::Internal);
    void get(const QString& path, IdHandler handler, Access access = Access::Internal);
    void post(const QString& path, Handler handler, Access access = Access::Internal);
    void post(const QString& path, IdHandler handler, Access access = Access::Internal);
    void put(const QString& path, IdHandler handler, Access access = Access::Internal);
    void patch(const QString& path, IdHandler handler, Access access = Access::Internal);
    void del(const QString& path, IdHandler handler, Access access = Access::Internal);
    void del(const QString& path, Handler handler, Access access = Access::Internal);

    Services& services() { return m_services; }
    ServerDb& db() { return m_db; }

    // The wrapper itself, for answers made outside a route (404).
    QHttpServerResponse answer(const QHttpServerRequest& request, const QString& method,
                               const QString& route, Access access,
                               const std::function<QHttpServerResponse(Call&)>& handler);

private:
    void add(QHttpServerRequest::Method method, const QString& path, Handler handler,
             Access access);
    void addWithId(QHttpServerRequest::Method method, const QString& path, IdHandler handler,
                   Access access);
    void addPreflight(const QString& path, bool withId);

    QHttpServer& m_http;
    ServerDb& m_db;
    Services& m_services;
    QHash<QString, QStringList> m_publicMethods; // path → methods, for preflights
};

} // namespace rentflow::server
