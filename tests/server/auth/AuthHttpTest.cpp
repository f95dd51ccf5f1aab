// The auth endpoints over real HTTP on 127.0.0.1, against the embedded store and
// PostgreSQL (the harness's BothBackends): every endpoint's success and refusals, JWTs
// expired / tampered / signed by another key / with alg confusion, RBAC, two
// organisations kept apart, the per-address limit, lockout, and refresh-token reuse.
#include "BothBackends.h"
#include "TokenForge.h"

#include "server/auth/Totp.h"
#include "server/auth/UserAddCommand.h"
#include "server/http/ServerConfig.h"
#include "server/storage/DatabaseTarget.h"

#include <support/FakeKeyStore.h>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QUrl>
#include <QUrlQuery>

using namespace rentflow;
using namespace rentflow::test;

namespace {

const QString kPassword = QStringLiteral("Correct-Horse-42");
const QString kOtherPassword = QStringLiteral("Another-Secret-77");

class AuthHttp : public BothBackends
{
protected:
    // Real limits, and X-Forwarded-For believed from the test (loopback), so that a test
    // can speak from several addresses.
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--rate-limit-multiplier"), QStringLiteral("1"),
                QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1/32")};
    }

    server::ServerConfig storageConfig()
    {
        server::ServerConfig config;
        config.dataDir = testServer().dataDir();
        if (isPostgres())
            config.databaseUrl = testServer().databaseUrl();
        else
            config.passphraseEnv = QString::fromLatin1(ServerProcess::kPassphraseVariable);
        return config;
    }
    QProcessEnvironment storageEnvironment()
    {
        QProcessEnvironment environment;
        environment.insert(QString::fromLatin1(ServerProcess::kPassphraseVariable),
                           QString::fromLatin1(ServerProcess::kPassphrase));
        environment.insert(QStringLiteral("AUTH_TEST_PASSWORD"), kPassword);
        return environment;
    }

    // `rentflow-server user add` on the server's own storage (the function the command runs).
    QString addUser(const QString& email, const QString& role, const QString& org)
    {
        test::FakeKeyStore keychain;
        const auto outcome =
            server::runUserAdd({email, QStringLiteral("AUTH_TEST_PASSWORD"), role, org},
                               storageConfig(), storageEnvironment(), keychain);
        EXPECT_EQ(outcome.exitCode, 0) << outcome.message.toStdString();
        return outcome.userId;
    }

    // A connection of the test's own to the server's storage.
    std::unique_ptr<server::ServerDb> openDb()
    {
        test::FakeKeyStore keychain;
        auto target =
            server::resolveDatabaseTarget(storageConfig(), storageEnvironment(), keychain);
        EXPECT_TRUE(target.ok());
        if (!target)
            return nullptr;
        auto db = server::openServerDb(target.value(),
                                       QStringLiteral("auth-http-%1").arg(++m_connections));
        EXPECT_TRUE(db.ok()) << (db.ok() ? std::string() : db.error().message.toStdString());
        return db.ok() ? db.take() : nullptr;
    }

    static HttpHeaders from(const QString& ip)
    {
        return {{QByteArrayLiteral("X-Forwarded-For"), ip.toLatin1()}};
    }

    HttpResponse login(const QString& email, const QString& password,
                       const QString& ip = QStringLiteral("203.0.113.7"), const QString& totp = {})
    {
        QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
        if (!totp.isEmpty())
            body.insert(QStringLiteral("totp"), totp);
        return http().post(QStringLiteral("/api/v1/auth/login"), body, from(ip));
    }

    // Signs in and keeps the access token on the client.
    QJsonObject signIn(const QString& email, const QString& ip = QStringLiteral("203.0.113.7"))
    {
        const HttpResponse r = login(email, kPassword, ip);
        EXPECT_EQ(r.status, 200) << r;
        http().setBearerToken(r.json().value(QStringLiteral("accessToken")).toString());
        return r.json();
    }

