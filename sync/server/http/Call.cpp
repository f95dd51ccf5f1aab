#include "Call.h"

#include "ApiReply.h"
#include "Services.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace rentflow::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Call", text);
}
} // namespace

Call::Call(const QHttpServerRequest& request, ServerDb& db, Services& services, QString requestId,
           QHostAddress clientIp)
    : request(request), m_db(db), m_services(services), m_requestId(std::move(requestId)),
      m_clientIp(std::move(clientIp))
{
    m_timer.start();
}

const ServerConfig& Call::config() const
{
    return m_services.config();
}

std::optional<QJsonObject> Call::jsonBody()
{
    const QByteArray type = request.value(QByteArrayLiteral("Content-Type")).toLower();
    if (!type.startsWith("application/json")) {
        refuse(errorReply(Status::UnsupportedMediaType, QStringLiteral("unsupported_media_type"),
                          tr("Send the body as JSON (Content-Type: application/json).")));
        return std::nullopt;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError) {
        refuse(errorReply(Status::BadRequest, QStringLiteral("invalid_json"),
                          tr("The body is not valid JSON: %1 at byte %2.")
                              .arg(error.errorString())
                              .arg(error.offset)));
        return std::nullopt;
    }
    if (!document.isObject()) {
        refuse(errorReply(Status::BadRequest, QStringLiteral("invalid_json"),
                          tr("The body must be a JSON object.")));
        return std::nullopt;
    }
    return document.object();
}

const Principal* Call::principal()
{
    if (!m_authenticated) {
        m_authenticated = true;
        if (m_services.authenticate) {
            Authentication answer = m_services.authenticate(*this);
            m_principal = answer.principal;
            if (answer.refusal)
                m_authRefusal.emplace(std::move(*answer.refusal));
        }
    }
    return m_principal ? &*m_principal : nullptr;
}

const Principal* Call::requireRole(Role needed)
{
    const Principal* who = principal();
    if (!who) {
        if (m_authRefusal) {
            refuse(std::move(*m_authRefusal));
            m_authRefusal.reset();
        } else {
            refuse(errorReply(Status::Unauthorized, QStringLiteral("unauthorized"),
                              tr("Sign in first: this needs an access token.")));
        }
        return nullptr;
    }
    if (!who->has(needed)) {
        refuse(errorReply(Status::Forbidden, QStringLiteral("forbidden"),
                          tr("Your role (%1) may not do this; it needs %2.")
                              .arg(roleName(who->role), roleName(needed))));
        return nullptr;
    }
    return who;
}

QHttpServerResponse Call::refusal()
{
    Q_ASSERT(m_refusal);
    QHttpServerResponse reply = std::move(*m_refusal);
    m_refusal.reset();
    return reply;
}

void Call::refuse(QHttpServerResponse&& reply)
{
    m_refusal.emplace(std::move(reply));
}

} // namespace rentflow::server
