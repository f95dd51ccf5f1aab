// The mail-template admin routes over real HTTP on 127.0.0.1, through the server's own
// route wrapper (Routes) on a listener thread with its own connection, on each backend,
// with a stand-in authenticator that knows two bearer tokens ("super" → super_admin,
// "manager" → manager).
#include "HttpClient.h"
#include "MailTestDatabase.h"

#include "server/http/ApiReply.h"
#include "server/http/Call.h"
#include "server/http/Routes.h"
#include "server/http/Services.h"
#include "server/mail/MailTemplate.h"
#include "server/mail/MailTemplateRoutes.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>

#include <future>

#include <gtest/gtest.h>

using namespace rentflow::server;
using rentflow::server::test::MailTestDatabase;

namespace {

// A listener thread like the server's: its own database connection, QHttpServer and
// Routes, answering only the mail-template routes.
class RouteThread : public QThread
{
public:
    RouteThread(Services& services) : m_services(services) {}

    // The port it listens on, or 0 when it could not start.
    quint16 waitUntilListening() { return m_port.get_future().get(); }

protected:
    void run() override
    {
        auto db = openServerDb(m_services.database(), QStringLiteral("mail-routes-test"));
        if (!db) {
            m_port.set_value(0);
            return;
        }
        QHttpServer http;
        auto* listener = new QTcpServer(&http); // goes with the QHttpServer
        if (!listener->listen(QHostAddress::LocalHost, 0)) {
            m_port.set_value(0);
            return;
        }
        Routes routes(http, *db.value(), m_services);
        addMailTemplateRoutes(routes);
        http.bind(listener);
        m_port.set_value(listener->serverPort());
        exec();
    }

private:
    Services& m_services;
    std::promise<quint16> m_port;
};

using rentflow::test::HttpClient;
using rentflow::test::HttpResponse;

class MailTemplateRoutesTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_database.open()) << m_database.error().toStdString();
        ServerConfig config;
        config.listenHost = QHostAddress::LocalHost;
        m_services = std::make_unique<Services>(config, m_database.target());
        m_services->authenticate = [](Call& call) {
            const QByteArray token = call.request.value("Authorization");
            Authentication answer;
            if (token == "Bearer super")
                answer.principal = Principal{QStringLiteral("user-super"), QString(),
                                             QStringLiteral("s1"), Role::SuperAdmin};
            else if (token == "Bearer manager")
                answer.principal =
                    Principal{QStringLiteral("user-manager"), QStringLiteral("org-1"),
                              QStringLiteral("s2"), Role::Manager};
            return answer;
        };
        m_thread = std::make_unique<RouteThread>(*m_services);
        m_thread->start();
        m_port = m_thread->waitUntilListening();
        ASSERT_NE(m_port, 0);
    }

    void TearDown() override
    {
        if (m_thread) {
            m_thread->quit();
            m_thread->wait();
        }
        m_thread.reset();
    }

    // Through the harness's client, so the OpenAPI check sees every exchange.
    HttpResponse call(const QByteArray& method, const QString& path,
                      const QByteArray& token = "super", const QByteArray& body = {})
    {
        HttpClient client(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
        if (!token.isEmpty())
            client.setBearerToken(QString::fromLatin1(token));
        return client.send(method, path, body,
                           body.isNull() ? QByteArray() : QByteArray("application/json"));
    }

    static QByteArray json(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    int auditRows(const QString& action, const QString& name)
    {
        auto count = m_database.db().scalar(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity = "
                           "'mail_template' AND entity_id = ? AND actor_id = 'user-super'"),
            {action, name});
        EXPECT_TRUE(count.ok());
        return count.ok() ? count.value().toInt() : -1;
    }

    const QString kBase = QStringLiteral("/api/v1/admin/mail-templates");
    MailTestDatabase m_database{GetParam()};
    std::unique_ptr<Services> m_services;
    std::unique_ptr<RouteThread> m_thread;
    quint16 m_port = 0;
};

} // namespace