    HttpResponse getWith(const QString& path, const QByteArray& token)
    {
        return http().get(path, {{QByteArrayLiteral("Authorization"), "Bearer " + token}});
    }

    QByteArray serverPrivateKey()
    {
        QFile file(testServer().dataDir() + QStringLiteral("/keys/signing-key.pem"));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }

    int m_connections = 0;
};

QString kidOf(const QString& token)
{
    const QByteArray head = token.toLatin1().split('.').value(0);
    return QJsonDocument::fromJson(QByteArray::fromBase64(head, QByteArray::Base64UrlEncoding))
        .object()
        .value(QStringLiteral("kid"))
        .toString();
}

} // namespace

TEST_P(AuthHttp, SignInUseTheTokenRefreshAndSignOut)
{
    const QString org = QStringLiteral("Sunrise PG");
    const QString id = addUser(QStringLiteral("asha@example.in"), QStringLiteral("manager"), org);
    const HttpResponse r = login(QStringLiteral("Asha@Example.in"), kPassword);
    ASSERT_EQ(r.status, 200) << r;
    const QJsonObject body = r.json();
    QStringList keys = body.keys();
    EXPECT_EQ(keys, (QStringList{QStringLiteral("accessToken"), QStringLiteral("expiresIn"),
                                 QStringLiteral("refreshExpiresIn"), QStringLiteral("refreshToken"),
                                 QStringLiteral("sessionId"), QStringLiteral("tokenType"),
                                 QStringLiteral("user")}));
    EXPECT_EQ(body.value(QStringLiteral("expiresIn")).toInt(), 900);
    EXPECT_EQ(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
              id);

    http().setBearerToken(body.value(QStringLiteral("accessToken")).toString());
    HttpResponse me = http().get(QStringLiteral("/api/v1/auth/me"));
    ASSERT_EQ(me.status, 200) << me;
    EXPECT_EQ(me.json().value(QStringLiteral("email")).toString(),
              QStringLiteral("asha@example.in"));
    EXPECT_EQ(me.json().value(QStringLiteral("role")).toString(), QStringLiteral("manager"));
    EXPECT_EQ(me.json().value(QStringLiteral("organisationName")).toString(), org);

    const HttpResponse refreshed =
        http().post(QStringLiteral("/api/v1/auth/refresh"),
                    {{QStringLiteral("refreshToken"), body.value(QStringLiteral("refreshToken"))}});
    ASSERT_EQ(refreshed.status, 200) << refreshed;
    EXPECT_NE(refreshed.json().value(QStringLiteral("refreshToken")),
              body.value(QStringLiteral("refreshToken")));

    const HttpResponse sessions = http().get(QStringLiteral("/api/v1/auth/sessions"));
    ASSERT_EQ(sessions.status, 200) << sessions;
    EXPECT_EQ(sessions.json().value(QStringLiteral("sessions")).toArray().size(), 1);

    EXPECT_EQ(http().post(QStringLiteral("/api/v1/auth/logout"), {}).status, 204);
    me = http().get(QStringLiteral("/api/v1/auth/me"));
    EXPECT_EQ(me.status, 401) << me;
    EXPECT_EQ(me.errorCode(), QStringLiteral("session_revoked"));
    const HttpResponse after = http().post(
        QStringLiteral("/api/v1/auth/refresh"),
        {{QStringLiteral("refreshToken"), refreshed.json().value(QStringLiteral("refreshToken"))}});
    EXPECT_EQ(after.status, 401);
    EXPECT_EQ(after.errorCode(), QStringLiteral("refresh_token_revoked"));
}

