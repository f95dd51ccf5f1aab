#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace rentflow::ui::crm {

// One answer of the server, with what went wrong put in the user's words.
struct CrmReply
{
    int status = 0;                 // 0: no answer at all (server down, wrong address)
    QJsonObject json;               // the body when it is a JSON object
    QByteArray body;                // the raw body (CSV exports)
    QString code;                   // the API's error code ("invalid_input", "forbidden"…)
    QString message;                // for the user; empty on success
    QHash<QString, QString> fields; // refused fields and why (API field names)

    bool ok() const { return status >= 200 && status < 300; }
};

// The desktop's HTTP client of rentflow-server's admin CRM (SPEC §8.4): signs in, keeps the
// tokens in memory only (never on disk), adds the bearer token to every call, and when a
// call is refused with 401 renews the access token once with the refresh token and repeats
// the call. Every call is asynchronous: its handler runs on the UI thread, unless `context`
// is gone by then.
class CrmClient : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const CrmReply&)>;

    explicit CrmClient(QObject* parent = nullptr);
    ~CrmClient() override;

    // The settings' "server/url" if set, else the bundled server on this PC.
    static QString defaultServerUrl();

    void setServerUrl(const QString& url);
    QString serverUrl() const { return m_serverUrl; }
    // How long a call may take before it is given up (ms).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Signs in; signedIn() or signInRefused() follows.
    void signIn(const QString& email, const QString& password, const QString& totp = {});
    void signOut();
    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    QString role() const { return m_role; }
    // Forgets the access token as if it had expired: the next call is refused with 401 and
    // renews it with the refresh token (tests use it instead of waiting 15 minutes).
    void dropAccessToken() { m_accessToken = QStringLiteral("expired"); }
    QString email() const { return m_email; }

    void get(const QString& path, QObject* context, Handler handler);
    void put(const QString& path, const QJsonObject& body, QObject* context, Handler handler);
    void post(const QString& path, const QJsonObject& body, QObject* context, Handler handler);
    void del(const QString& path, QObject* context, Handler handler);

    // The reply of a finished network call, read into a CrmReply (public for tests).
    static CrmReply readReply(QNetworkReply* reply, const QString& serverUrl);

signals:
    void signedIn();
    // `reply.message` says why; `mfaRequired` when the account needs its authenticator code.
    void signInRefused(const CrmReply& reply, bool mfaRequired);
    // The sign-in ended (the refresh token was refused too, or signOut()).
    void signedOut(const QString& why);

private:
    struct Call
    {
        QByteArray method;
        QString path;
        QByteArray body;
        bool hasBody = false;
        QPointer<QObject> context;
        Handler handler;
        bool retried = false;
    };
    void send(Call call);
    void refreshThenRepeat(Call call);
    QNetworkReply* start(const QByteArray& method, const QString& path, const QByteArray& body,
                         bool hasBody, bool withToken);

    QNetworkAccessManager* m_network;
    QString m_serverUrl;
    QString m_accessToken;
    QString m_refreshToken;
    QString m_role;
    QString m_email;
    int m_timeoutMs = 20'000;
    bool m_refreshing = false;
    QList<Call> m_waitingForRefresh;
};

} // namespace rentflow::ui::crm
