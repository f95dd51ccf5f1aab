#include "CrmClient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QUrl>

namespace rentflow::ui::crm {

namespace {

QJsonObject objectOf(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? document.object() : QJsonObject();
}

QString networkProblem(QNetworkReply::NetworkError error, const QString& serverUrl)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::RemoteHostClosedError:
        return CrmClient::tr("The RentFlow server at %1 is not answering. Check that it is "
                             "running and that the address is right, then try again.")
            .arg(serverUrl);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return CrmClient::tr("The RentFlow server at %1 took too long to answer. Nothing was "
                             "changed by this screen; try again.")
            .arg(serverUrl);
    case QNetworkReply::SslHandshakeFailedError:
        return CrmClient::tr("The secure connection to %1 failed: its certificate is not "
                             "trusted. Check the address.")
            .arg(serverUrl);
    default:
        return CrmClient::tr("Could not reach the RentFlow server at %1. Check the address "
                             "and the network, then try again.")
            .arg(serverUrl);
    }
}

// The server's own message is already in words; these add what to do.
QString statusProblem(int status, const QString& serverMessage)
{
    switch (status) {
    case 401:
        return CrmClient::tr("Your sign-in has ended. Sign in again.");
    case 403:
        return CrmClient::tr("This account may not use the CRM: it is for RentFlow platform "
                             "admins (super_admin) only.");
    case 404:
        return CrmClient::tr("That record is no longer on the server; someone may have "
                             "deleted it. The list has been read again.");
    case 429:
        return CrmClient::tr("Too many requests just now; wait a minute and try again.");
    default:
        break;
    }
    if (status >= 500)
        return CrmClient::tr("The server could not do this (%1). Nothing was changed; try "
                             "again later.")
            .arg(serverMessage.isEmpty() ? CrmClient::tr("error %1").arg(status) : serverMessage);
    return serverMessage.isEmpty()
               ? CrmClient::tr("The server refused this (error %1).").arg(status)
               : serverMessage;
}

} // namespace

CrmClient::CrmClient(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_serverUrl(defaultServerUrl())
{
    // Loopback only by default; never a system proxy for the bundled server.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

CrmClient::~CrmClient() = default;

QString CrmClient::defaultServerUrl()
{
    const QString configured = QSettings().value(QStringLiteral("server/url")).toString().trimmed();
    return configured.isEmpty() ? QStringLiteral("http://127.0.0.1:8080") : configured;
}

void CrmClient::setServerUrl(const QString& url)
{
    QString trimmed = url.trimmed();
    while (trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    if (trimmed != m_serverUrl) {
        m_serverUrl = trimmed;
        m_accessToken.clear();
        m_refreshToken.clear();
    }
}

CrmReply CrmClient::readReply(QNetworkReply* reply, const QString& serverUrl)
{
    CrmReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    if (out.status == 0) {
        out.code = QStringLiteral("network");
        out.message = networkProblem(reply->error(), serverUrl);
        return out;
    }
    out.json = objectOf(out.body);
    if (out.ok())
        return out;
    const QJsonObject error = out.json.value(QStringLiteral("error")).toObject();
    out.code = error.value(QStringLiteral("code")).toString();
    const QJsonObject fields = error.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        out.fields.insert(it.key(), it.value().toString());
    out.message = statusProblem(out.status, error.value(QStringLiteral("message")).toString());
    return out;
}

QNetworkReply* CrmClient::start(const QByteArray& method, const QString& path,
                                const QByteArray& body, bool hasBody, bool withToken)
{
    QNetworkRequest request(QUrl(m_serverUrl + path));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (withToken && !m_accessToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_accessToken.toLatin1());
    if (hasBody)
        return m_network->sendCustomRequest(request, method, body);
    return m_network->sendCustomRequest(request, method);
}

void CrmClient::signIn(const QString& email, const QString& password, const QString& totp)
{
    QJsonObject body{{QStringLiteral("email"), email.trimmed()},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("deviceName"), QStringLiteral("RentFlow desktop CRM")}};
    if (!totp.trimmed().isEmpty())
        body.insert(QStringLiteral("totp"), totp.trimmed());
    QNetworkReply* reply = start("POST", QStringLiteral("/api/v1/auth/login"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), true, false);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        CrmReply answer = readReply(reply, m_serverUrl);
        if (!answer.ok()) {
            const bool mfa = answer.json.value(QStringLiteral("mfaRequired")).toBool() ||
                             answer.code == QLatin1String("mfa_required");
            if (answer.status == 401 && !mfa)
                answer.message = answer.code == QLatin1String("invalid_mfa_code")
                                     ? tr("The authenticator code is wrong or already used.")
                                     : tr("The email or password is wrong.");
            if (mfa)
                answer.message = tr("Enter the 6-digit code from your authenticator app.");
            if (answer.status == 423 || answer.code == QLatin1String("account_locked"))
                answer.message = tr("This account is locked after too many failed sign-ins; "
                                    "try again later.");
            emit signInRefused(answer, mfa);
            return;
        }
        m_accessToken = answer.json.value(QStringLiteral("accessToken")).toString();
        m_refreshToken = answer.json.value(QStringLiteral("refreshToken")).toString();
        const QJsonObject user = answer.json.value(QStringLiteral("user")).toObject();
        m_role = user.value(QStringLiteral("role")).toString();
        m_email = user.value(QStringLiteral("email")).toString();
        emit signedIn();
    });
}

