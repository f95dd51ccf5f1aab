// rentflowctl's commands run in-process (the rentflow_ctl library) and through the
// real program: the same words give the same output and exit code.
#include "CtlInProcess.h"

#include <support/ProcessRunner.h>
#include <support/SamplePg.h>

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace rentflow;
using test::runCtlInProcess;

namespace {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result << QString::fromUtf8(word);
    return result;
}

} // namespace

TEST(CtlInProcess, RunsACommandWithItsOutputAndExitCodeCaptured)
{
    test::TestWorkspace tw;
    const auto init =
        runCtlInProcess(tw.path(), words({"init", "--org", "Sunrise PG", "--state-code", "29"}));
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.err.isEmpty());
    const auto added = runCtlInProcess(
        tw.path(), words({"property", "add", "--name", "Koramangala", "--city", "Bengaluru",
                          "--state-code", "29", "--pincode", "560034"}));
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const QString id = added.json().value(QStringLiteral("id")).toString();
    ASSERT_FALSE(id.isEmpty());

    const auto listed = runCtlInProcess(tw.path(), words({"property", "list"}));
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray properties = listed.json().value(QStringLiteral("properties")).toArray();
    ASSERT_EQ(properties.size(), 1);
    EXPECT_EQ(properties.at(0).toObject().value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(properties.at(0).toObject().value(QStringLiteral("pincode")).toString(),
              QStringLiteral("560034"));

    // The real program prints exactly the same.
    const auto real = test::runCtl(
        words({"property", "list", "--json", "--passphrase-env", "RENTFLOW_TEST_PASSPHRASE"})
        << QStringLiteral("--workspace") << tw.path());
    EXPECT_EQ(real.exitCode, 0) << real.err.toStdString();
    EXPECT_EQ(real.out, listed.out);
}

TEST(CtlInProcess, AnUnknownCommandIsNamedAndTheCommandsListed)
{
    // `invoice email` is not a command (its first word is); its options must not be the complaint.
    const QStringList args = words({"invoice", "email", "--id", "X", "--to", "a@b.in"});
    const auto inProcess = runCtlInProcess(args);
    const auto real = test::runCtl(args);
    for (const auto& [exitCode, err] :
         {std::pair{inProcess.exitCode, inProcess.err}, std::pair{real.exitCode, real.err}}) {
        EXPECT_EQ(exitCode, 2);
        EXPECT_TRUE(err.contains(QStringLiteral("unknown command: invoice email")))
            << err.toStdString();
        EXPECT_FALSE(err.contains(QStringLiteral("Unknown option"))) << err.toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("resident list"))) << err.toStdString();
        EXPECT_TRUE(err.contains(QStringLiteral("billing run"))) << err.toStdString();
    }
    EXPECT_EQ(inProcess.err, real.err);
    EXPECT_TRUE(inProcess.out.isEmpty());

    const auto json = runCtlInProcess(words({"frobnicate", "--json"}));
    EXPECT_EQ(json.exitCode, 2);
    EXPECT_EQ(json.json()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("message"))
                  .toString(),
              QStringLiteral("unknown command: frobnicate"));
    // An unknown option of a known command is still named as an option.
    const auto option = runCtlInProcess(words({"property", "list", "--colour", "red"}));
    EXPECT_EQ(option.exitCode, 2);
    EXPECT_TRUE(option.err.contains(QStringLiteral("colour"))) << option.err.toStdString();
}

