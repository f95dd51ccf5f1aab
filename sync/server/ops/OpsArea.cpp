#include "OpsArea.h"

#include "OpenApiDocument.h"
#include "PrometheusText.h"

#include "server/http/ApiReply.h"
#include "server/http/Call.h"
#include "server/http/RequestLog.h"
#include "server/http/Routes.h"
#include "server/http/Services.h"
#include "server/storage/ServerDb.h"

#if __has_include("server/mail/MailQueueStore.h")
#include "server/mail/MailQueueStore.h"
#define RENTFLOW_OPS_MAIL_DEPTH 1
#endif

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QThread>

namespace rentflow::server {

namespace {

// Made once at start, read by every worker.
struct OpsShared
{
    QByteArray openApiJson;
    double startTimeSeconds = 0;
};

QHttpServerResponse bytesReply(QByteArray body, const QByteArray& contentType)
{
    return QHttpServerResponse(contentType, std::move(body), Status::Ok);
}

store::StoreStatus prepare(Services& services)
{
    auto shared = std::make_shared<OpsShared>();
    shared->startTimeSeconds = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    auto fragments = loadOpenApiFragments();
    if (auto* why = std::get_if<QString>(&fragments))
        return store::StoreError{store::StoreError::Code::Io,
                                 QStringLiteral("OpenAPI document: ") + *why};
    auto document = assembleOpenApi(std::get<QList<OpenApiFragment>>(fragments),
                                    QCoreApplication::applicationVersion());
    if (auto* why = std::get_if<QString>(&document))
        return store::StoreError{store::StoreError::Code::InvalidInput,
                                 QStringLiteral("OpenAPI document: ") + *why};
    shared->openApiJson =
        QJsonDocument(std::get<QJsonObject>(document)).toJson(QJsonDocument::Compact);
    services.provide(std::move(shared));
    return store::Done{};
}

// Ready: this worker's connection answers a query on the schema within the request budget
// (the connection's statement timeout).
QHttpServerResponse ready(Call& call)
{
    QElapsedTimer timer;
    timer.start();
    const auto answered =
        call.db().scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations"));
    const qint64 ms = timer.elapsed();
    QJsonObject database{
        {QStringLiteral("status"), answered ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("ms"), ms}};
    if (!answered) {
        // The driver's words go to the log (with the request id), not to the caller.
        logEvent(QStringLiteral("warning"), QStringLiteral("not_ready"),
                 {{QStringLiteral("requestId"), call.requestId()},
                  {QStringLiteral("check"), QStringLiteral("database")},
                  {QStringLiteral("ms"), ms},
                  {QStringLiteral("error"), answered.error().message}});
        database.insert(QStringLiteral("error"),
                        QStringLiteral("The database did not answer within the budget."));
    }
    return jsonReply(
        {{QStringLiteral("status"),
          answered ? QStringLiteral("ok") : QStringLiteral("unavailable")},
         {QStringLiteral("checks"), QJsonObject{{QStringLiteral("database"), database}}}},
        answered ? Status::Ok : Status::ServiceUnavailable);
}

QHttpServerResponse metrics(Call& call, const OpsShared& shared)
{
    ProcessFigures figures = currentProcessFigures(shared.startTimeSeconds);
    figures.version = QCoreApplication::applicationVersion();
    figures.workers =
        call.config().workers > 0 ? call.config().workers : QThread::idealThreadCount();
    figures.backend = call.db().backend() == Backend::Postgres ? QStringLiteral("postgres")
                                                               : QStringLiteral("embedded");
#ifdef RENTFLOW_OPS_MAIL_DEPTH
    if (auto depth = mailQueueDepth(call.db()); depth)
        figures.mailQueueDepth = depth.value();
    else
        figures.mailQueueError = true;
#else
    // TODO(lead): the mail area's mailQueueDepth(db) (server/mail/MailQueueStore.h) is not
    // in this build; with it merged, rentflow_mail_queue_depth appears on its own.
#endif
    return bytesReply(renderPrometheus(call.services().metrics().requests(), figures),
                      QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"));
}

void addRoutes(Routes& routes)
{
    const OpsShared* shared = routes.services().find<OpsShared>();
    routes.get(QStringLiteral("/health/live"), [](Call&) {
        return jsonReply({{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    routes.get(QStringLiteral("/health/ready"), [](Call& call) { return ready(call); });
    routes.get(QStringLiteral("/metrics"), [shared](Call& call) { return metrics(call, *shared); });
    // Public: the website's developers may read it from the browser.
    routes.get(
        QStringLiteral("/api/v1/openapi.json"),
        [shared](Call&) {
            return bytesReply(shared->openApiJson, QByteArrayLiteral("application/json"));
        },
        Access::Public);
}

} // namespace

ServerArea opsArea()
{
    return {"ops", prepare, addRoutes};
}

} // namespace rentflow::server
