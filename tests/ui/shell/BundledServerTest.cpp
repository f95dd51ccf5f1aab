// The rentflow-server that comes with the app: started for the open workspace on
// loopback, its data beside the workspace under a key derived from the workspace's, on
// another port when its own is taken, and stopped cleanly.
#include "ShellTestSupport.h"

#include <shell/BundledServer.h>
#include <support/SamplePg.h>

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTimer>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// Lets this test's BundledServer start the built rentflow-server.
class BundledServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        test::freshSettings();
        qunsetenv("RENTFLOW_NO_BUNDLED_SERVER");
        qputenv("RENTFLOW_SERVER_PROGRAM", RENTFLOW_SERVER_PATH);
    }
    void TearDown() override
    {
        qputenv("RENTFLOW_NO_BUNDLED_SERVER", "1");
        qunsetenv("RENTFLOW_SERVER_PROGRAM");
    }
};

struct Reply
{
    int status = 0;
    QJsonObject json;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
};

Reply get(const QString& url)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
              QJsonDocument::fromJson(reply->readAll()).object(), reply->error()};
    reply->deleteLater();
    return out;
}

bool waitUntilListening(ui::BundledServer& server)
{
    if (server.isListening())
        return true;
    QSignalSpy listening(&server, &ui::BundledServer::listening);
    return listening.wait(20000);
}

} // namespace

TEST_F(BundledServerTest, StartsForTheWorkspaceAnswersOnLoopbackAndStopsCleanly)
{
    test::SamplePg pg;
    ui::BundledServer server(QStringLiteral("127.0.0.1:0"));
    server.start(*pg.workspace);
    ASSERT_TRUE(waitUntilListening(server)) << server.status().toStdString();
    const QString url = server.url();
    EXPECT_TRUE(url.startsWith(QStringLiteral("http://127.0.0.1:")));
    EXPECT_EQ(server.status(), QStringLiteral("Server: ") + url);
    EXPECT_EQ(QSettings().value(QStringLiteral("server/url")).toString(), url); // for the CRM
    // Its data beside the workspace, encrypted (a SQLCipher file has no SQLite header).
    const QString data = pg.workspace->directory() + QStringLiteral("-server/server.db");
    ASSERT_TRUE(QFileInfo::exists(data));
    EXPECT_FALSE(test::readFile(data).startsWith("SQLite format 3"));

    const Reply answer = get(url + QStringLiteral("/api/v1/no-such-thing"));
    EXPECT_EQ(answer.status, 404);
    EXPECT_EQ(answer.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")),
              QStringLiteral("not_found"));

    server.stop();
    EXPECT_EQ(server.status(), QStringLiteral("Server: stopped"));
    EXPECT_FALSE(server.isListening());
    EXPECT_EQ(get(url + QStringLiteral("/api/v1/no-such-thing")).error,
              QNetworkReply::ConnectionRefusedError);
}

TEST_F(BundledServerTest, TheSecondStartOpensTheSameDataWithTheKeyDerivedAgain)
{
    test::SamplePg pg;
    ui::BundledServer server(QStringLiteral("127.0.0.1:0"));
    server.start(*pg.workspace);
    ASSERT_TRUE(waitUntilListening(server)) << server.status().toStdString();
    server.stop();
    server.start(*pg.workspace);
    ASSERT_TRUE(waitUntilListening(server)) << server.status().toStdString();
    server.stop();
}

TEST_F(BundledServerTest, ItsPortTakenByAnotherProgramItListensOnAnother)
{
    QTcpServer other;
    ASSERT_TRUE(other.listen(QHostAddress::LocalHost, 0));
    const QString taken = QStringLiteral("127.0.0.1:%1").arg(other.serverPort());
    test::SamplePg pg;
    ui::BundledServer server(taken);
    server.start(*pg.workspace);
    ASSERT_TRUE(waitUntilListening(server)) << server.status().toStdString();
    EXPECT_FALSE(server.url().endsWith(QStringLiteral(":%1").arg(other.serverPort())));
    EXPECT_EQ(get(server.url() + QStringLiteral("/x")).status, 404);
}

TEST_F(BundledServerTest, WithoutTheProgramOrWhenTurnedOffTheStatusSaysSo)
{
    test::SamplePg pg;
    qputenv("RENTFLOW_SERVER_PROGRAM", "/no/such/rentflow-server");
    ui::BundledServer missing(QStringLiteral("127.0.0.1:0"));
    missing.start(*pg.workspace);
    EXPECT_EQ(missing.status(), QStringLiteral("Server: not installed beside the app"));
    EXPECT_FALSE(missing.isListening());

    qputenv("RENTFLOW_SERVER_PROGRAM", RENTFLOW_SERVER_PATH);
    qputenv("RENTFLOW_NO_BUNDLED_SERVER", "1");
    ui::BundledServer off(QStringLiteral("127.0.0.1:0"));
    off.start(*pg.workspace);
    EXPECT_TRUE(off.status().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(pg.workspace->directory() + QStringLiteral("-server")));
}
