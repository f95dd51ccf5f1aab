#pragma once

// A migrated embedded database, keys, and a clock the test moves, for driving the auth
// flows without HTTP (the integration suite drives them over HTTP on both backends).

#include "server/auth/AuthContext.h"
#include "server/auth/AuthFlows.h"
#include "server/auth/PasswordHasher.h"
#include "server/auth/SecretBox.h"
#include "server/auth/SigningKeys.h"
#include "server/http/ServerConfig.h"
#include "server/storage/DatabaseTarget.h"
#include "server/storage/ServerMigrations.h"

#include <support/FakeKeyStore.h>

#include <store/Uuid7.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace authtest {

using namespace rentflow::server;

// What a flow answered.
struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray retryAfter;
    QByteArray wwwAuthenticate;
    QString errorCode() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QJsonObject fields() const
    {
        return json.value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("fields"))
            .toObject();
    }
};

inline Answer answerOf(const QHttpServerResponse& reply)
{
    Answer a;
    a.status = static_cast<int>(reply.statusCode());
    a.json = QJsonDocument::fromJson(reply.data()).object();
    a.retryAfter = reply.headers(QByteArrayLiteral("Retry-After")).value(0);
    a.wwwAuthenticate = reply.headers(QByteArrayLiteral("WWW-Authenticate")).value(0);
    return a;
}

// Passwords that meet the seed's policy.
inline const QString kPassword = QStringLiteral("Correct-Horse-42");
inline const QString kOtherPassword = QStringLiteral("Another-Secret-77");

class AuthFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ServerConfig config;
        config.dataDir = m_dir.filePath(QStringLiteral("data"));
        auto target = resolveDatabaseTarget(config, QProcessEnvironment(), m_keychain);
        ASSERT_TRUE(target.ok()) << target.error().message.toStdString();
        auto opened = openServerDb(target.value(), QStringLiteral("auth-flows"), true);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_db = opened.take();
        auto migrated = migrateServerDb(*m_db);
        ASSERT_TRUE(migrated.ok()) << migrated.error().message.toStdString();

        auto keys = SigningKeys::loadOrCreate(m_dir.filePath(QStringLiteral("keys")));
        ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const SigningKeys>>(keys));
        m_ctx = std::make_shared<AuthContext>(std::get<std::shared_ptr<const SigningKeys>>(keys),
                                              SecretBox::fromKey(QByteArray(32, 'k')),
                                              PasswordHasher::minimumLimits(), 1.0,
                                              QStringLiteral("https://rentflow.in"));
        m_now = QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC);
        m_ctx->setClock([this] { return m_now; });
    }

    auth::Env env(const QString& ip = QStringLiteral("203.0.113.7"))
    {
        return auth::Env{
            *m_db, *m_ctx,
            auth::Client{ip, QStringLiteral("RentFlow-Test/1.0"), QStringLiteral("req-test")}};
    }

    QString addOrganisation(const QString& name)
    {
        const QString id = rentflow::store::Uuid7::generate();
        auto made = m_db->exec(QStringLiteral("INSERT INTO organisations(id, name, name_key, "
                                              "created_at) VALUES (?, ?, ?, ?)"),
                               {id, name, name.toLower(), AuthContext::iso(m_now)});
        EXPECT_TRUE(made.ok());
        return id;
    }

    QString addUser(const QString& email, Role role, const QString& orgId,
                    const QString& password = kPassword)
    {
        const QString id = rentflow::store::Uuid7::generate();
        const auto hash = m_ctx->hasher().hash(password);
        const QString now = AuthContext::iso(m_now);
        auto made = m_db->exec(
            QStringLiteral("INSERT INTO users(id, organisation_id, email, password_hash, role, "
                           "status, password_changed_at, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?)"),
            {id, orgId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(orgId), email,
             QString::fromLatin1(hash.value_or(QByteArray())), roleName(role), now, now, now});
        EXPECT_TRUE(made.ok()) << (made.ok() ? std::string() : made.error().message.toStdString());
        return id;
    }

    Answer login(const QString& email, const QString& password, const QString& totp = {},
                 const QString& ip = QStringLiteral("203.0.113.7"))
    {
        QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
        if (!totp.isEmpty())
            body.insert(QStringLiteral("totp"), totp);
        auto e = env(ip);
        return answerOf(auth::login(e, body));
    }

    // The principal the access token of a login answer stands for (through the real
    // authenticator).
    std::optional<Principal> principalOf(const Answer& loggedIn)
    {
        const QByteArray header =
            "Bearer " + loggedIn.json.value(QStringLiteral("accessToken")).toString().toLatin1();
        auto result = auth::authenticateBearer(*m_db, *m_ctx, header);
        return result.principal;
    }

    QVariant scalar(const QString& sql, const QVariantList& binds = {})
    {
        auto value = m_db->scalar(sql, binds);
        EXPECT_TRUE(value.ok());
        return value.ok() ? value.value() : QVariant();
    }

    QTemporaryDir m_dir;
    rentflow::test::FakeKeyStore m_keychain;
    std::unique_ptr<ServerDb> m_db;
    std::shared_ptr<AuthContext> m_ctx;
    QDateTime m_now;
};

} // namespace authtest
