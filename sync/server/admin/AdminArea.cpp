#include "AdminArea.h"

#include "LeadAdmin.h"
#include "WaitlistAdmin.h"

#include "server/http/Routes.h"
#include "server/http/ServerConfig.h"

#include <QUrlQuery>

namespace rentflow::server {

namespace {

// A handler that runs only for a super_admin, with who it acts for.
template <typename Work> QHttpServerResponse asSuperAdmin(Call& call, Work&& work)
{
    const Principal* admin = call.requireRole(Role::SuperAdmin);
    if (!admin)
        return call.refusal();
    return work(Actor{admin->userId, call.requestId()});
}

QHttpServerResponse answer(const StoreResult<QJsonObject>& result, Status status = Status::Ok)
{
    if (!result)
        return adminFailure(result.error());
    return jsonReply(result.value(), status);
}

QHttpServerResponse answer(const store::StoreStatus& result)
{
    if (!result)
        return adminFailure(result.error());
    return noContent();
}

QHttpServerResponse csvReply(const StoreResult<QByteArray>& result, const QString& fileName)
{
    if (!result)
        return adminFailure(result.error());
    QHttpServerResponse reply(QByteArrayLiteral("text/csv; charset=utf-8"), result.value());
    reply.setHeader(QByteArrayLiteral("Content-Disposition"),
                    QByteArrayLiteral("attachment; filename=\"") + fileName.toLatin1() +
                        QByteArrayLiteral("\""));
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

// The list parameters and filters of a waitlist list or export; field errors refuse it.
template <typename Then> QHttpServerResponse waitlistQuery(Call& call, Then&& then)
{
    const QUrlQuery query(call.request.url());
    QJsonObject errors;
    const ListParams params =
        parseListParams(query, waitlist_admin::sortKeys(), waitlist_admin::defaultSort(),
                        QStringLiteral("w.id"), errors);
    const waitlist_admin::Filter filter{
        parseChoice(query, QStringLiteral("status"), waitlist_admin::statuses(), errors),
        parseChoice(query, QStringLiteral("priority"), waitlist_admin::priorities(), errors)};
    if (!errors.isEmpty())
        return invalidInput(errors);
    return then(filter, params);
}

template <typename Then> QHttpServerResponse leadQuery(Call& call, Then&& then)
{
    const QUrlQuery query(call.request.url());
    QJsonObject errors;
    const ListParams params = parseListParams(
        query, lead_admin::sortKeys(), lead_admin::defaultSort(), QStringLiteral("l.id"), errors);
    const lead_admin::Filter filter{
        parseChoice(query, QStringLiteral("status"), lead_admin::statuses(), errors),
        parseChoice(query, QStringLiteral("temperature"), lead_admin::temperatures(), errors)};
    if (!errors.isEmpty())
        return invalidInput(errors);
    return then(filter, params);
}

// A JSON body handler for a super_admin.
template <typename Work> QHttpServerResponse withBody(Call& call, Work&& work)
{
    return asSuperAdmin(call, [&](const Actor& actor) {
        const auto body = call.jsonBody();
        if (!body)
            return call.refusal();
        return work(*body, actor);
    });
}

void addWaitlistRoutes(Routes& routes)
{
    const QString base = QStringLiteral("/api/v1/admin/waitlist");
    // The export before "<arg>": the first route that matches answers.
    routes.get(base + QStringLiteral("/export.csv"), [](Call& call) {
        return asSuperAdmin(call, [&](const Actor&) {
            return waitlistQuery(call, [&](const auto& filter, const auto& params) {
                return csvReply(waitlist_admin::exportCsv(call.db(), filter, params),
                                QStringLiteral("waitlist.csv"));
            });
        });
    });
    routes.get(base, [](Call& call) {
        return asSuperAdmin(call, [&](const Actor&) {
            return waitlistQuery(call, [&](const auto& filter, const auto& params) {
                return answer(waitlist_admin::list(call.db(), filter, params));
            });
        });
    });
    routes.get(base + QStringLiteral("/<arg>"), [](Call& call, const QString& id) {
        return asSuperAdmin(
            call, [&](const Actor&) { return answer(waitlist_admin::get(call.db(), id)); });
    });
    routes.put(base + QStringLiteral("/<arg>"), [](Call& call, const QString& id) {
        return withBody(call, [&](const QJsonObject& body, const Actor& actor) {
            return answer(waitlist_admin::update(call.db(), id, body, actor));
        });
    });
    routes.post(base + QStringLiteral("/<arg>/invite"), [](Call& call, const QString& id) {
        return asSuperAdmin(call, [&](const Actor& actor) {
            return answer(
                waitlist_admin::invite(call.db(), id, call.config().publicBaseUrl, actor));
        });
    });
    routes.del(base + QStringLiteral("/<arg>"), [](Call& call, const QString& id) {
        return asSuperAdmin(call, [&](const Actor& actor) {
            return answer(waitlist_admin::remove(call.db(), id, actor));
        });
    });
}

void addLeadRoutes(Routes& routes)
{
    const QString base = QStringLiteral("/api/v1/admin/investor-leads");
    routes.get(base + QStringLiteral("/export.csv"), [](Call& call) {
        return asSuperAdmin(call, [&](const Actor&) {
            return leadQuery(call, [&](const auto& filter, const auto& params) {
                return csvReply(lead_admin::exportCsv(call.db(), filter, params),
                                QStringLiteral("investor-leads.csv"));
            });
        });
    });
    routes.get(base, [](Call& call) {
        return asSuperAdmin(call, [&](const Actor&) {
            return leadQuery(call, [&](const auto& filter, const auto& params) {
                return answer(lead_admin::list(call.db(), filter, params));
            });
        });
    });
    routes.get(base + QStringLiteral("/<arg>"), [](Call& call, const QString& id) {
        return asSuperAdmin(call,
                            [&](const Actor&) { return answer(lead_admin::get(call.db(), id)); });
    });
    routes.put(base + QStringLiteral("/<arg>"), [](Call& call, const QString& id) {
        return withBody(call, [&](const QJsonObject& body, const Actor& actor) {
            return answer(lead_admin::update(call.db(), id, body, actor));
        });
    });
    routes.post(base + QStringLiteral("/<arg>/note"), [](Call& call, const QString& id) {
        return withBody(call, [&](const QJsonObject& body, const Actor& actor) {
            return answer(lead_admin::addNote(call.db(), id, body, actor), Status::Created);
        });
    });
    routes.post(base + QStringLiteral("/<arg>/activities"), [](Call& call, const QString& id) {
        return withBody(call, [&](const QJsonObject& body, const Actor& actor) {
            return answer(lead_admin::addActivity(call.db(), id, body, actor), Status::Created);
        });
    });
    routes.del(base + QStringLiteral("/<arg>"), [](Call& call, const QString& id) {
        return asSuperAdmin(call, [&](const Actor& actor) {
            return answer(lead_admin::remove(call.db(), id, actor));
        });
    });
}

} // namespace

void addAdminRoutes(Routes& routes)
{
    addWaitlistRoutes(routes);
    addLeadRoutes(routes);
}

ServerArea adminArea()
{
    return {"admin", nullptr, addAdminRoutes};
}

} // namespace rentflow::server
