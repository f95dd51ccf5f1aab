// What the public endpoints' HTTP tests share: the paths, Appendix A's bodies, the shape
// checks, and the fixtures (a server that trusts the test as its proxy, so each test speaks
// for several clients; on PostgreSQL, a direct look at what was stored).
#pragma once

#include "BothBackends.h"
#include "PostgresServer.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>

namespace rentflow::test::publicapi {

inline const QString kWaitlist = QStringLiteral("/api/v1/waitlist");
inline const QString kPosition = QStringLiteral("/api/v1/waitlist/position");
inline const QString kReferral = QStringLiteral("/api/v1/waitlist/referral");
inline const QString kStats = QStringLiteral("/api/v1/waitlist/stats");
inline const QString kInvestor = QStringLiteral("/api/v1/investor-leads");
inline const QString kRoi = QStringLiteral("/api/v1/analytics/roi-calculation");

inline QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// Appendix A's bodies, verbatim.
inline QJsonObject appendixA1()
{
    return json(R"({
      "email": "user@example.com",
      "fullName": "John Doe",
      "phone": "9876543210",
      "companyName": "Doe PG Services",
      "referralCode": "JOHN2026",
      "source": "landing_page",
      "utmCampaign": "early_access",
      "utmSource": "google",
      "utmMedium": "cpc"
    })");
}

inline QJsonObject appendixA2()
{
    return json(R"({
      "fullName": "Jane Smith",
      "email": "jane@vcfirm.com",
      "phone": "+91-9876543210",
      "investorType": "VC",
      "linkedinUrl": "https://linkedin.com/in/janesmith",
      "message": "Interested in learning more about RentFlow's growth metrics."
    })");
}

inline QJsonObject appendixA3()
{
    return json(R"({
      "inputs": {"properties": 5, "bedsPerProperty": 20, "avgRent": 12000, "utilityCostPerBed": 800},
      "results": {"adminHoursSaved": 75, "revenueLeakageRecovered": 24000, "annualProfitImpact": 529200},
      "sessionId": "sess-uuid",
      "source": "landing_page"
    })");
}

inline QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

inline const QRegularExpression
    kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
inline const QRegularExpression
    kTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));

inline HttpHeaders from(const QString& ip)
{
    return {{QByteArrayLiteral("X-Forwarded-For"), ip.toLatin1()}};
}

class PublicEndpointsTest : public BothBackends
{
protected:
    // The test process is the trusted proxy, so each test can speak for several clients
    // (X-Forwarded-For); the seed's rate limits as they are (multiplier 1).
    QStringList serverArgs() const override
    {
        return {QStringLiteral("--trusted-proxies"),       QStringLiteral("127.0.0.1"),
                QStringLiteral("--public-base-url"),       QStringLiteral("https://rentflow.in"),
                QStringLiteral("--referral-boost"),        QStringLiteral("2"),
                QStringLiteral("--cors-origins"),          QStringLiteral("https://rentflow.in"),
                QStringLiteral("--max-body-bytes"),        QStringLiteral("8192"),
                QStringLiteral("--rate-limit-multiplier"), QStringLiteral("1")};
    }

    // A join from its own client address (so the 3-per-hour limit stays out of the way).
    HttpResponse join(const QJsonObject& body)
    {
        return http().post(kWaitlist, body, from(nextIp()));
    }
    HttpResponse joinEmail(const QString& email, const QString& code = {})
    {
        QJsonObject body{{QStringLiteral("email"), email}};
        if (!code.isEmpty())
            body.insert(QStringLiteral("referralCode"), code);
        return join(body);
    }
    QJsonObject positionOf(const QString& email)
    {
        const HttpResponse r = http().get(kPosition + QStringLiteral("?email=") +
                                              QString::fromLatin1(QUrl::toPercentEncoding(email)),
                                          from(nextIp()));
        EXPECT_EQ(r.status, 200) << r;
        return r.json();
    }
    QString nextIp()
    {
        const int n = m_ip++;
        return QStringLiteral("10.1.%1.%2").arg(n / 250).arg(n % 250 + 1);
    }

private:
    int m_ip = 0;
};

// On PostgreSQL only: two server processes on one database (ISSUE 11 item 9; the embedded
// file belongs to one process), and what was stored, read back from the database itself.
class PublicPostgresTest : public PublicEndpointsTest
{
protected:
    void TearDown() override
    {
        QSqlDatabase::removeDatabase(QStringLiteral("public-check"));
        PublicEndpointsTest::TearDown();
    }
    // The rows of one query, each as its columns joined by '|'.
    QStringList rows(const QString& sql)
    {
        if (!QSqlDatabase::contains(QStringLiteral("public-check"))) {
            EXPECT_TRUE(PostgresServer::shared().openConnection(QStringLiteral("public-check"),
                                                                testServer().databaseName()))
                << PostgresServer::shared().error().toStdString();
        }
        QSqlQuery q(QSqlDatabase::database(QStringLiteral("public-check")));
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        QStringList out;
        while (q.next()) {
            QStringList columns;
            for (int i = 0; i < q.record().count(); ++i)
                columns.append(q.value(i).toString());
            out.append(columns.join(QLatin1Char('|')));
        }
        return out;
    }
};

} // namespace rentflow::test::publicapi
