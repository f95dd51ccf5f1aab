// rentflowctl driven as scripts drive it: arguments in, exit code and output out.
#include <store/Migrator.h>
#include <support/ProcessRunner.h>
#include <support/TestWorkspace.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;
using test::runCtl;

namespace {

class CtlTest : public ::testing::Test
{
protected:
    // rentflowctl with this workspace and the test passphrase, JSON output.
    test::ProcessResult ctl(QStringList args, bool withPassphrase = true)
    {
        args << QStringLiteral("--workspace") << m_tw.path() << QStringLiteral("--json");
        if (withPassphrase)
            args << QStringLiteral("--passphrase-env")
                 << QStringLiteral("RENTFLOW_TEST_PASSPHRASE");
        return runCtl(args);
    }
    QJsonObject json(const test::ProcessResult& r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

    void init()
    {
        const auto r =
            ctl({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Sunrise PG"),
                 QStringLiteral("--state-code"), QStringLiteral("29")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        m_propertyId = json(ctl({QStringLiteral("property"), QStringLiteral("add"),
                                 QStringLiteral("--name"), QStringLiteral("Koramangala"),
                                 QStringLiteral("--city"), QStringLiteral("Bengaluru"),
                                 QStringLiteral("--state-code"), QStringLiteral("29")}))
                           .value(QStringLiteral("id"))
                           .toString();
        ASSERT_FALSE(m_propertyId.isEmpty());
    }
    QString addResident(const QString& name, const QString& phone)
    {
        const auto r = ctl({QStringLiteral("resident"), QStringLiteral("add"),
                            QStringLiteral("--name"), name, QStringLiteral("--phone"), phone});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return json(r).value(QStringLiteral("id")).toString();
    }
    // Runs a command that must be refused with `exit` and must not change the database.
    // Returns the JSON error object's code.
    QString expectRefusedUnchanged(const QStringList& args, int exit, const QString& messagePart,
                                   bool withPassphrase = true)
    {
        const QByteArray before = test::readFile(m_tw.dbPath());
        const auto r = ctl(args, withPassphrase);
        EXPECT_EQ(r.exitCode, exit) << args.join(QLatin1Char(' ')).toStdString() << "\n"
                                    << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(messagePart)) << r.err.toStdString();
        EXPECT_TRUE(json(r).contains(QStringLiteral("error")));
        EXPECT_EQ(test::readFile(m_tw.dbPath()), before)
            << args.join(QLatin1Char(' ')).toStdString();
        return json(r)
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }

    test::TestWorkspace m_tw;
    QString m_propertyId;
};

} // namespace

TEST_F(CtlTest, VersionAndHelpWork)
{
    const auto version = runCtl({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("rentflowctl 0.")));
    const auto help = runCtl({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command :
         {"init", "property add", "room add", "resident add", "backup", "restore", "check"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(command))) << command;
    const auto roomHelp =
        runCtl({QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("--help")});
    EXPECT_EQ(roomHelp.exitCode, 0);
    EXPECT_TRUE(roomHelp.out.contains(QStringLiteral("--beds K")));
}

TEST_F(CtlTest, GlobalFlagsMayStandBeforeOrAfterTheCommand)
{
    const auto before =
        runCtl({QStringLiteral("--workspace"), m_tw.path(), QStringLiteral("--passphrase-env"),
                QStringLiteral("RENTFLOW_TEST_PASSPHRASE"), QStringLiteral("--json"),
                QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Sunrise PG")});
    ASSERT_EQ(before.exitCode, 0) << before.err.toStdString();
    const QJsonObject created = json(before);
    EXPECT_EQ(created.value(QStringLiteral("workspace")).toString(),
              QDir(m_tw.path()).absolutePath());
    EXPECT_FALSE(created.value(QStringLiteral("orgId")).toString().isEmpty());
    const auto after =
        runCtl({QStringLiteral("check"), QStringLiteral("--workspace"), m_tw.path(),
                QStringLiteral("--passphrase-env"), QStringLiteral("RENTFLOW_TEST_PASSPHRASE"),
                QStringLiteral("--json")});
    EXPECT_EQ(after.exitCode, 0) << after.err.toStdString();
    EXPECT_TRUE(json(after).value(QStringLiteral("ok")).toBool());
}

TEST_F(CtlTest, RoomAddMakesBedsAndAMeter)
{
    init();
    const auto r = ctl({QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("--property"),
                        m_propertyId, QStringLiteral("--floor"), QStringLiteral("1"),
                        QStringLiteral("--number"), QStringLiteral("101"), QStringLiteral("--beds"),
                        QStringLiteral("3"), QStringLiteral("--rent"), QStringLiteral("9500"),
                        QStringLiteral("--meter")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject room = json(r);
    EXPECT_EQ(room.value(QStringLiteral("bedIds")).toArray().size(), 3);
    EXPECT_FALSE(room.value(QStringLiteral("meterId")).toString().isEmpty());
    EXPECT_FALSE(room.value(QStringLiteral("id")).toString().isEmpty());
}

TEST_F(CtlTest, CheckInThenBillTheMonthAndListTheInvoices)
{
    init();
    const auto room =
        json(ctl({QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("--property"),
                  m_propertyId, QStringLiteral("--floor"), QStringLiteral("1"),
                  QStringLiteral("--number"), QStringLiteral("101"), QStringLiteral("--beds"),
                  QStringLiteral("2"), QStringLiteral("--rent"), QStringLiteral("12000")}));
    const QString bed = room.value(QStringLiteral("bedIds")).toArray().first().toString();
    const QString resident =
        addResident(QStringLiteral("Lakshmi Narayanan"), QStringLiteral("9845012345"));
    const auto checkin = ctl(
        {QStringLiteral("checkin"), QStringLiteral("--resident"), resident, QStringLiteral("--bed"),
         bed, QStringLiteral("--date"), QStringLiteral("2026-11-17"), QStringLiteral("--rent"),
         QStringLiteral("12000"), QStringLiteral("--deposit"), QStringLiteral("24000")});
    ASSERT_EQ(checkin.exitCode, 0) << checkin.err.toStdString();
    EXPECT_FALSE(json(checkin).value(QStringLiteral("agreementId")).toString().isEmpty());

    const QStringList run{QStringLiteral("billing"), QStringLiteral("run"),
                          QStringLiteral("--month"), QStringLiteral("2026-11"),
                          QStringLiteral("--date"),  QStringLiteral("2026-11-22")};
    const auto billed = ctl(run);
    ASSERT_EQ(billed.exitCode, 0) << billed.err.toStdString();
    EXPECT_EQ(json(billed).value(QStringLiteral("invoices")).toInt(), 1);
    EXPECT_EQ(json(billed).value(QStringLiteral("total")).toString(), QStringLiteral("5600.00"));
    EXPECT_EQ(json(ctl(run)).value(QStringLiteral("invoices")).toInt(), 0); // idempotent

    const auto listed = ctl({QStringLiteral("invoice"), QStringLiteral("list"),
                             QStringLiteral("--month"), QStringLiteral("2026-11")});
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray invoices = json(listed).value(QStringLiteral("invoices")).toArray();
    ASSERT_EQ(invoices.size(), 1);
    const QJsonObject invoice = invoices.first().toObject();
    EXPECT_EQ(invoice.value(QStringLiteral("number")).toString(), QStringLiteral("KORA/2627/0001"));
    EXPECT_EQ(invoice.value(QStringLiteral("residentId")).toString(), resident);
    EXPECT_EQ(invoice.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-22"));
    EXPECT_EQ(invoice.value(QStringLiteral("total")).toString(), QStringLiteral("5600.00"));
    EXPECT_EQ(invoice.value(QStringLiteral("balance")).toString(), QStringLiteral("5600.00"));
    EXPECT_EQ(invoice.value(QStringLiteral("status")).toString(), QStringLiteral("unpaid"));

    const auto dues =
        json(ctl({QStringLiteral("dues"), QStringLiteral("--date"), QStringLiteral("2026-12-31")}));
    const QJsonArray toCollect = dues.value(QStringLiteral("toCollect")).toArray();
    ASSERT_EQ(toCollect.size(), 1);
    EXPECT_EQ(toCollect.first().toObject().value(QStringLiteral("amount")).toString(),
              QStringLiteral("5600.00"));
    EXPECT_EQ(dues.value(QStringLiteral("ageing"))
                  .toObject()
                  .value(QStringLiteral("days31to60"))
                  .toString(),
              QStringLiteral("5600.00")); // due 22 Nov, 39 days before 31 Dec
    expectRefusedUnchanged({QStringLiteral("billing"), QStringLiteral("run"),
                            QStringLiteral("--month"), QStringLiteral("2026-13")},
                           2, QStringLiteral("--month"));
    expectRefusedUnchanged(
        {QStringLiteral("checkin"), QStringLiteral("--resident"), resident, QStringLiteral("--bed"),
         bed, QStringLiteral("--date"), QStringLiteral("2026-11-31"), QStringLiteral("--rent"),
         QStringLiteral("12000"), QStringLiteral("--deposit"), QStringLiteral("0")},
        2, QStringLiteral("--date"));
}

TEST_F(CtlTest, BadInputExitsTwoNamesTheFieldAndWritesNothing)
{
    init();
    const QString resident = QStringLiteral("resident");
    const QString add = QStringLiteral("add");
    EXPECT_EQ(
        expectRefusedUnchanged({resident, add, QStringLiteral("--name"), QStringLiteral("Asha Rao"),
                                QStringLiteral("--phone"), QStringLiteral("12345")},
                               2, QStringLiteral("--phone")),
        QStringLiteral("invalid_input"));
    expectRefusedUnchanged({resident, add, QStringLiteral("--name"), QStringLiteral("Asha Rao"),
                            QStringLiteral("--phone"), QStringLiteral("9845012345"),
                            QStringLiteral("--email"), QStringLiteral("asha@")},
                           2, QStringLiteral("--email"));
    expectRefusedUnchanged({resident, add, QStringLiteral("--name"), QStringLiteral("Asha Rao"),
                            QStringLiteral("--phone"), QStringLiteral("9845012345"),
                            QStringLiteral("--pan"), QStringLiteral("ABCXE1234F")},
                           2, QStringLiteral("--pan"));
    expectRefusedUnchanged({resident, add, QStringLiteral("--name"), QStringLiteral("Asha Rao"),
                            QStringLiteral("--phone"), QStringLiteral("9845012345"),
                            QStringLiteral("--aadhaar"), QStringLiteral("234123412345")},
                           2, QStringLiteral("--aadhaar"));
    expectRefusedUnchanged({resident, add, QStringLiteral("--phone"), QStringLiteral("9845012345")},
                           2, QStringLiteral("--name"));
    expectRefusedUnchanged({QStringLiteral("property"), add, QStringLiteral("--name"),
                            QStringLiteral("X"), QStringLiteral("--city"), QStringLiteral("Pune"),
                            QStringLiteral("--state-code"), QStringLiteral("40")},
                           2, QStringLiteral("--state-code"));
    expectRefusedUnchanged({QStringLiteral("room"), add, QStringLiteral("--property"), m_propertyId,
                            QStringLiteral("--floor"), QStringLiteral("1"),
                            QStringLiteral("--number"), QStringLiteral("102"),
                            QStringLiteral("--beds"), QStringLiteral("0"), QStringLiteral("--rent"),
                            QStringLiteral("-1")},
                           2, QStringLiteral("--beds"));
    expectRefusedUnchanged(
        {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Again")}, 2,
        QStringLiteral("already exists"));
    expectRefusedUnchanged({QStringLiteral("property"), add, QStringLiteral("--nonsense")}, 2,
                           QStringLiteral("nonsense"));
    // The audit trail agrees: only init and property add ever wrote.
    const auto check = ctl({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0);
}

// Input that looks like a number, a date or a name but is not (issue 8 §1).
TEST_F(CtlTest, LookAlikeAmountsDatesAndNamesAreRefusedNamingTheField)
{
    init();
    const QString add = QStringLiteral("add");
    const QString resident = addResident(QStringLiteral("Asha Rao"), QStringLiteral("9845012345"));
    const QStringList room{QStringLiteral("room"),       add,
                           QStringLiteral("--property"), m_propertyId,
                           QStringLiteral("--floor"),    QStringLiteral("1"),
                           QStringLiteral("--number"),   QStringLiteral("101"),
                           QStringLiteral("--beds"),     QStringLiteral("1"),
                           QStringLiteral("--rent")};
    for (const char* amount : {"1,00", "1,2,3", "12,34,5"})
        expectRefusedUnchanged(room + QStringList{QString::fromLatin1(amount)}, 2,
                               QStringLiteral("--rent: "));
    expectRefusedUnchanged(
        {QStringLiteral("dues"), QStringLiteral("--date"), QStringLiteral("2026/11/05")}, 2,
        QStringLiteral("--date: "));
    // A right-to-left override hidden in a property's, a room's and a charge's name.
    const QString hidden = QStringLiteral("Sunrise ") + QChar(0x202E) + QStringLiteral("GP");
    expectRefusedUnchanged({QStringLiteral("property"), add, QStringLiteral("--name"), hidden,
                            QStringLiteral("--city"), QStringLiteral("Pune"),
                            QStringLiteral("--state-code"), QStringLiteral("27")},
                           2, QStringLiteral("--name: "));
    expectRefusedUnchanged(
        {QStringLiteral("room"), add, QStringLiteral("--property"), m_propertyId,
         QStringLiteral("--floor"), QStringLiteral("1"), QStringLiteral("--number"),
         QStringLiteral("1") + QChar(0x2067) + QStringLiteral("02"), QStringLiteral("--beds"),
         QStringLiteral("1"), QStringLiteral("--rent"), QStringLiteral("9000")},
        2, QStringLiteral("--number: "));
    expectRefusedUnchanged({QStringLiteral("charge"), add, QStringLiteral("--resident"), resident,
                            QStringLiteral("--description"), hidden, QStringLiteral("--amount"),
                            QStringLiteral("100")},
                           2, QStringLiteral("--description: "));
    // Well-formed grouping is an amount: ₹1,00,000 is one lakh.
    const auto lakh = ctl(room + QStringList{QStringLiteral("1,00,000")});
    ASSERT_EQ(lakh.exitCode, 0) << lakh.err.toStdString();
    const auto beds = json(ctl({QStringLiteral("bed"), QStringLiteral("list")}));
    EXPECT_EQ(beds.value(QStringLiteral("beds"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("rent"))
                  .toString(),
              QStringLiteral("100000.00"));
}

// billing run's dates (issue 8 §1): relative to today, since the program uses the clock.
TEST_F(CtlTest, BillingRunRefusesMonthsAndIssueDatesThatWouldDisorderTheBooks)
{
    init();
    const QDate today = QDate::currentDate();
    const QString twoAhead = today.addMonths(2).toString(QStringLiteral("yyyy-MM"));
    const QString thisMonth = today.toString(QStringLiteral("yyyy-MM"));
    const QStringList run{QStringLiteral("billing"), QStringLiteral("run"),
                          QStringLiteral("--month")};
    expectRefusedUnchanged(run + QStringList{twoAhead}, 2, QStringLiteral("--month: "));
    expectRefusedUnchanged(run + QStringList{thisMonth, QStringLiteral("--date"),
                                             today.addDays(1).toString(Qt::ISODate)},
                           2, QStringLiteral("--date: "));
    expectRefusedUnchanged(run + QStringList{thisMonth, QStringLiteral("--date"),
                                             today.addMonths(-1).toString(Qt::ISODate)},
                           2, QStringLiteral("--date: "));
    expectRefusedUnchanged(run + QStringList{thisMonth, QStringLiteral("--date"),
                                             today.toString(QStringLiteral("dd-MM-yyyy"))},
                           2, QStringLiteral("--date: "));
    const auto fine = ctl(run + QStringList{thisMonth});
    EXPECT_EQ(fine.exitCode, 0) << fine.err.toStdString();
}

TEST_F(CtlTest, InitRefusesBadOrganisationFieldsBeforeCreatingAnything)
{
    const auto r =
        ctl({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Sunrise PG"),
             QStringLiteral("--gstin"), QStringLiteral("29ABCPE1234F1Z6")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--gstin")));
    EXPECT_FALSE(QFileInfo::exists(m_tw.path()));
}

TEST_F(CtlTest, MissingPassphraseVariableIsBadInput)
{
    const auto r =
        runCtl({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("X"),
                QStringLiteral("--workspace"), m_tw.path(), QStringLiteral("--passphrase-env"),
                QStringLiteral("RENTFLOW_NO_SUCH_VARIABLE")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("RENTFLOW_NO_SUCH_VARIABLE")));
    EXPECT_FALSE(QFileInfo::exists(m_tw.path()));
}

TEST_F(CtlTest, WorkspaceProblemsExitThreeEachWithItsOwnMessage)
{
    init();
    addResident(QStringLiteral("Lakshmi Narayanan"), QStringLiteral("9845012345"));
    const QStringList check{QStringLiteral("check")};

    // Wrong key.
    QProcessEnvironment env = test::ctlEnvironment();
    env.insert(QStringLiteral("RENTFLOW_TEST_PASSPHRASE"), QStringLiteral("a wrong passphrase"));
    const QByteArray pristine = test::readFile(m_tw.dbPath());
    const auto wrong = test::runProgram(test::ctlPath(),
                                        {QStringLiteral("check"), QStringLiteral("--workspace"),
                                         m_tw.path(), QStringLiteral("--passphrase-env"),
                                         QStringLiteral("RENTFLOW_TEST_PASSPHRASE")},
                                        env);
    EXPECT_EQ(wrong.exitCode, 3);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("does not open"))) << wrong.err.toStdString();
    EXPECT_EQ(test::readFile(m_tw.dbPath()), pristine);

    // No key.
    EXPECT_EQ(expectRefusedUnchanged(check, 3, QStringLiteral("locked with a passphrase"), false),
              QStringLiteral("no_key"));

    // Newer schema: another copy of the workspace with user_version raised.
    {
        auto ws = m_tw.open();
        ASSERT_TRUE(ws);
        QSqlQuery q(ws->store().database());
        ASSERT_TRUE(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(store::Migrator::latestVersion() + 5)));
    }
    EXPECT_EQ(expectRefusedUnchanged(check, 3, QStringLiteral("newer RentFlow")),
              QStringLiteral("newer_schema"));
}

TEST_F(CtlTest, DamagedFileExitsThreeAndStaysAsItWas)
{
    init();
    for (int i = 0; i < 40; ++i)
        addResident(QStringLiteral("Resident Number"), QStringLiteral("98450%1").arg(10000 + i));
    test::flipBytesMidFile(m_tw.dbPath());
    EXPECT_EQ(expectRefusedUnchanged({QStringLiteral("check")}, 3, QStringLiteral("damaged")),
              QStringLiteral("damaged"));
}

TEST_F(CtlTest, NothingReadableInClearInTheWorkspaceOrItsBackups)
{
    init();
    addResident(QStringLiteral("Lakshmi Narayanan"), QStringLiteral("9845012345"));
    const QString backupFile = m_tw.scratch(QStringLiteral("backup.rfb"));
    const auto backup = ctl({QStringLiteral("backup"), QStringLiteral("--out"), backupFile});
    ASSERT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    EXPECT_EQ(json(backup).value(QStringLiteral("file")).toString(), backupFile);
    const QByteArray everything = test::allFileBytes(m_tw.path()) + test::readFile(backupFile);
    for (const char* secret : {"Lakshmi", "Narayanan", "9845012345", "Sunrise", "Koramangala"})
        EXPECT_FALSE(test::containsText(everything, QString::fromLatin1(secret))) << secret;
    EXPECT_NE(test::readFile(backupFile).left(16), QByteArray("SQLite format 3\0", 16));
    EXPECT_NE(test::readFile(m_tw.dbPath()).left(16), QByteArray("SQLite format 3\0", 16));
}

TEST_F(CtlTest, RestoreBringsBackTheBackupAndKeepsWhatItReplaced)
{
    init();
    addResident(QStringLiteral("First Resident"), QStringLiteral("9845012345"));
    const QString backupFile = m_tw.scratch(QStringLiteral("backup.rfb"));
    ASSERT_EQ(ctl({QStringLiteral("backup"), QStringLiteral("--out"), backupFile}).exitCode, 0);
    addResident(QStringLiteral("Second Resident"), QStringLiteral("9845012346"));

    expectRefusedUnchanged({QStringLiteral("restore"), QStringLiteral("--from"), backupFile}, 2,
                           QStringLiteral("--force"));
    expectRefusedUnchanged({QStringLiteral("backup"), QStringLiteral("--out"), backupFile}, 2,
                           QStringLiteral("already exists"));
    const auto restored = ctl({QStringLiteral("restore"), QStringLiteral("--from"), backupFile,
                               QStringLiteral("--force")});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    const QString kept = json(restored).value(QStringLiteral("previousKeptAt")).toString();
    EXPECT_TRUE(QFileInfo::exists(kept));

    auto ws = m_tw.open();
    ASSERT_TRUE(ws);
    QSqlQuery q(ws->store().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT group_concat(first_name) FROM resident")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("First"));
}

TEST_F(CtlTest, CheckOutSettlesTheDepositAndRefusesBadInput)
{
    init();
    const auto room =
        json(ctl({QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("--property"),
                  m_propertyId, QStringLiteral("--floor"), QStringLiteral("1"),
                  QStringLiteral("--number"), QStringLiteral("101"), QStringLiteral("--beds"),
                  QStringLiteral("1"), QStringLiteral("--rent"), QStringLiteral("10000")}));
    const QString bed = room.value(QStringLiteral("bedIds")).toArray().first().toString();
    const QString resident =
        addResident(QStringLiteral("Lakshmi Narayanan"), QStringLiteral("9845012345"));
    // Fixed days in the past (the CLI refuses days in the future): from 1 June to
    // 15 September 2026, 107 days, at ₹10,000 a month with a ₹20,000 deposit and no notice
    // period. June, July and August are billed on their first days (₹10,000 each, exempt:
    // at most ₹20,000 a month for 90 days or more) and paid on 5 August (₹30,000).
    ASSERT_EQ(
        ctl({QStringLiteral("checkin"), QStringLiteral("--resident"), resident,
             QStringLiteral("--bed"), bed, QStringLiteral("--date"), QStringLiteral("2026-06-01"),
             QStringLiteral("--rent"), QStringLiteral("10000"), QStringLiteral("--deposit"),
             QStringLiteral("20000"), QStringLiteral("--notice-days"), QStringLiteral("0")})
            .exitCode,
        0);
    const auto deposit =
        ctl({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--resident"),
             resident, QStringLiteral("--amount"), QStringLiteral("20000"),
             QStringLiteral("--method"), QStringLiteral("bank"), QStringLiteral("--for"),
             QStringLiteral("deposit"), QStringLiteral("--date"), QStringLiteral("2026-06-01")});
    ASSERT_EQ(deposit.exitCode, 0) << deposit.err.toStdString();
    for (const char* month : {"2026-06", "2026-07", "2026-08"}) {
        const auto billed =
            ctl({QStringLiteral("billing"), QStringLiteral("run"), QStringLiteral("--month"),
                 QString::fromLatin1(month), QStringLiteral("--date"),
                 QString::fromLatin1(month) + QStringLiteral("-01")});
        ASSERT_EQ(billed.exitCode, 0) << billed.err.toStdString();
        EXPECT_EQ(json(billed).value(QStringLiteral("total")).toString(),
                  QStringLiteral("10000.00"));
    }
    const auto paid =
        ctl({QStringLiteral("payment"), QStringLiteral("add"), QStringLiteral("--resident"),
             resident, QStringLiteral("--amount"), QStringLiteral("30000"),
             QStringLiteral("--method"), QStringLiteral("upi"), QStringLiteral("--reference"),
             QStringLiteral("UTR1"), QStringLiteral("--date"), QStringLiteral("2026-08-05")});
    ASSERT_EQ(paid.exitCode, 0) << paid.err.toStdString();
    const QStringList checkout{QStringLiteral("checkout"), QStringLiteral("--resident"), resident,
                               QStringLiteral("--date"), QStringLiteral("2026-09-15")};
    expectRefusedUnchanged(checkout +
                               QStringList{QStringLiteral("--deduction"), QStringLiteral("Chair")},
                           2, QStringLiteral("--deduction"));
    expectRefusedUnchanged({QStringLiteral("checkout"), QStringLiteral("--resident"), resident,
                            QStringLiteral("--date"), QStringLiteral("2026-05-31")},
                           2, QStringLiteral("--date"));
    const auto settled = ctl(
        checkout + QStringList{QStringLiteral("--deduction"), QStringLiteral("Broken chair=1500")});
    ASSERT_EQ(settled.exitCode, 0) << settled.err.toStdString();
    const QJsonObject result = json(settled);
    EXPECT_FALSE(result.value(QStringLiteral("settlementId")).toString().isEmpty());
    // Unpaid: 1–15 September, 15 of 30 days of ₹10,000 = ₹5,000.00 (the final invoice).
    // Refund: deposit 20,000 − dues 5,000 − chair 1,500 = ₹13,500.00.
    EXPECT_EQ(result.value(QStringLiteral("unpaidDues")).toString(), QStringLiteral("5000.00"));
    EXPECT_EQ(result.value(QStringLiteral("refund")).toString(), QStringLiteral("13500.00"));
    const auto check = json(ctl({QStringLiteral("check")}));
    EXPECT_TRUE(check.value(QStringLiteral("ok")).toBool());
    expectRefusedUnchanged(checkout, 2, QStringLiteral("--resident")); // no stay any more
}
