// Issue 8 §3: two programs writing one workspace. Real processes, real file locks.
#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>
#include <organisation/OrganisationRepository.h>
#include <residents/ResidentRepository.h>
#include <store/Store.h>
#include <support/Probe.h>
#include <support/ProcessRunner.h>
#include <support/TestWorkspace.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

constexpr int kBeds = 100;

// Waits until the process printed `line` (or ended); returns everything it printed.
QByteArray waitForLine(QProcess& process, const QByteArray& line)
{
    QByteArray seen;
    while (!seen.contains(line) && process.state() == QProcess::Running) {
        process.waitForReadyRead(1000);
        seen += process.readAllStandardOutput();
    }
    return seen + process.readAllStandardOutput();
}

void writeList(const QString& path, const QStringList& lines)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Text));
    file.write(lines.join(QLatin1Char('\n')).toUtf8());
}

int lets(const QByteArray& output)
{
    const auto match = QRegularExpression(QStringLiteral("LET (\\d+) REFUSED (\\d+) SCHEMA (\\d+) "
                                                         "FAILED (\\d+)"))
                           .match(QString::fromUtf8(output));
    EXPECT_TRUE(match.hasMatch()) << output.toStdString();
    EXPECT_EQ(match.captured(4), QStringLiteral("0")) << output.toStdString();
    return match.captured(1).toInt();
}

} // namespace

// Two programs each check 100 residents into the same 100 beds, from the same day, bed by
// bed in the same order, so that they meet on every bed. Each bed ends up let exactly once:
// 100 lets in all, whoever won each bed, and no resident or bed holds two stays.
TEST(TwoPrograms, RacingCheckInsNeverLetABedTwice)
{
    test::TestWorkspace files;
    QStringList first, second;
    {
        auto workspace = files.create();
        ASSERT_TRUE(workspace);
        store::Store& db = workspace->store();
        ASSERT_TRUE(OrganisationRepository(db).create(
            {QStringLiteral("Sunrise PG"), {}, {}, QStringLiteral("29"), {}, {}}));
        const QString property = PropertyRepository(db)
                                     .add({QStringLiteral("Koramangala"),
                                           QStringLiteral("Bengaluru"),
                                           QStringLiteral("29"),
                                           {},
                                           {}})
                                     .value();
        QStringList beds;
        for (int room = 0; room < kBeds / 20; ++room) {
            auto made =
                RoomSetup(db).add({property, QStringLiteral("1"), QString::number(101 + room),
                                   QStringLiteral("20"), QStringLiteral("9000"), false});
            ASSERT_TRUE(made) << made.error().message.toStdString();
            beds << made.value().bedIds;
        }
        ResidentRepository residents(db);
        for (int i = 0; i < kBeds; ++i)
            for (QStringList* list : {&first, &second}) {
                const auto id = residents.add(
                    {list == &first ? QStringLiteral("Anil Kumar") : QStringLiteral("Bala Kumar"),
                     QStringLiteral("98%1").arg(45000000 + 2 * i + (list == &second)),
                     {},
                     {},
                     {}});
                ASSERT_TRUE(id) << id.error().message.toStdString();
                *list << QStringLiteral("%1 %2 2026-11-01").arg(id.value(), beds.at(i));
            }
    }
    writeList(files.scratch(QStringLiteral("first.txt")), first);
    writeList(files.scratch(QStringLiteral("second.txt")), second);
    const QString go = files.scratch(QStringLiteral("go"));
    QProcess a, b;
    for (auto [process, list] : {std::pair{&a, "first.txt"}, std::pair{&b, "second.txt"}}) {
        process->setProcessEnvironment(test::ctlEnvironment());
        process->start(QStringLiteral(RENTFLOW_RACE_WRITER),
                       {files.path(), QStringLiteral("checkins"),
                        files.scratch(QString::fromLatin1(list)), go});
        ASSERT_TRUE(process->waitForStarted());
    }
    QByteArray outA = waitForLine(a, "READY"), outB = waitForLine(b, "READY");
    ASSERT_TRUE(QFile(go).open(QIODevice::WriteOnly)); // both open: go
    ASSERT_TRUE(a.waitForFinished(300000) && b.waitForFinished(300000));
    outA += a.readAllStandardOutput();
    outB += b.readAllStandardOutput();
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    EXPECT_EQ(lets(outA) + lets(outB), kBeds); // one winner per bed

    auto workspace = files.open();
    ASSERT_TRUE(workspace);
    store::Store& db = workspace->store();
    EXPECT_EQ(test::number(db, QStringLiteral("SELECT count(*) FROM occupancy")), kBeds);
    EXPECT_EQ(test::number(db, QStringLiteral("SELECT count(DISTINCT bed_id) FROM occupancy")),
              kBeds);
    EXPECT_EQ(test::number(db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM occupancy o "
                                              "JOIN agreement g ON g.id = o.agreement_id GROUP "
                                              "BY g.resident_id HAVING count(*) > 1)")),
              0);
    EXPECT_EQ(test::number(db, QStringLiteral("SELECT count(*) FROM agreement")), kBeds);
    EXPECT_EQ(
        test::number(db, QStringLiteral("SELECT count(*) FROM bed WHERE status = 'occupied'")),
        kBeds);
}