TEST_P(MailTemplateRoutesTest, ListsEveryTemplateWithItsVariables)
{
    const HttpResponse reply = call("GET", kBase);
    ASSERT_EQ(reply.status, 200);
    const QJsonArray list = reply.json().value(QStringLiteral("templates")).toArray();
    ASSERT_EQ(list.size(), 4);
    QStringList names;
    for (const QJsonValue& entry : list) {
        names << entry[QStringLiteral("name")].toString();
        EXPECT_FALSE(entry[QStringLiteral("overridden")].toBool());
        EXPECT_TRUE(entry[QStringLiteral("updatedAt")].isNull());
    }
    EXPECT_EQ(names,
              (QStringList{QStringLiteral("waitlist_welcome"), QStringLiteral("investor_ack"),
                           QStringLiteral("password_reset"), QStringLiteral("invite")}));
    EXPECT_EQ(list[0][QStringLiteral("variables")].toArray(),
              (QJsonArray{QStringLiteral("fullName"), QStringLiteral("position"),
                          QStringLiteral("referralCode"), QStringLiteral("referralLink")}));
}

TEST_P(MailTemplateRoutesTest, ShowsSavesAndResetsAnOverride)
{
    HttpResponse shipped = call("GET", kBase + QStringLiteral("/password_reset"));
    ASSERT_EQ(shipped.status, 200);
    EXPECT_EQ(shipped.json()[QStringLiteral("subject")].toString(),
              QStringLiteral("Reset your RentFlow password"));
    EXPECT_FALSE(shipped.json()[QStringLiteral("overridden")].toBool());

    const QJsonObject wording{
        {QStringLiteral("subject"), QStringLiteral("पासवर्ड बदलें ({{expiresInMinutes}} मिनट)")},
        {QStringLiteral("text"), QStringLiteral("{{resetUrl}}")},
        {QStringLiteral("html"), QStringLiteral("<a href=\"{{resetUrl}}\">x</a>")}};
    HttpResponse saved =
        call("PUT", kBase + QStringLiteral("/password_reset"), "super", json(wording));
    ASSERT_EQ(saved.status, 200) << saved.describe().toStdString();
    EXPECT_EQ(saved.json()[QStringLiteral("subject")].toString(),
              QStringLiteral("पासवर्ड बदलें ({{expiresInMinutes}} मिनट)"));
    EXPECT_TRUE(saved.json()[QStringLiteral("overridden")].toBool());
    EXPECT_TRUE(QDateTime::fromString(saved.json()[QStringLiteral("updatedAt")].toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
    EXPECT_EQ(call("GET", kBase + QStringLiteral("/password_reset")).json(), saved.json());
    EXPECT_EQ(auditRows(QStringLiteral("mail_template.update"), QStringLiteral("password_reset")),
              1);

    EXPECT_EQ(call("DELETE", kBase + QStringLiteral("/password_reset")).status, 204);
    EXPECT_EQ(call("GET", kBase + QStringLiteral("/password_reset")).json(), shipped.json());
    EXPECT_EQ(auditRows(QStringLiteral("mail_template.reset"), QStringLiteral("password_reset")),
              1);
    // Resetting what is not overridden changes (and audits) nothing.
    EXPECT_EQ(call("DELETE", kBase + QStringLiteral("/password_reset")).status, 204);
    EXPECT_EQ(auditRows(QStringLiteral("mail_template.reset"), QStringLiteral("password_reset")),
              1);
}

TEST_P(MailTemplateRoutesTest, RefusesWordingThatCouldNotBeSentAndChangesNothing)
{
    const QString path = kBase + QStringLiteral("/invite");
    const QJsonObject good{{QStringLiteral("subject"), QStringLiteral("s")},
                           {QStringLiteral("text"), QStringLiteral("{{inviteLink}}")},
                           {QStringLiteral("html"), QString()}};
    struct Case
    {
        QJsonObject body;
        QString field;
        QString message;
    };
    QJsonObject unknown = good;
    unknown[QStringLiteral("text")] = QStringLiteral("{{token}}");
    QJsonObject missing = good;
    missing.remove(QStringLiteral("subject"));
    QJsonObject wrongType = good;
    wrongType[QStringLiteral("html")] = 5;
    QJsonObject unclosed = good;
    unclosed[QStringLiteral("html")] = QStringLiteral("<p>{{name</p>");
    QJsonObject blank = good;
    blank[QStringLiteral("text")] = QStringLiteral("  ");
    QJsonObject longSubject = good;
    longSubject[QStringLiteral("subject")] = QString(201, QLatin1Char('s'));
    const Case cases[] = {
        {unknown, QStringLiteral("template"),
         QStringLiteral("{{token}} is not one of this template's variables: name, inviteLink")},
        {missing, QStringLiteral("subject"), QStringLiteral("is required")},
        {wrongType, QStringLiteral("html"), QStringLiteral("must be a string")},
        {unclosed, QStringLiteral("html"), QStringLiteral("\"{{\" without \"}}\"")},
        {blank, QStringLiteral("text"), QStringLiteral("must not be empty")},
        {longSubject, QStringLiteral("subject"), QStringLiteral("is longer than 200 characters")},
    };
    for (const Case& c : cases) {
        const HttpResponse reply = call("PUT", path, "super", json(c.body));
        EXPECT_EQ(reply.status, 400) << c.field.toStdString();
        EXPECT_EQ(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                  QStringLiteral("invalid_input"));
        EXPECT_EQ(reply.errorFields().value(c.field).toString(), c.message)
            << c.field.toStdString();
    }
    const HttpResponse notJson = call("PUT", path, "super", QByteArray("{\"subject\": "));
    EXPECT_EQ(notJson.status, 400);
    EXPECT_EQ(notJson.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
              QStringLiteral("invalid_json"));
    EXPECT_FALSE(call("GET", path).json()[QStringLiteral("overridden")].toBool());
    EXPECT_EQ(auditRows(QStringLiteral("mail_template.update"), QStringLiteral("invite")), 0);
}

TEST_P(MailTemplateRoutesTest, AnUnknownTemplateIsNotFound)
{
    const QString path = kBase + QStringLiteral("/nope");
    const QByteArray body = json({{QStringLiteral("subject"), QStringLiteral("s")},
                                  {QStringLiteral("text"), QStringLiteral("t")},
                                  {QStringLiteral("html"), QString()}});
    for (const QByteArray& method : {QByteArray("GET"), QByteArray("PUT"), QByteArray("DELETE")}) {
        const HttpResponse reply =
            call(method, path, "super", method == "PUT" ? body : QByteArray());
        EXPECT_EQ(reply.status, 404) << method.constData();
        EXPECT_EQ(reply.json()[QStringLiteral("error")][QStringLiteral("code")].toString(),
                  QStringLiteral("not_found"));
    }
}

TEST_P(MailTemplateRoutesTest, OnlyASuperAdminMayReadOrChangeThem)
{
    const QString path = kBase + QStringLiteral("/invite");
    const QByteArray body = json({{QStringLiteral("subject"), QStringLiteral("s")},
                                  {QStringLiteral("text"), QStringLiteral("t")},
                                  {QStringLiteral("html"), QString()}});
    EXPECT_EQ(call("GET", kBase, "manager").status, 403);
    EXPECT_EQ(call("GET", path, "manager").status, 403);
    EXPECT_EQ(call("PUT", path, "manager", body).status, 403);
    EXPECT_EQ(call("DELETE", path, "manager").status, 403);
    EXPECT_EQ(call("GET", kBase, QByteArray()).status, 401);
    EXPECT_EQ(call("PUT", path, QByteArray(), body).status, 401);
    EXPECT_FALSE(call("GET", path).json()[QStringLiteral("overridden")].toBool());
}

INSTANTIATE_TEST_SUITE_P(Backends, MailTemplateRoutesTest,
                         ::testing::ValuesIn(MailTestDatabase::backends()),
                         [](const ::testing::TestParamInfo<Backend>& info) {
                             return MailTestDatabase::backendName(info.param).toStdString();
                         });
