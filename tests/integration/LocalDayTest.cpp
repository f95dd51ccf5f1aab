// "Today" is the user's day on their own clock, never UTC's. rentflowctl runs in a
// zone whose date differs from UTC's at the moment the test runs, whatever the
// hour, so a date taken from UTC shows in every run, not only near midnight.
#include <support/Probe.h>
#include <support/ProcessRunner.h>
#include <support/TestWorkspace.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// A zone, and its date now, on a different day from UTC's. UTC−12 is a day behind
// from 00:00 to 12:00 UTC, UTC+14 a day ahead from 10:00 to 24:00 UTC. Choosing at
// 11:00 keeps its own midnight an hour or more away, so the date still holds when
// the program reads its clock a moment later.
struct OtherDay
{
    QByteArray zone;
    QDate localDate;
    QDate utcDate;
};

OtherDay zoneOnAnotherDay()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray zone = now.time().hour() < 11 ? QByteArrayLiteral("Etc/GMT+12")
                                                   : QByteArrayLiteral("Pacific/Kiritimati");
    return {zone, now.toTimeZone(QTimeZone(zone)).date(), now.date()};
}

class LocalDayTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_day = zoneOnAnotherDay();
        ASSERT_TRUE(QTimeZone(m_day.zone).isValid()) << m_day.zone.toStdString();
        ASSERT_NE(m_day.localDate, m_day.utcDate); // otherwise the test could not fail
        ASSERT_EQ(
            ctl({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Sunrise PG"),
                 QStringLiteral("--state-code"), QStringLiteral("29")})
                .exitCode,
            0);
        const auto resident = ctl({QStringLiteral("resident"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("Anjali Rao"),
                                   QStringLiteral("--phone"), QStringLiteral("9845012345")});
        ASSERT_EQ(resident.exitCode, 0) << resident.err.toStdString();
        m_resident = id(resident);
        ASSERT_FALSE(m_resident.isEmpty());
        const QString property = id(ctl({QStringLiteral("property"), QStringLiteral("add"),
                                         QStringLiteral("--name"), QStringLiteral("Koramangala"),
                                         QStringLiteral("--city"), QStringLiteral("Bengaluru"),
                                         QStringLiteral("--state-code"), QStringLiteral("29")}));
        const auto room =
            ctl({QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("--property"),
                 property, QStringLiteral("--floor"), QStringLiteral("1"),
                 QStringLiteral("--number"), QStringLiteral("101"), QStringLiteral("--beds"),
                 QStringLiteral("1"), QStringLiteral("--rent"), QStringLiteral("10000")});
        ASSERT_EQ(room.exitCode, 0) << room.err.toStdString();
        const QString bed = QJsonDocument::fromJson(room.out.toUtf8())
                                .object()
                                .value(QStringLiteral("bedIds"))
                                .toArray()
                                .first()
                                .toString();
        const auto checkIn =
            ctl({QStringLiteral("checkin"), QStringLiteral("--resident"), m_resident,
                 QStringLiteral("--bed"), bed, QStringLiteral("--date"),
                 m_day.localDate.addDays(-10).toString(Qt::ISODate), QStringLiteral("--rent"),
                 QStringLiteral("10000"), QStringLiteral("--deposit"), QStringLiteral("20000")});
        ASSERT_EQ(checkIn.exitCode, 0) << checkIn.err.toStdString();
    }
    static QString id(const test::ProcessResult& r)
    {
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8())
            .object()
            .value(QStringLiteral("id"))
            .toString();
    }

    // rentflowctl in the chosen zone, on this workspace, JSON output.
    test::ProcessResult ctl(QStringList args)
    {
        QProcessEnvironment env = test::ctlEnvironment();
        env.insert(QStringLiteral("TZ"), QString::fromLatin1(m_day.zone));
        args << QStringLiteral("--workspace") << m_tw.path() << QStringLiteral("--json")
             << QStringLiteral("--passphrase-env") << QStringLiteral("RENTFLOW_TEST_PASSPHRASE");
        return test::runProgram(test::ctlPath(), args, env);
    }
    test::ProcessResult pay(const QStringList& more = {})
    {
        return ctl(QStringList{QStringLiteral("payment"), QStringLiteral("add"),
                               QStringLiteral("--resident"), m_resident, QStringLiteral("--amount"),
                               QStringLiteral("5000"), QStringLiteral("--method"),
                               QStringLiteral("cash")} +
                   more);
    }
    QString receivedOn()
    {
        auto ws = m_tw.open();
        return ws ? test::text(ws->store(), QStringLiteral("SELECT group_concat(received_on) "
                                                           "FROM payment"))
                  : QStringLiteral("<no workspace>");
    }

    test::TestWorkspace m_tw;
    OtherDay m_day;
    QString m_resident;
};

TEST_F(LocalDayTest, APaymentWithoutADateIsReceivedOnTheLocalDay)
{
    const auto r = pay();
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(receivedOn().toStdString(), m_day.localDate.toString(Qt::ISODate).toStdString())
        << m_day.zone.toStdString();
}

TEST_F(LocalDayTest, TheLocalDayIsTodayAndTheNextDayIsTheFuture)
{
    // Ahead of UTC, the local day is UTC's tomorrow and still not "in the future";
    // behind it, UTC's today is the local tomorrow and is.
    const auto today = pay({QStringLiteral("--date"), m_day.localDate.toString(Qt::ISODate)});
    EXPECT_EQ(today.exitCode, 0) << today.err.toStdString();
    const auto tomorrow =
        pay({QStringLiteral("--date"), m_day.localDate.addDays(1).toString(Qt::ISODate)});
    EXPECT_EQ(tomorrow.exitCode, 2);
    EXPECT_TRUE(tomorrow.err.contains(QStringLiteral("date"))) << tomorrow.err.toStdString();
    // Only the first was written.
    EXPECT_EQ(receivedOn().toStdString(), m_day.localDate.toString(Qt::ISODate).toStdString());
}

} // namespace
