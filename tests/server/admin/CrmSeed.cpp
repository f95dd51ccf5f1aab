#include "CrmSeed.h"

#include "server/auth/UserAddCommand.h"
#include "server/http/ServerConfig.h"

#include <support/FakeKeyStore.h>

#include <QProcessEnvironment>

namespace rentflow::test::crm {

QString addUser(TestServer& server, const QString& email, const QString& password,
                const QString& role, const QString& org)
{
    // The auth area's own `user add`, run in this process on the server's storage (the
    // command line does the same through app/server/main.cpp).
    server::ServerConfig config;
    config.dataDir = server.dataDir();
    if (server.backend() == Backend::Postgres)
        config.databaseUrl = server.databaseUrl();
    else
        config.passphraseEnv = QString::fromLatin1(ServerProcess::kPassphraseVariable);
    QProcessEnvironment environment;
    environment.insert(QString::fromLatin1(ServerProcess::kPassphraseVariable),
                       QString::fromLatin1(ServerProcess::kPassphrase));
    environment.insert(QStringLiteral("CRM_TEST_PASSWORD"), password);
    FakeKeyStore keys;
    const server::UserAddOutcome outcome = server::runUserAdd(
        {email, QStringLiteral("CRM_TEST_PASSWORD"), role, org}, config, environment, keys);
    if (outcome.exitCode == 0)
        return {};
    return QStringLiteral("user add exited %1: %2").arg(outcome.exitCode).arg(outcome.message);
}

QString signIn(HttpClient& http, const QString& email, const QString& password, QString* why)
{
    const HttpResponse r =
        http.post(QStringLiteral("/api/v1/auth/login"),
                  {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
    const QString token = r.json().value(QStringLiteral("accessToken")).toString();
    if (token.isEmpty() && why)
        *why = r.describe();
    return token;
}

QString joinWaitlist(HttpClient& http, const QString& email, const QString& fullName,
                     const QString& phone)
{
    QJsonObject body{{QStringLiteral("email"), email},
                     {QStringLiteral("fullName"), fullName},
                     {QStringLiteral("source"), QStringLiteral("landing_page")},
                     {QStringLiteral("timeOnPageMs"), 15000}};
    if (!phone.isEmpty())
        body.insert(QStringLiteral("phone"), phone);
    const HttpResponse r = http.post(QStringLiteral("/api/v1/waitlist"), body);
    return r.status == 201 ? r.json().value(QStringLiteral("id")).toString() : QString();
}

QString sendLead(HttpClient& http, const QString& email, const QString& fullName,
                 const QString& investorType)
{
    const HttpResponse r =
        http.post(QStringLiteral("/api/v1/investor-leads"),
                  {{QStringLiteral("email"), email},
                   {QStringLiteral("fullName"), fullName},
                   {QStringLiteral("investorType"), investorType},
                   {QStringLiteral("message"), QStringLiteral("Interested in the growth numbers.")},
                   {QStringLiteral("timeOnPageMs"), 15000}});
    return r.status == 201 ? r.json().value(QStringLiteral("id")).toString() : QString();
}

} // namespace rentflow::test::crm
