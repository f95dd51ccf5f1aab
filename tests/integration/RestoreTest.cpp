// SPEC §1.5 through the real program: restore verifies first and swaps
// atomically (a kill -9 or a full disk leaves the old data working), refuses
// another workspace's backup, creates a workspace in a new folder; interrupted
// backups leave nothing behind; an unclean shutdown makes the next open scan. The full disk
// is a real tmpfs, mounted as root or, for an ordinary user, in a private namespace.
#include <store/IntegrityCheck.h>
#include <store/Workspace.h>
#include <support/ProcessRunner.h>
#include <support/TestWorkspace.h>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace rentflow;

namespace {

const QString kPassphraseEnv = QStringLiteral("RENTFLOW_TEST_PASSPHRASE");

test::ProcessResult ctl(const QString& workspace, QStringList args)
{
    args << QStringLiteral("--workspace") << workspace << QStringLiteral("--passphrase-env")
         << kPassphraseEnv;
    return test::runCtl(args);
}

QJsonObject json(const test::ProcessResult& result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

// A workspace made by `init` and `demo --beds N`: thousands of rows, a file of megabytes.
void makeDemoWorkspace(const QString& workspace, const QString& org, int beds)
{
    const auto init = ctl(workspace, {QStringLiteral("init"), QStringLiteral("--org"), org});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    const auto demo =
        ctl(workspace, {QStringLiteral("demo"), QStringLiteral("--beds"), QString::number(beds),
                        QStringLiteral("--months"), QStringLiteral("1")});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
}

void addProperty(const QString& workspace, const QString& name)
{
    const auto added =
        ctl(workspace, {QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                        name, QStringLiteral("--city"), QStringLiteral("Pune"),
                        QStringLiteral("--state-code"), QStringLiteral("27")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
}

// Opens the workspace as the next program would and counts what `sql` counts.
int countIn(const QString& workspace, const QString& sql)
{
    store::KeySource keys;
    keys.passphrase = test::TestWorkspace::kPassphrase;
    auto opened = store::Workspace::open(workspace, keys, test::TestWorkspace::actor());
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message.toStdString());
    if (!opened)
        return -1;
    QSqlQuery query(opened.value()->store().database());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

int propertiesIn(const QString& workspace)
{
    return countIn(workspace, QStringLiteral("SELECT count(*) FROM property WHERE deleted = 0"));
}

QStringList filesMatching(const QString& dir, const QStringList& patterns)
{
    QStringList found;
    QDirIterator it(dir, patterns, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    return found;
}

void expectSound(const QString& workspace)
{
    const auto check = ctl(workspace, {QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString() << check.out.toStdString();
    EXPECT_TRUE(json(check).value(QStringLiteral("ok")).toBool());
}

// Starts `rentflowctl args`, waits until `file` appears (the work is under way),
// waits `afterMs` more, and kills it with SIGKILL. True if it was still running.
bool killWhileWriting(const QStringList& args, const QString& file, int afterMs)
{
    QProcess process;
    process.setProcessEnvironment(test::ctlEnvironment());
    process.start(test::ctlPath(), args);
    if (!process.waitForStarted())
        return false;
    QElapsedTimer clock;
    clock.start();
    while (!QFileInfo::exists(file) && process.state() == QProcess::Running &&
           clock.elapsed() < 60000)
        QThread::usleep(200);
    if (afterMs > 0)
        QThread::msleep(afterMs);
    const bool running = process.state() == QProcess::Running;
    process.kill(); // SIGKILL: no cleanup, no rollback
    process.waitForFinished();
    return running;
}

// Mounts a tmpfs of $2 KiB on $1, copies the workspace $3 onto it, restores the backup $4
// there with rentflowctl $6, and leaves in $5 what the test checks: the restore's exit code
// and messages, the file's bytes afterwards, a listing of the disk, and `property list`
// and `check` run on the disk (the mount may exist only in this script's namespace).
const QString kFullDiskRestore = QStringLiteral(R"sh(
disk=$1 kib=$2 source=$3 backup=$4 out=$5 ctl=$6
ws=$disk/ws
pass="--passphrase-env RENTFLOW_TEST_PASSPHRASE"
mount -t tmpfs -o "size=${kib}k,mode=0700" tmpfs "$disk" || exit 90
trap 'umount "$disk"' EXIT
mkdir "$ws" && cp "$source/rentflow.db" "$source/workspace.json" "$ws/" || exit 91
"$ctl" restore --from "$backup" --force --workspace "$ws" $pass >"$out/restore.out" 2>"$out/restore.err"
echo $? >"$out/restore.rc"
cp "$ws/rentflow.db" "$out/after.db" && find "$disk" >"$out/listing" || exit 92
"$ctl" property list --json --workspace "$ws" $pass >"$out/list.out" 2>"$out/list.err"
"$ctl" check --json --workspace "$ws" $pass >"$out/check.out" 2>"$out/check.err"
echo $? >"$out/check.rc"
)sh");

// Runs `script` with `args` ($1, $2, …) where it may mount a file system: as root directly;
// otherwise as root of a private user and mount namespace (`unshare`, util-linux), where
// the mount is real but seen only by the script and the programs it starts.
test::ProcessResult runOnSmallDisk(const QString& script, const QStringList& args)
{
    QStringList command{QStringLiteral("/bin/sh"), QStringLiteral("-c"), script,
                        QStringLiteral("sh")};
    command += args;
    if (::geteuid() != 0)
        command = QStringList{QStringLiteral("unshare"), QStringLiteral("--user"),
                              QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
                              QStringLiteral("--")} +
                  command;
    const QString program = command.takeFirst();
    const auto ran = test::runProgram(program, command, test::ctlEnvironment(), 300000);
    if (::geteuid() == 0 && ran.exitCode == -1) // killed before its own umount
        test::runProgram(QStringLiteral("umount"), {args.first()});
    return ran;
}

// The exit code the script wrote to `path`; -1 if it wrote none.
int exitCodeIn(const QString& path)
{
    bool ok = false;
    const int code = test::readFile(path).trimmed().toInt(&ok);
    return ok ? code : -1;
}

QString smallDiskFailure(const test::ProcessResult& ran)
{
    const bool couldNotMount =
        ran.exitCode == 90 || ran.err.startsWith(QStringLiteral("unshare")) ||
        (ran.exitCode == -1 && ran.err != QStringLiteral("timed out")); // unshare not there
    const QString how =
        couldNotMount
            ? QStringLiteral(
                  "This test mounts a small tmpfs: as root directly, otherwise inside "
                  "`unshare --user --map-root-user --mount` (util-linux). Neither worked here. Run "
                  "it as root (e.g. `sudo ctest -R Restore.OnAFullDisk` in build/), or enable "
                  "unprivileged user namespaces (`sudo sysctl -w user.max_user_namespaces=15000`, "
                  "and on Debian kernels `kernel.unprivileged_userns_clone=1`).\n")
            : QString();
    return how + QStringLiteral("The script stopped (exit %1; 90: mount, 91: copy onto the disk, "
                                "92: copy off it): %2")
                     .arg(ran.exitCode)
                     .arg(ran.err);
}

} // namespace

TEST(Restore, KilledAtAnyPointLeavesTheOldDataWorkingAndNoStrayFiles)
{
    test::TestWorkspace tw;
    const QString ws = tw.path();
    makeDemoWorkspace(ws, QStringLiteral("Sunrise PG"), 200);
    const QString backup = tw.scratch(QStringLiteral("before.rfb"));
    ASSERT_EQ(ctl(ws, {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
    const int inBackup = propertiesIn(ws);
    addProperty(ws, QStringLiteral("Added After The Backup"));
    const int current = propertiesIn(ws);
    ASSERT_EQ(current, inBackup + 1);

    const QString incoming = tw.dbPath() + QStringLiteral(".restoring");
    // Killed as the new file starts, while it is written, while it is checked.
    int interrupted = 0;
    for (int afterMs : {0, 300, 1200}) {
        const bool wasRunning = killWhileWriting(
            {QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--force"),
             QStringLiteral("--workspace"), ws, QStringLiteral("--passphrase-env"), kPassphraseEnv},
            incoming, afterMs);
        if (!wasRunning)
            continue;
        ++interrupted;
        // The next start: the old data, whole and working (or, past the one rename, the
        // backup's), and nothing half-written left behind.
        const int now = propertiesIn(ws);
        EXPECT_TRUE(now == current || now == inBackup) << now;
        if (afterMs == 0) {
            EXPECT_EQ(now, current); // killed before the swap: the old data is untouched
        }
        EXPECT_EQ(filesMatching(ws, {QStringLiteral("*.restoring*"), QStringLiteral("*.partial")})
                      .join(QLatin1Char(' '))
                      .toStdString(),
                  "");
        expectSound(ws);
    }
    EXPECT_GE(interrupted, 1); // at least one kill landed mid-restore
}

TEST(Restore, OnAFullDiskLeavesTheOldDataInPlaceAndWorking)
{
    test::TestWorkspace tw;
    const QString source = tw.path();
    makeDemoWorkspace(source, QStringLiteral("Sunrise PG"), 100);
    const QString backup = tw.scratch(QStringLiteral("before.rfb"));
    ASSERT_EQ(ctl(source, {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
    addProperty(source, QStringLiteral("Added After The Backup"));
    const int current = propertiesIn(source);
    const QByteArray before = test::readFile(tw.dbPath()); // what the script copies onto the disk

    // A small disk holding the workspace, with room for less than a second copy of it.
    const qint64 dbSize = before.size();
    const qint64 diskKib = (dbSize + dbSize / 2) / 1024;
    const QString disk = tw.scratch(QStringLiteral("disk"));
    const QString out = tw.scratch(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(disk));
    ASSERT_TRUE(QDir().mkpath(out));
    const auto ran = runOnSmallDisk(
        kFullDiskRestore, {disk, QString::number(diskKib), source, backup, out, test::ctlPath()});
    ASSERT_EQ(ran.exitCode, 0) << smallDiskFailure(ran).toStdString();

    const QString restoreErr =
        QString::fromUtf8(test::readFile(out + QStringLiteral("/restore.err")));
    EXPECT_EQ(exitCodeIn(out + QStringLiteral("/restore.rc")), 1) << restoreErr.toStdString();
    EXPECT_TRUE(restoreErr.contains(QStringLiteral("is as it was"))) << restoreErr.toStdString();
    EXPECT_TRUE(test::readFile(out + QStringLiteral("/after.db")) == before); // byte for byte
    const QString listing = QString::fromUtf8(test::readFile(out + QStringLiteral("/listing")));
    EXPECT_TRUE(listing.contains(QStringLiteral("/ws/rentflow.db\n"))) << listing.toStdString();
    EXPECT_FALSE(listing.contains(QStringLiteral(".restoring"))) << listing.toStdString();
    // The data still opens (every property is there) and passes the whole check, on the disk.
    const auto listed =
        QJsonDocument::fromJson(test::readFile(out + QStringLiteral("/list.out"))).object();
    EXPECT_EQ(listed.value(QStringLiteral("properties")).toArray().size(), current)
        << test::readFile(out + QStringLiteral("/list.err")).toStdString();
    EXPECT_EQ(exitCodeIn(out + QStringLiteral("/check.rc")), 0)
        << test::readFile(out + QStringLiteral("/check.err")).toStdString()
        << test::readFile(out + QStringLiteral("/check.out")).toStdString();
    EXPECT_TRUE(QJsonDocument::fromJson(test::readFile(out + QStringLiteral("/check.out")))
                    .object()
                    .value(QStringLiteral("ok"))
                    .toBool());
}

TEST(Restore, AnotherWorkspacesBackupIsRefusedNamingBothUnlessForced)
{
    test::TestWorkspace tw;
    const QString alpha = tw.path();
    const QString beta = tw.scratch(QStringLiteral("beta"));
    ASSERT_EQ(
        ctl(alpha, {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Alpha PG")})
            .exitCode,
        0);
    ASSERT_EQ(
        ctl(beta, {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Beta PG")})
            .exitCode,
        0);
    const QString betaBackup = tw.scratch(QStringLiteral("beta.rfb"));
    ASSERT_EQ(ctl(beta, {QStringLiteral("backup"), QStringLiteral("--out"), betaBackup}).exitCode,
              0);
    const QByteArray alphaBefore = test::readFile(tw.dbPath());

    const auto refused =
        ctl(alpha, {QStringLiteral("restore"), QStringLiteral("--from"), betaBackup});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Alpha PG"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Beta PG")));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force")));
    EXPECT_EQ(test::readFile(tw.dbPath()), alphaBefore); // nothing written

    const QString alphaId =
        QJsonDocument::fromJson(test::readFile(alpha + QStringLiteral("/workspace.json")))
            .object()
            .value(QStringLiteral("workspaceId"))
            .toString();
    const auto forced = ctl(alpha, {QStringLiteral("restore"), QStringLiteral("--from"), betaBackup,
                                    QStringLiteral("--force"), QStringLiteral("--json")});
    ASSERT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_EQ(
        countIn(alpha, QStringLiteral("SELECT count(*) FROM organisation WHERE name = 'Beta PG'")),
        1);
    // The folder stays the same workspace (its id, its key): the data is Beta's.
    EXPECT_EQ(countIn(alpha, QStringLiteral("SELECT count(*) FROM local_meta WHERE key = "
                                            "'workspace_id' AND value = '%1'")
                                 .arg(alphaId)),
              1);
}

TEST(Restore, IntoAnEmptyOrNewFolderCreatesTheWorkspace)
{
    test::TestWorkspace tw;
    makeDemoWorkspace(tw.path(), QStringLiteral("Sunrise PG"), 20);
    const QString backup = tw.scratch(QStringLiteral("b.rfb"));
    ASSERT_EQ(ctl(tw.path(), {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode,
              0);
    const int properties = propertiesIn(tw.path());

    const QString newFolder = tw.scratch(QStringLiteral("new-pc/RentFlow"));
    const auto restored = ctl(newFolder, {QStringLiteral("restore"), QStringLiteral("--from"),
                                          backup, QStringLiteral("--json")});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    EXPECT_EQ(json(restored).value(QStringLiteral("file")).toString(), backup);
    EXPECT_EQ(json(restored).value(QStringLiteral("workspace")).toString(), newFolder);
    EXPECT_EQ(propertiesIn(newFolder), properties);
    expectSound(newFolder);
    // Made owner-only: rwx------ for the folder, rw------- for the file.
    EXPECT_EQ(QFileInfo(newFolder).permissions() & 0x0077, QFileDevice::Permissions());
    EXPECT_EQ(QFileInfo(newFolder + QStringLiteral("/rentflow.db")).permissions() & 0x0077,
              QFileDevice::Permissions());

    // A refused restore into a new folder leaves no folder behind.
    const QString refusedFolder = tw.scratch(QStringLiteral("refused"));
    const auto wrong = test::runProgram(
        test::ctlPath(),
        {QStringLiteral("restore"), QStringLiteral("--from"), backup, QStringLiteral("--workspace"),
         refusedFolder, QStringLiteral("--passphrase-env"), QStringLiteral("WRONG_PASSPHRASE")},
        [] {
            QProcessEnvironment env = test::ctlEnvironment();
            env.insert(QStringLiteral("WRONG_PASSPHRASE"), QStringLiteral("not the passphrase"));
            return env;
        }());
    EXPECT_EQ(wrong.exitCode, 2) << wrong.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(refusedFolder));

    const QString emptyFolder = tw.scratch(QStringLiteral("empty"));
    ASSERT_TRUE(QDir().mkpath(emptyFolder));
    ASSERT_EQ(
        ctl(emptyFolder, {QStringLiteral("restore"), QStringLiteral("--from"), backup}).exitCode,
        0);
    EXPECT_EQ(propertiesIn(emptyFolder), properties);
}

TEST(Restore, AnEmptiedDatabaseIsDamageAndIsLeftAsItIs)
{
    test::TestWorkspace tw;
    ASSERT_EQ(ctl(tw.path(),
                  {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Sunrise PG")})
                  .exitCode,
              0);
    ASSERT_TRUE(QFile::resize(tw.dbPath(), 0));
    const auto refused = ctl(tw.path(), {QStringLiteral("property"), QStringLiteral("add"),
                                         QStringLiteral("--name"), QStringLiteral("Koramangala"),
                                         QStringLiteral("--city"), QStringLiteral("Bengaluru"),
                                         QStringLiteral("--state-code"), QStringLiteral("29")});
    EXPECT_EQ(refused.exitCode, 3);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("damaged"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("restore --from")));
    EXPECT_EQ(QFileInfo(tw.dbPath()).size(), 0);
}

TEST(Restore, ADamagedBackupIsRefusedBeforeAnythingIsWritten)
{
    test::TestWorkspace tw;
    makeDemoWorkspace(tw.path(), QStringLiteral("Sunrise PG"), 30);
    const QString backup = tw.scratch(QStringLiteral("b.rfb"));
    ASSERT_EQ(ctl(tw.path(), {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode,
              0);
    test::flipBytesMidFile(backup); // a page deep in the backup: only a whole check sees it
    const QByteArray before = test::readFile(tw.dbPath());
    const auto refused = ctl(tw.path(), {QStringLiteral("restore"), QStringLiteral("--from"),
                                         backup, QStringLiteral("--force")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--from"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("damaged")));
    EXPECT_EQ(test::readFile(tw.dbPath()), before);
    EXPECT_FALSE(QFileInfo::exists(tw.path() + QStringLiteral("/backups")));
}

TEST(Restore, IsRefusedWhileAnotherProgramHasTheWorkspaceOpen)
{
    test::TestWorkspace tw;
    makeDemoWorkspace(tw.path(), QStringLiteral("Sunrise PG"), 10);
    const QString backup = tw.scratch(QStringLiteral("b.rfb"));
    ASSERT_EQ(ctl(tw.path(), {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode,
              0);
    QProcess holder;
    holder.setProcessEnvironment(test::ctlEnvironment());
    holder.start(QStringLiteral(RENTFLOW_OPEN_HOLDER), {tw.path()});
    ASSERT_TRUE(holder.waitForStarted());
    auto stop = qScopeGuard([&] {
        holder.kill();
        holder.waitForFinished();
    });
    QByteArray said;
    while (!said.contains("OPEN") && holder.waitForReadyRead(30000))
        said += holder.readAllStandardOutput();
    ASSERT_TRUE(said.contains("OPEN")) << said.toStdString();
    const QByteArray before = test::readFile(tw.dbPath());
    const auto refused = ctl(tw.path(), {QStringLiteral("restore"), QStringLiteral("--from"),
                                         backup, QStringLiteral("--force")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("another RentFlow program")))
        << refused.err.toStdString();
    EXPECT_EQ(test::readFile(tw.dbPath()), before);
}

TEST(Backup, KilledMidWayLeavesNoPartialFileAfterTheNextStart)
{
    test::TestWorkspace tw;
    makeDemoWorkspace(tw.path(), QStringLiteral("Sunrise PG"), 200);
    const QString out = tw.scratch(QStringLiteral("b.rfb"));
    const QString partial = out + QStringLiteral(".partial");
    bool leftBehind = false;
    for (int attempt = 0; attempt < 5 && !leftBehind; ++attempt) {
        killWhileWriting({QStringLiteral("backup"), QStringLiteral("--out"), out,
                          QStringLiteral("--workspace"), tw.path(),
                          QStringLiteral("--passphrase-env"), kPassphraseEnv},
                         partial, 0);
        leftBehind = QFileInfo::exists(partial);
        QFile::remove(out); // a backup that finished before the kill
    }
    ASSERT_TRUE(leftBehind); // the kill landed while the .partial file was being written
    expectSound(tw.path());  // the next start removes it
    EXPECT_FALSE(QFileInfo::exists(partial));
    EXPECT_FALSE(QFileInfo::exists(out));
}

TEST(UncleanShutdown, TheNextOpenScansTheWholeFile)
{
    test::TestWorkspace tw;
    makeDemoWorkspace(tw.path(), QStringLiteral("Sunrise PG"), 30);
    test::flipBytesMidFile(tw.dbPath()); // a page deep in the file goes bad
    // Closed cleanly last time: opening does not scan, so it opens.
    EXPECT_GT(propertiesIn(tw.path()), 0);

    QProcess holder;
    holder.setProcessEnvironment(test::ctlEnvironment());
    holder.start(QStringLiteral(RENTFLOW_OPEN_HOLDER), {tw.path()});
    ASSERT_TRUE(holder.waitForStarted());
    QByteArray said;
    while (!said.contains("OPEN") && holder.waitForReadyRead(30000))
        said += holder.readAllStandardOutput();
    ASSERT_TRUE(said.contains("OPEN")) << said.toStdString();
    holder.kill(); // the program dies with the workspace open
    holder.waitForFinished();

    // After the unclean shutdown the open scans first, finds the damage, writes nothing,
    // and keeps scanning on later opens until the file is sound again.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto refused = ctl(tw.path(), {QStringLiteral("property"), QStringLiteral("add"),
                                             QStringLiteral("--name"), QStringLiteral("X"),
                                             QStringLiteral("--city"), QStringLiteral("Pune"),
                                             QStringLiteral("--state-code"), QStringLiteral("27")});
        EXPECT_EQ(refused.exitCode, 3);
        EXPECT_TRUE(refused.err.contains(QStringLiteral("damaged"))) << refused.err.toStdString();
    }
}

TEST(Restore, AnotherBusinesssDataUnderThisWorkspacesIdIsRefusedUnlessForced)
{
    // Yamuna's folder once had Xavier's backup forced into it (it keeps Yamuna's workspace
    // id); a backup written from there is Xavier's data, not Yamuna's.
    test::TestWorkspace tw;
    const QString yamuna = tw.path();
    const QString xavier = tw.scratch(QStringLiteral("xavier"));
    ASSERT_EQ(
        ctl(yamuna, {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Yamuna PG")})
            .exitCode,
        0);
    ASSERT_EQ(
        ctl(xavier, {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Xavier PG")})
            .exitCode,
        0);
    const QString copy = tw.scratch(QStringLiteral("yamuna-copy"));
    ASSERT_TRUE(QDir().mkpath(copy));
    for (const char* name : {"rentflow.db", "workspace.json"})
        ASSERT_TRUE(QFile::copy(yamuna + QLatin1Char('/') + QLatin1String(name),
                                copy + QLatin1Char('/') + QLatin1String(name)));
    const QString xavierBackup = tw.scratch(QStringLiteral("xavier.rfb"));
    ASSERT_EQ(
        ctl(xavier, {QStringLiteral("backup"), QStringLiteral("--out"), xavierBackup}).exitCode, 0);
    ASSERT_EQ(ctl(copy, {QStringLiteral("restore"), QStringLiteral("--from"), xavierBackup,
                         QStringLiteral("--force")})
                  .exitCode,
              0);
    addProperty(copy, QStringLiteral("Xavier Annexe"));
    const QString mixed = tw.scratch(QStringLiteral("mixed.rfb"));
    ASSERT_EQ(ctl(copy, {QStringLiteral("backup"), QStringLiteral("--out"), mixed}).exitCode, 0);
    const QByteArray before = test::readFile(tw.dbPath());

    const auto refused = ctl(yamuna, {QStringLiteral("restore"), QStringLiteral("--from"), mixed});
    EXPECT_EQ(refused.exitCode, 2) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Xavier PG"))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Yamuna PG")));
    EXPECT_EQ(test::readFile(tw.dbPath()), before); // nothing written
    EXPECT_EQ(countIn(yamuna, QStringLiteral("SELECT count(*) FROM organisation WHERE name = "
                                             "'Yamuna PG'")),
              1);
}

TEST(Restore, AnEmptyFileIsNotABackup)
{
    test::TestWorkspace tw;
    ASSERT_EQ(ctl(tw.path(),
                  {QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Alpha PG")})
                  .exitCode,
              0);
    const QString empty = tw.scratch(QStringLiteral("empty.rfb"));
    {
        QFile file(empty);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    const QByteArray before = test::readFile(tw.dbPath());
    const auto refused =
        ctl(tw.path(), {QStringLiteral("restore"), QStringLiteral("--from"), empty});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--from")));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("is not a RentFlow backup")))
        << refused.err.toStdString();
    EXPECT_FALSE(refused.err.contains(QStringLiteral("no such table")));
    EXPECT_EQ(test::readFile(tw.dbPath()), before);
}