// rentflowctl meets another program that holds the write lock for 10 seconds (a long demo or
// billing run): it waits, says so on stderr, and writes once the other has committed.
TEST(TwoPrograms, AWriteDuringAnotherProgramsLongWriteWaitsAndSucceeds)
{
    test::TestWorkspace files;
    {
        auto workspace = files.create();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(
            OrganisationRepository(workspace->store())
                .create({QStringLiteral("Sunrise PG"), {}, {}, QStringLiteral("29"), {}, {}}));
    }
    QProcess holder;
    holder.setProcessEnvironment(test::ctlEnvironment());
    holder.start(QStringLiteral(RENTFLOW_RACE_WRITER),
                 {files.path(), QStringLiteral("hold"), QStringLiteral("10")});
    ASSERT_TRUE(holder.waitForStarted());
    QByteArray held = waitForLine(holder, "HOLDING");
    ASSERT_TRUE(held.contains("HOLDING")) << holder.readAllStandardError().toStdString();

    const auto added = test::runCtl(
        {QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("Asha Rao"), QStringLiteral("--phone"), QStringLiteral("9845012345"),
         QStringLiteral("--workspace"), files.path(), QStringLiteral("--passphrase-env"),
         QStringLiteral("RENTFLOW_TEST_PASSPHRASE")});
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.err.contains(
        QStringLiteral("rentflowctl: waiting for another RentFlow program to finish writing")))
        << added.err.toStdString();
    ASSERT_TRUE(holder.waitForFinished(60000));
    held += holder.readAllStandardOutput();
    EXPECT_TRUE(held.contains("COMMITTED"));

    auto workspace = files.open();
    ASSERT_TRUE(workspace);
    // The other program's resident first, then the one that waited for it.
    EXPECT_EQ(test::text(workspace->store(),
                         QStringLiteral("SELECT group_concat(first_name, ',') FROM (SELECT "
                                        "first_name FROM resident ORDER BY rowid)")),
              QStringLiteral("Long,Asha"));
}

// When the other program holds on longer than rentflowctl waits (here 2 seconds, set through
// RENTFLOW_BUSY_TIMEOUT_SECONDS), the command ends with exit 1 and a message in the user's
// words, not SQLite's, and writes nothing.
TEST(TwoPrograms, AWaitThatRunsOutEndsCleanlyWithExitOne)
{
    test::TestWorkspace files;
    {
        auto workspace = files.create();
        ASSERT_TRUE(workspace);
        ASSERT_TRUE(
            OrganisationRepository(workspace->store())
                .create({QStringLiteral("Sunrise PG"), {}, {}, QStringLiteral("29"), {}, {}}));
    }
    QProcess holder;
    holder.setProcessEnvironment(test::ctlEnvironment());
    holder.start(QStringLiteral(RENTFLOW_RACE_WRITER),
                 {files.path(), QStringLiteral("hold"), QStringLiteral("8")});
    ASSERT_TRUE(holder.waitForStarted());
    ASSERT_TRUE(waitForLine(holder, "HOLDING").contains("HOLDING"));

    QProcessEnvironment env = test::ctlEnvironment();
    env.insert(QStringLiteral("RENTFLOW_BUSY_TIMEOUT_SECONDS"), QStringLiteral("2"));
    const auto added = test::runProgram(
        test::ctlPath(),
        {QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--name"),
         QStringLiteral("Asha Rao"), QStringLiteral("--phone"), QStringLiteral("9845012345"),
         QStringLiteral("--workspace"), files.path(), QStringLiteral("--passphrase-env"),
         QStringLiteral("RENTFLOW_TEST_PASSPHRASE")},
        env);
    EXPECT_EQ(added.exitCode, 1) << added.err.toStdString();
    EXPECT_TRUE(added.err.contains(QStringLiteral("waiting for another RentFlow program")));
    EXPECT_TRUE(added.err.contains(QStringLiteral(
        "another RentFlow program kept this workspace busy for 2 seconds; nothing was changed")))
        << added.err.toStdString();
    EXPECT_FALSE(added.err.contains(QStringLiteral("locked"))) << added.err.toStdString();
    ASSERT_TRUE(holder.waitForFinished(60000));

    auto workspace = files.open();
    ASSERT_TRUE(workspace);
    EXPECT_EQ(test::text(workspace->store(),
                         QStringLiteral("SELECT group_concat(first_name, ',') FROM resident")),
              QStringLiteral("Long"));
}