void CrmClient::signOut()
{
    const bool was = isSignedIn();
    if (was && !m_refreshToken.isEmpty()) {
        // Ends the session on the server too; the answer does not matter.
        QNetworkReply* reply = start("POST", QStringLiteral("/api/v1/auth/logout"),
                                     QByteArrayLiteral("{}"), true, true);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    m_accessToken.clear();
    m_refreshToken.clear();
    m_role.clear();
    m_email.clear();
    if (was)
        emit signedOut(tr("Signed out."));
}

void CrmClient::get(const QString& path, QObject* context, Handler handler)
{
    send({"GET", path, {}, false, context, std::move(handler)});
}

void CrmClient::put(const QString& path, const QJsonObject& body, QObject* context, Handler handler)
{
    send({"PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), true, context,
          std::move(handler)});
}

void CrmClient::post(const QString& path, const QJsonObject& body, QObject* context,
                     Handler handler)
{
    send({"POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), true, context,
          std::move(handler)});
}

void CrmClient::del(const QString& path, QObject* context, Handler handler)
{
    send({"DELETE", path, {}, false, context, std::move(handler)});
}

void CrmClient::send(Call call)
{
    if (m_refreshing) {
        m_waitingForRefresh.append(std::move(call));
        return;
    }
    QNetworkReply* reply = start(call.method, call.path, call.body, call.hasBody, true);
    connect(reply, &QNetworkReply::finished, this, [this, reply, call = std::move(call)]() mutable {
        reply->deleteLater();
        CrmReply answer = readReply(reply, m_serverUrl);
        if (answer.status == 401 && !call.retried && !m_refreshToken.isEmpty()) {
            call.retried = true;
            refreshThenRepeat(std::move(call));
            return;
        }
        if (call.context)
            call.handler(answer);
    });
}

void CrmClient::refreshThenRepeat(Call call)
{
    m_waitingForRefresh.append(std::move(call));
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QJsonObject body{{QStringLiteral("refreshToken"), m_refreshToken}};
    QNetworkReply* reply = start("POST", QStringLiteral("/api/v1/auth/refresh"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), true, false);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_refreshing = false;
        const CrmReply answer = readReply(reply, m_serverUrl);
        QList<Call> waiting;
        waiting.swap(m_waitingForRefresh);
        if (answer.ok()) {
            m_accessToken = answer.json.value(QStringLiteral("accessToken")).toString();
            m_refreshToken = answer.json.value(QStringLiteral("refreshToken")).toString();
            for (Call& call : waiting)
                send(std::move(call));
            return;
        }
        // The sign-in is over: every waiting call hears so, then the screen.
        m_accessToken.clear();
        m_refreshToken.clear();
        CrmReply ended;
        ended.status = 401;
        ended.code = QStringLiteral("unauthorized");
        ended.message = tr("Your sign-in has ended. Sign in again.");
        for (Call& call : waiting)
            if (call.context)
                call.handler(ended);
        emit signedOut(ended.message);
    });
}

} // namespace rentflow::ui::crm