// Every command that takes an id refuses one that names nothing, or a record of
// another kind, with exit 2 naming the option, and writes nothing.
TEST(CtlInProcess, AnUnknownIdOrAnIdOfTheWrongKindIsExitTwoNamingTheFieldEverywhere)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    const QString bed = pg.bedIds[1];
    const QString resident = pg.residentIds[1];
    const QString ws = pg.files.path();
    pg.workspace.reset(); // the file as the commands find it
    const QByteArray before = test::readFile(pg.files.dbPath());

    struct Case
    {
        QStringList args;
        QString field;
    };
    const QString unknown = QStringLiteral("01a2176b-0000-7000-8000-000000000000");
    const QList<Case> cases{
        {words({"invoice", "list", "--resident"}) << bed, QStringLiteral("--resident")},
        {words({"dues", "--resident"}) << unknown, QStringLiteral("--resident")},
        {words({"dues", "--resident"}) << bed, QStringLiteral("--resident")},
        {words({"payment", "list", "--resident"}) << bed, QStringLiteral("--resident")},
        {words({"room", "list", "--property"}) << resident, QStringLiteral("--property")},
        {words({"bed", "list", "--property"}) << unknown, QStringLiteral("--property")},
        {words({"meter", "list", "--property"}) << bed, QStringLiteral("--property")},
        {words({"payment", "add", "--amount", "100", "--method", "cash", "--resident"}) << bed,
         QStringLiteral("--resident")},
        {words({"checkin", "--date", "2026-11-01", "--rent", "100", "--deposit", "0", "--bed",
                bed.toUtf8().constData(), "--resident"})
             << bed,
         QStringLiteral("--resident")},
        {words({"checkin", "--date", "2026-11-01", "--rent", "100", "--deposit", "0", "--resident",
                resident.toUtf8().constData(), "--bed"})
             << resident,
         QStringLiteral("--bed")},
        // The licence's terms, as the check-in wizard sets them.
        {words({"checkin", "--date", "2026-11-01", "--rent", "100", "--deposit", "0", "--lock-in",
                "61", "--resident", resident.toUtf8().constData(), "--bed"})
             << bed,
         QStringLiteral("--lock-in")},
        {words({"checkin", "--date", "2026-11-01", "--rent", "100", "--deposit", "0", "--end-date",
                "2026-10-31", "--resident", resident.toUtf8().constData(), "--bed"})
             << bed,
         QStringLiteral("--end-date")},
        {words({"checkout", "--date", "2026-11-01", "--resident"}) << bed,
         QStringLiteral("--resident")},
        {words({"reading", "add", "--date", "2026-11-01", "--value", "5", "--meter"}) << bed,
         QStringLiteral("--meter")},
        {words({"room", "add", "--floor", "1", "--number", "2", "--beds", "1", "--rent", "5",
                "--property"})
             << bed,
         QStringLiteral("--property")},
        {words({"charge", "add", "--description", "Key", "--amount", "50", "--resident"}) << bed,
         QStringLiteral("--resident")},
        {words({"credit-note", "add", "--amount", "5", "--reason", "x", "--invoice"}) << bed,
         QStringLiteral("--invoice")},
        // The model calls it the invoice, charge or payment; the user typed --id.
        {words({"invoice", "cancel", "--reason", "x", "--id"}) << bed, QStringLiteral("--id")},
        {words({"charge", "waive", "--reason", "x", "--id"}) << unknown, QStringLiteral("--id")},
        {words({"payment", "reverse", "--reason", "x", "--id"}) << resident,
         QStringLiteral("--id")},
    };
    for (const Case& c : cases) {
        const auto run = runCtlInProcess(ws, c.args);
        EXPECT_EQ(run.exitCode, 2) << c.args.join(QLatin1Char(' ')).toStdString() << "\n"
                                   << run.out.toStdString();
        EXPECT_TRUE(run.err.contains(c.field + QStringLiteral(": ")))
            << c.args.join(QLatin1Char(' ')).toStdString() << "\n"
            << run.err.toStdString();
        EXPECT_TRUE(run.json().contains(QStringLiteral("error")));
    }
    // Reads say what the id is when it names another kind of record.
    const auto wrongKind = runCtlInProcess(ws, words({"dues", "--resident"}) << bed);
    EXPECT_TRUE(wrongKind.err.contains(QStringLiteral("is a bed's id, not a resident's")))
        << wrongKind.err.toStdString();
    EXPECT_EQ(test::readFile(pg.files.dbPath()), before);
}