TEST_P(AuthHttp, BadCredentialsAndBadBodiesAreRefused)
{
    addUser(QStringLiteral("asha@example.in"), QStringLiteral("owner"),
            QStringLiteral("Sunrise PG"));
    HttpResponse r = login(QStringLiteral("asha@example.in"), kOtherPassword);
    EXPECT_EQ(r.status, 401) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid_credentials"));
    r = login(QStringLiteral("nobody@example.in"), kPassword, QStringLiteral("203.0.113.8"));
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid_credentials"));
    r = http().post(QStringLiteral("/api/v1/auth/login"), {{QStringLiteral("email"), 12}});
    EXPECT_EQ(r.status, 400) << r;
    EXPECT_EQ(r.errorFields().value(QStringLiteral("email")).toString(),
              QStringLiteral("must be a string"));
    EXPECT_EQ(r.errorFields().value(QStringLiteral("password")).toString(),
              QStringLiteral("is required"));
    r = http().postRaw(QStringLiteral("/api/v1/auth/login"), "{\"email\":");
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid_json"));
    r = http().postRaw(QStringLiteral("/api/v1/auth/login"), "email=a",
                       "application/x-www-form-urlencoded");
    EXPECT_EQ(r.status, 415);
    r = http().post(QStringLiteral("/api/v1/auth/refresh"),
                    {{QStringLiteral("refreshToken"), QString(43, QLatin1Char('Q'))}});
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid_refresh_token"));
}

TEST_P(AuthHttp, ExpiredTamperedForeignAndConfusedTokensAreRefused)
{
    addUser(QStringLiteral("asha@example.in"), QStringLiteral("admin"),
            QStringLiteral("Sunrise PG"));
    const QJsonObject signedIn = signIn(QStringLiteral("asha@example.in"));
    const QString token = signedIn.value(QStringLiteral("accessToken")).toString();
    http().setBearerToken({});
    ASSERT_EQ(getWith(QStringLiteral("/api/v1/auth/me"), token.toLatin1()).status, 200);

    const HttpResponse none = http().get(QStringLiteral("/api/v1/auth/me"));
    EXPECT_EQ(none.status, 401);
    EXPECT_EQ(none.errorCode(), QStringLiteral("unauthorized"));

    const QJsonObject payload =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(token.toLatin1().split('.')[1], QByteArray::Base64UrlEncoding))
            .object();
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), kidOf(token)}};
    const QByteArray key = serverPrivateKey();
    ASSERT_FALSE(key.isEmpty());
    // The server's own key and claims, but expired 31 s beyond the allowed skew.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject old = payload;
    old.insert(QStringLiteral("iat"), now - 2000);
    old.insert(QStringLiteral("exp"), now - 31 - 30);
    HttpResponse r =
        getWith(QStringLiteral("/api/v1/auth/me"), tokenforge::signRs256(header, old, key));
    EXPECT_EQ(r.status, 401) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("token_expired"));
    EXPECT_TRUE(r.header("WWW-Authenticate").startsWith("Bearer"));
    // The same forge with a live expiry passes: the refusal above was the expiry alone.
    QJsonObject live = payload;
    live.insert(QStringLiteral("exp"), now + 600);
    EXPECT_EQ(
        getWith(QStringLiteral("/api/v1/auth/me"), tokenforge::signRs256(header, live, key)).status,
        200);

    // Tampered: a claim changed under the old signature.
    QJsonObject promoted = payload;
    promoted.insert(QStringLiteral("role"), QStringLiteral("super_admin"));
    QList<QByteArray> parts = token.toLatin1().split('.');
    parts[1] = tokenforge::b64urlJson(promoted);
    r = getWith(QStringLiteral("/api/v1/auth/me"), parts.join('.'));
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid_token"));
    // Another key under the server's kid.
    r = getWith(QStringLiteral("/api/v1/auth/me"),
                tokenforge::signRs256(header, payload, tokenforge::newRsaPrivatePem()));
    EXPECT_EQ(r.status, 401);
    // alg none, and HS256 keyed with the server's public key.
    QJsonObject noneHeader = header;
    noneHeader.insert(QStringLiteral("alg"), QStringLiteral("none"));
    r = getWith(QStringLiteral("/api/v1/auth/me"),
                tokenforge::b64urlJson(noneHeader) + '.' + tokenforge::b64urlJson(payload) + ".x");
    EXPECT_EQ(r.status, 401);
    QFile publicFile(testServer().dataDir() + QStringLiteral("/keys/") + kidOf(token) +
                     QStringLiteral(".public.pem"));
    ASSERT_TRUE(publicFile.open(QIODevice::ReadOnly));
    QJsonObject hsHeader = header;
    hsHeader.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
    r = getWith(QStringLiteral("/api/v1/auth/me"),
                tokenforge::signHs256(hsHeader, payload, publicFile.readAll()));
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid_token"));
    r = http().get(QStringLiteral("/api/v1/auth/me"),
                   {{QByteArrayLiteral("Authorization"), "Basic " + token.toLatin1()}});
    EXPECT_EQ(r.status, 401);
}

