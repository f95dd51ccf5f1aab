// `reading add` through the real rentflowctl: readings out of order, or inside
// days already billed, exit 2 naming the field and change nothing.
#include <domain/BillingPeriod.h>
#include <support/ProcessRunner.h>
#include <support/TestWorkspace.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

class UtilityCtlTest : public ::testing::Test
{
protected:
    test::ProcessResult ctl(QStringList args)
    {
        args << QStringLiteral("--workspace") << m_tw.path() << QStringLiteral("--json")
             << QStringLiteral("--passphrase-env") << QStringLiteral("RENTFLOW_TEST_PASSPHRASE");
        return test::runCtl(args);
    }
    QJsonObject ok(const QStringList& args)
    {
        const auto r = ctl(args);
        EXPECT_EQ(r.exitCode, 0) << args.join(QLatin1Char(' ')).toStdString() << "\n"
                                 << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    // Must exit 2 naming `field`, and leave the database file as it was.
    void refusedUnchanged(const QStringList& args, const QString& field, const QString& part)
    {
        const QByteArray before = test::readFile(m_tw.dbPath());
        const auto r = ctl(args);
        EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("--%1: ").arg(field)) && r.err.contains(part))
            << r.err.toStdString();
        EXPECT_EQ(test::readFile(m_tw.dbPath()), before);
    }
    QStringList reading(QDate date, const char* value)
    {
        return {QStringLiteral("reading"), QStringLiteral("add"),
                QStringLiteral("--meter"), m_meter,
                QStringLiteral("--date"),  date.toString(Qt::ISODate),
                QStringLiteral("--value"), QString::fromLatin1(value)};
    }

    test::TestWorkspace m_tw;
    QString m_meter;
};

} // namespace

TEST_F(UtilityCtlTest, ReadingsOutOfOrderOrInsideBilledDaysExitTwoAndWriteNothing)
{
    ok({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Sunrise PG"),
        QStringLiteral("--state-code"), QStringLiteral("29")});
    const QString property =
        ok({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Koramangala"), QStringLiteral("--city"), QStringLiteral("Bengaluru"),
            QStringLiteral("--state-code"), QStringLiteral("29")})
            .value(QStringLiteral("id"))
            .toString();
    const QJsonObject room =
        ok({QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("--property"), property,
            QStringLiteral("--floor"), QStringLiteral("1"), QStringLiteral("--number"),
            QStringLiteral("101"), QStringLiteral("--beds"), QStringLiteral("2"),
            QStringLiteral("--rent"), QStringLiteral("10000"), QStringLiteral("--meter")});
    m_meter = room.value(QStringLiteral("meterId")).toString();
    const QString bed = room.value(QStringLiteral("bedIds")).toArray().first().toString();
    ok({QStringLiteral("meter"), QStringLiteral("tariff"), QStringLiteral("--meter"), m_meter,
        QStringLiteral("--rate"), QStringLiteral("10")});
    const QString resident = ok({QStringLiteral("resident"), QStringLiteral("add"),
                                 QStringLiteral("--name"), QStringLiteral("Lakshmi Narayanan"),
                                 QStringLiteral("--phone"), QStringLiteral("9845012345")})
                                 .value(QStringLiteral("id"))
                                 .toString();
    // Dates relative to today (the CLI refuses future days): last month is read at both ends
    // and billed by this month's run.
    const BillingPeriod last = BillingPeriod::containing(QDate::currentDate()).previous();
    ok({QStringLiteral("checkin"), QStringLiteral("--resident"), resident, QStringLiteral("--bed"),
        bed, QStringLiteral("--date"), last.firstDay().addDays(-1).toString(Qt::ISODate),
        QStringLiteral("--rent"), QStringLiteral("10000"), QStringLiteral("--deposit"),
        QStringLiteral("0")});
    ok(reading(last.firstDay().addDays(-1), "1000"));
    ok(reading(last.lastDay(), "1300"));
    // Between the two, above the later one (1,400 > 1,300).
    refusedUnchanged(reading(last.firstDay().addDays(9), "1400"), QStringLiteral("value"),
                     QStringLiteral("above the next reading"));
    ok({QStringLiteral("billing"), QStringLiteral("run"), QStringLiteral("--month"),
        BillingPeriod::containing(QDate::currentDate()).toString()});
    // Now those days are billed: a reading among them is refused even at a fitting value.
    refusedUnchanged(reading(last.firstDay().addDays(9), "1100"), QStringLiteral("date"),
                     QStringLiteral("has already billed"));
}