TEST_P(AuthHttp, AManagerCannotReachAnAdminRouteAndOrganisationsStayApart)
{
    addUser(QStringLiteral("admin@sunrise.in"), QStringLiteral("admin"),
            QStringLiteral("Sunrise PG"));
    addUser(QStringLiteral("manager@sunrise.in"), QStringLiteral("manager"),
            QStringLiteral("Sunrise PG"));
    addUser(QStringLiteral("owner@lakeview.in"), QStringLiteral("owner"),
            QStringLiteral("Lakeview Hostel"));

    signIn(QStringLiteral("manager@sunrise.in"));
    HttpResponse r = http().get(QStringLiteral("/api/v1/auth/organisation/users"));
    EXPECT_EQ(r.status, 403) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("forbidden"));

    const QJsonObject lakeview = signIn(QStringLiteral("owner@lakeview.in"));
    const QString lakeviewSession = lakeview.value(QStringLiteral("sessionId")).toString();
    r = http().get(QStringLiteral("/api/v1/auth/organisation/users"));
    ASSERT_EQ(r.status, 200) << r;
    QJsonArray users = r.json().value(QStringLiteral("users")).toArray();
    ASSERT_EQ(users.size(), 1);
    EXPECT_EQ(users[0].toObject().value(QStringLiteral("email")).toString(),
              QStringLiteral("owner@lakeview.in"));

    signIn(QStringLiteral("admin@sunrise.in"));
    r = http().get(QStringLiteral("/api/v1/auth/organisation/users"));
    ASSERT_EQ(r.status, 200) << r;
    users = r.json().value(QStringLiteral("users")).toArray();
    QStringList emails;
    for (const QJsonValue& u : users)
        emails.append(u.toObject().value(QStringLiteral("email")).toString());
    EXPECT_EQ(emails, (QStringList{QStringLiteral("admin@sunrise.in"),
                                   QStringLiteral("manager@sunrise.in")}));
    // Sunrise's admin cannot end Lakeview's session: it does not exist for them.
    r = http().del(QStringLiteral("/api/v1/auth/sessions/") + lakeviewSession);
    EXPECT_EQ(r.status, 404) << r;
    http().setBearerToken(lakeview.value(QStringLiteral("accessToken")).toString());
    EXPECT_EQ(http().get(QStringLiteral("/api/v1/auth/me")).status, 200);
}

TEST_P(AuthHttp, SixthLoginFromOneAddressIs429AndTheTenthFailureLocksTheAccount)
{
    addUser(QStringLiteral("asha@example.in"), QStringLiteral("owner"),
            QStringLiteral("Sunrise PG"));
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(login(QStringLiteral("asha@example.in"), kOtherPassword).status, 401);
    HttpResponse r = login(QStringLiteral("asha@example.in"), kPassword);
    EXPECT_EQ(r.status, 429) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("rate_limited"));
    const int wait = r.header("Retry-After").toInt();
    EXPECT_GE(wait, 800);
    EXPECT_LE(wait, 900);
    // Five more failures from other addresses make ten in a row: locked.
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(login(QStringLiteral("asha@example.in"), kOtherPassword,
                        QStringLiteral("198.51.100.%1").arg(i + 1))
                      .status,
                  401);
    r = login(QStringLiteral("asha@example.in"), kPassword, QStringLiteral("192.0.2.200"));
    EXPECT_EQ(r.status, 423) << r;
    EXPECT_EQ(r.errorCode(), QStringLiteral("account_locked"));
    EXPECT_FALSE(r.header("Retry-After").isEmpty());
}

TEST_P(AuthHttp, ReusingARotatedRefreshTokenRevokesTheFamilyEvenWhenTheTwinsRace)
{
    addUser(QStringLiteral("asha@example.in"), QStringLiteral("owner"),
            QStringLiteral("Sunrise PG"));
    const QJsonObject first = signIn(QStringLiteral("asha@example.in"));
    const QJsonValue token = first.value(QStringLiteral("refreshToken"));
    HttpRequest twin;
    twin.method = "POST";
    twin.path = QStringLiteral("/api/v1/auth/refresh");
    twin.body = toJsonBytes({{QStringLiteral("refreshToken"), token}});
    twin.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    const QList<HttpResponse> both = sendConcurrently(baseUrl(), {twin, twin});
    ASSERT_EQ(both.size(), 2);
    int ok = 0;
    int reused = 0;
    QString winner;
    for (const HttpResponse& r : both) {
        if (r.status == 200) {
            ++ok;
            winner = r.json().value(QStringLiteral("refreshToken")).toString();
        } else if (r.status == 401 && r.errorCode() == QStringLiteral("refresh_token_reused")) {
            ++reused;
        } else {
            ADD_FAILURE() << r;
        }
    }
    EXPECT_EQ(ok, 1);
    EXPECT_EQ(reused, 1);
    // The winner's successor went with the family, and so did the session.
    const HttpResponse successor = http().post(QStringLiteral("/api/v1/auth/refresh"),
                                               {{QStringLiteral("refreshToken"), winner}});
    EXPECT_EQ(successor.status, 401) << successor;
    EXPECT_EQ(http().get(QStringLiteral("/api/v1/auth/me")).status, 401);
}

TEST_P(AuthHttp, ChangePasswordAndSessionRevocation)
{
    addUser(QStringLiteral("asha@example.in"), QStringLiteral("owner"),
            QStringLiteral("Sunrise PG"));
    const QJsonObject phone = signIn(QStringLiteral("asha@example.in"));
    const QJsonObject laptop = signIn(QStringLiteral("asha@example.in"));
    HttpResponse r =
        http().post(QStringLiteral("/api/v1/auth/change-password"),
                    {{QStringLiteral("currentPassword"), kOtherPassword},
                     {QStringLiteral("newPassword"), QStringLiteral("Third-Password-99")}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.errorFields().value(QStringLiteral("currentPassword")).toString(),
              QStringLiteral("is not your current password"));
    r = http().post(QStringLiteral("/api/v1/auth/change-password"),
                    {{QStringLiteral("currentPassword"), kPassword},
                     {QStringLiteral("newPassword"), kOtherPassword}});
    ASSERT_EQ(r.status, 200) << r;
    EXPECT_EQ(r.json().value(QStringLiteral("sessionsRevoked")).toInt(), 1);
    EXPECT_EQ(getWith(QStringLiteral("/api/v1/auth/me"),
                      phone.value(QStringLiteral("accessToken")).toString().toLatin1())
                  .status,
              401);
    EXPECT_EQ(http().get(QStringLiteral("/api/v1/auth/me")).status, 200);
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kOtherPassword, QStringLiteral("192.0.2.9"))
                  .status,
              200);
    // Revoking one of its own sessions by id.
    r = http().get(QStringLiteral("/api/v1/auth/sessions"));
    const QJsonArray sessions = r.json().value(QStringLiteral("sessions")).toArray();
    ASSERT_EQ(sessions.size(), 2);
    QString other;
    for (const QJsonValue& s : sessions)
        if (!s.toObject().value(QStringLiteral("current")).toBool())
            other = s.toObject().value(QStringLiteral("id")).toString();
    EXPECT_EQ(http().del(QStringLiteral("/api/v1/auth/sessions/") + other).status, 204);
    EXPECT_EQ(http().del(QStringLiteral("/api/v1/auth/sessions/") + other).status, 404);
    (void)laptop;
}

TEST_P(AuthHttp, ForgotAndResetPasswordByTheMailedLink)
{
    addUser(QStringLiteral("asha@example.in"), QStringLiteral("owner"),
            QStringLiteral("Sunrise PG"));
    const HttpResponse known =
        http().post(QStringLiteral("/api/v1/auth/forgot-password"),
                    {{QStringLiteral("email"), QStringLiteral("asha@example.in")}});
    const HttpResponse unknown =
        http().post(QStringLiteral("/api/v1/auth/forgot-password"),
                    {{QStringLiteral("email"), QStringLiteral("x@example.in")}});
    EXPECT_EQ(known.status, 202) << known;
    EXPECT_EQ(unknown.status, 202);
    EXPECT_EQ(known.body, unknown.body);
    auto db = openDb();
    ASSERT_TRUE(db);
    auto variables = db->scalar(QStringLiteral("SELECT variables FROM mail_queue WHERE template = "
                                               "'password_reset'"));
    ASSERT_TRUE(variables.ok());
    const QUrl link(QJsonDocument::fromJson(variables.value().toString().toUtf8())
                        .object()
                        .value(QStringLiteral("resetUrl"))
                        .toString());
    const QString token = QUrlQuery(link).queryItemValue(QStringLiteral("token"));
    ASSERT_EQ(token.size(), 43);
    HttpResponse r = http().post(
        QStringLiteral("/api/v1/auth/reset-password"),
        {{QStringLiteral("token"), token}, {QStringLiteral("password"), QStringLiteral("weak")}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.errorFields().value(QStringLiteral("password")).toString(),
              QStringLiteral("must be at least 12 characters"));
    r = http().post(
        QStringLiteral("/api/v1/auth/reset-password"),
        {{QStringLiteral("token"), token}, {QStringLiteral("password"), kOtherPassword}});
    EXPECT_EQ(r.status, 200) << r;
    r = http().post(
        QStringLiteral("/api/v1/auth/reset-password"),
        {{QStringLiteral("token"), token}, {QStringLiteral("password"), kOtherPassword}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.errorCode(), QStringLiteral("invalid_token"));
    EXPECT_EQ(login(QStringLiteral("asha@example.in"), kOtherPassword).status, 200);
}

TEST_P(AuthHttp, TwoStepSignInFromEnrolmentToDisabling)
{
    addUser(QStringLiteral("asha@example.in"), QStringLiteral("owner"),
            QStringLiteral("Sunrise PG"));
    signIn(QStringLiteral("asha@example.in"));
    HttpResponse r = http().post(QStringLiteral("/api/v1/auth/mfa/enable"), {});
    ASSERT_EQ(r.status, 200) << r;
    const QByteArray secret =
        server::Totp::base32Decode(r.json().value(QStringLiteral("secret")).toString())
            .value_or(QByteArray());
    ASSERT_EQ(secret.size(), 20);
    const auto codeAt = [&](qint64 t) {
        return server::Totp::codeAt(secret, server::Totp::stepAt(t));
    };
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    r = http().post(QStringLiteral("/api/v1/auth/mfa/verify"),
                    {{QStringLiteral("code"), QStringLiteral("12")}});
    EXPECT_EQ(r.status, 400);
    // The current step's code turns it on (a step boundary passing meanwhile is inside the
    // ±1 window) ...
    r = http().post(QStringLiteral("/api/v1/auth/mfa/verify"),
                    {{QStringLiteral("code"), codeAt(now)}});
    ASSERT_EQ(r.status, 200) << r;
    // ... and signing in needs a code of a later step.
    r = login(QStringLiteral("asha@example.in"), kPassword);
    EXPECT_EQ(r.status, 401);
    EXPECT_TRUE(r.json().value(QStringLiteral("mfaRequired")).toBool());
    r = login(QStringLiteral("asha@example.in"), kPassword, QStringLiteral("203.0.113.7"),
              codeAt(QDateTime::currentSecsSinceEpoch() + 30));
    ASSERT_EQ(r.status, 200) << r;
    r = http().post(QStringLiteral("/api/v1/auth/mfa/disable"),
                    {{QStringLiteral("password"), kPassword},
                     {QStringLiteral("code"), QStringLiteral("000000")}});
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(http().post(QStringLiteral("/api/v1/auth/mfa/enable"), {}).status, 409);
}

RENTFLOW_BOTH_BACKENDS(AuthHttp);

TEST_P(AuthHttp, EveryEndpointButTheSignInOnesNeedsAnAccessToken)
{
    const QList<QPair<QByteArray, QString>> guarded = {
        {"POST", QStringLiteral("/api/v1/auth/logout")},
        {"GET", QStringLiteral("/api/v1/auth/me")},
        {"POST", QStringLiteral("/api/v1/auth/change-password")},
        {"GET", QStringLiteral("/api/v1/auth/sessions")},
        {"DELETE", QStringLiteral("/api/v1/auth/sessions/01a219ad-60f4-700d-b558-5966fa19d62b")},
        {"POST", QStringLiteral("/api/v1/auth/mfa/enable")},
        {"POST", QStringLiteral("/api/v1/auth/mfa/verify")},
        {"POST", QStringLiteral("/api/v1/auth/mfa/disable")},
        {"GET", QStringLiteral("/api/v1/auth/organisation/users")},
    };
    for (const auto& [method, path] : guarded) {
        const HttpResponse r =
            http().send(method, path, method == "POST" ? QByteArray("{}") : QByteArray(),
                        method == "POST" ? QByteArray("application/json") : QByteArray());
        EXPECT_EQ(r.status, 401) << method.constData() << ' ' << path.toStdString() << '\n' << r;
        EXPECT_EQ(r.errorCode(), QStringLiteral("unauthorized"));
    }
}

TEST_P(AuthHttp, OnlyThePlatformsSuperAdminReachesThePlatformsAdminRoutes)
{
    addUser(QStringLiteral("root@rentflow.in"), QStringLiteral("super_admin"), QString());
    addUser(QStringLiteral("owner@sunrise.in"), QStringLiteral("owner"),
            QStringLiteral("Sunrise PG"));
    addUser(QStringLiteral("manager@sunrise.in"), QStringLiteral("manager"),
            QStringLiteral("Sunrise PG"));
    const QString adminRoute = QStringLiteral("/api/v1/admin/mail-templates");
    for (const QString& email :
         {QStringLiteral("manager@sunrise.in"), QStringLiteral("owner@sunrise.in")}) {
        signIn(email);
        const HttpResponse r = http().get(adminRoute);
        EXPECT_EQ(r.status, 403) << email.toStdString() << '\n' << r;
        EXPECT_EQ(r.errorCode(), QStringLiteral("forbidden"));
    }
    const QJsonObject root = signIn(QStringLiteral("root@rentflow.in"));
    EXPECT_TRUE(root.value(QStringLiteral("user"))
                    .toObject()
                    .value(QStringLiteral("organisationId"))
                    .isNull());
    const HttpResponse r = http().get(adminRoute);
    EXPECT_EQ(r.status, 200) << r;
    http().setBearerToken({});
    EXPECT_EQ(http().get(adminRoute).status, 401);
}
