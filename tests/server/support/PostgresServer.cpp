#include "PostgresServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <grp.h>
#include <mutex>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace rentflow::test {

namespace {

constexpr const char* kDefaultBinDir = "/usr/lib/postgresql/15/bin";
constexpr const char* kFolderPrefix = "rentflow-pg-";

// Starts `program` as a child of this process: stdout and stderr to `logPath`, working
// folder `workDir`, killed with us (parent-death signal), as uid/gid when asked (root).
// Only async-signal-safe calls between fork and exec: everything is prepared before.
pid_t spawn(const QString& program, const QStringList& args, const QString& logPath,
            const QString& workDir, bool switchUser, uid_t uid, gid_t gid)
{
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString& arg : args)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    // A small, predictable environment: no PGDATA/PGPORT of the caller's leaks in.
    std::vector<QByteArray> envStorage = {
        QByteArrayLiteral("LC_ALL=C.UTF-8"), QByteArrayLiteral("LANG=C.UTF-8"),
        QByteArrayLiteral("PATH=/usr/bin:/bin"), QByteArrayLiteral("TZ=UTC")};
    std::vector<char*> envp;
    for (QByteArray& e : envStorage)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    const QByteArray log = QFile::encodeName(logPath);
    const QByteArray dir = QFile::encodeName(workDir);
    const pid_t parent = getpid();

    const pid_t pid = fork();
    if (pid != 0)
        return pid; // parent (or -1)

    // Child.
    const int fd = ::open(log.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::dup2(fd, STDOUT_FILENO);
        ::dup2(fd, STDERR_FILENO);
    }
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull >= 0)
        ::dup2(devNull, STDIN_FILENO);
    if (switchUser) {
        if (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
            ::_exit(126);
    }
    // After the user switch: changing credentials clears the parent-death signal.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent)
        ::_exit(125); // the test process is already gone
    if (::chdir(dir.constData()) != 0)
        ::_exit(124);
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
}

// Waits for `pid` up to `ms`; its exit status, or -1 when it is still running.
int waitFor(pid_t pid, int ms, bool* exited)
{
    QDeadlineTimer deadline(ms);
    for (;;) {
        int status = 0;
        const pid_t r = ::waitpid(pid, &status, WNOHANG);
        if (r == pid) {
            *exited = true;
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        if (r < 0 && errno != EINTR) {
            *exited = true; // not our child any more
            return -1;
        }
        if (deadline.hasExpired()) {
            *exited = false;
            return -1;
        }
        QThread::msleep(5);
    }
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString readTail(const QString& path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

// Folders left by a test process that died without cleaning up (a crash, a kill -9).
void removeStaleFolders()
{
    const QDir tmp(QDir::tempPath());
    const QStringList stale =
        tmp.entryList({QString::fromLatin1(kFolderPrefix) + QLatin1Char('*')}, QDir::Dirs);
    for (const QString& name : stale) {
        QFile owner(tmp.filePath(name + QStringLiteral("/owner.pid")));
        if (!owner.open(QIODevice::ReadOnly))
            continue;
        bool ok = false;
        const pid_t pid = owner.readAll().trimmed().toInt(&ok);
        owner.close();
        if (ok && pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH)
            QDir(tmp.filePath(name)).removeRecursively();
    }
}

} // namespace

PostgresServer& PostgresServer::shared()
{
    static PostgresServer server;
    static std::once_flag started;
    std::call_once(started, [] { server.start(); });
    return server;
}

PostgresServer::PostgresServer()
{
    m_binDir = qEnvironmentVariable("RENTFLOW_PG_BIN", QString::fromLatin1(kDefaultBinDir));
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::socketDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString PostgresServer::url(const QString& database) const
{
    return QStringLiteral("postgres://%1@127.0.0.1:%2/%3").arg(user()).arg(m_port).arg(database);
}

QString PostgresServer::logTail(int lines) const
{
    return m_dir ? readTail(m_dir->filePath(QStringLiteral("postgres.log")), lines) : QString();
}

bool PostgresServer::start()
{
    if (m_running)
        return true;
    m_error.clear();
    for (const char* tool : {"initdb", "postgres"}) {
        const QFileInfo info(QDir(m_binDir).filePath(QString::fromLatin1(tool)));
        if (!info.isExecutable()) {
            m_error =
                QStringLiteral("PostgreSQL 15's %1 is missing at %2: install the postgresql-15 "
                               "package (installer/install-deps.sh) or point "
                               "RENTFLOW_PG_BIN at the folder holding initdb and postgres")
                    .arg(QString::fromLatin1(tool), info.filePath());
            return false;
        }
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QStringLiteral("Qt's QPSQL driver is missing (Debian: libqt6sql6-psql)");
        return false;
    }
    m_asRoot = ::geteuid() == 0;
    if (m_asRoot) {
        const passwd* pw = ::getpwnam("postgres");
        if (!pw) {
            m_error = QStringLiteral("running as root, but there is no `postgres` user to run "
                                     "PostgreSQL as (PostgreSQL refuses to run as root)");
            return false;
        }
        m_uid = pw->pw_uid;
        m_gid = pw->pw_gid;
    }
    removeStaleFolders();
    // A port picked free can be taken before postgres binds it: a few tries.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (startOnce())
            return true;
        if (!m_error.contains(QLatin1String("could not bind")) &&
            !m_error.contains(QLatin1String("in use")))
            break;
    }
    stop();
    return false;
}

bool PostgresServer::startOnce()
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1Char('/') +
                                            QString::fromLatin1(kFolderPrefix) +
                                            QStringLiteral("XXXXXX"));
    if (!m_dir->isValid()) {
        m_error =
            QStringLiteral("cannot make a folder for PostgreSQL: %1").arg(m_dir->errorString());
        return false;
    }
    {
        QFile owner(m_dir->filePath(QStringLiteral("owner.pid")));
        if (owner.open(QIODevice::WriteOnly))
            owner.write(QByteArray::number(static_cast<qint64>(::getpid())));
    }
    if (m_asRoot) {
        // The folder must belong to the user postgres runs as; the data folder is made by
        // initdb itself (0700), the socket lands in the top folder.
        const QByteArray path = QFile::encodeName(m_dir->path());
        if (::chown(path.constData(), m_uid, m_gid) != 0) {
            m_error = QStringLiteral("cannot give %1 to the postgres user: %2")
                          .arg(m_dir->path(), QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString log = m_dir->filePath(QStringLiteral("postgres.log"));
    const QString initLog = m_dir->filePath(QStringLiteral("initdb.log"));

    const pid_t initdb =
        spawn(QDir(m_binDir).filePath(QStringLiteral("initdb")),
              {QStringLiteral("-D"), data, QStringLiteral("-U"), user(),
               QStringLiteral("--auth=trust"), QStringLiteral("-N"), QStringLiteral("-E"),
               QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
              initLog, m_dir->path(), m_asRoot, m_uid, m_gid);
    if (initdb < 0) {
        m_error = QStringLiteral("cannot start initdb: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    bool exited = false;
    const int initCode = waitFor(initdb, 120'000, &exited);
    if (!exited) {
        ::kill(initdb, SIGKILL);
        waitFor(initdb, 5'000, &exited);
        m_error = QStringLiteral("initdb took longer than 2 minutes:\n") + readTail(initLog, 30);
        return false;
    }
    if (initCode != 0) {
        m_error =
            QStringLiteral("initdb failed (exit %1):\n%2").arg(initCode).arg(readTail(initLog, 30));
        return false;
    }

    m_port = freeLoopbackPort();
    if (m_port == 0) {
        m_error = QStringLiteral("no free port on 127.0.0.1");
        return false;
    }
    const pid_t pid = spawn(QDir(m_binDir).filePath(QStringLiteral("postgres")),
                            {QStringLiteral("-D"), data,
                             QStringLiteral("-p"), QString::number(m_port),
                             QStringLiteral("-k"), m_dir->path(),
                             QStringLiteral("-c"), QStringLiteral("listen_addresses=127.0.0.1"),
                             QStringLiteral("-c"), QStringLiteral("fsync=off"),
                             QStringLiteral("-c"), QStringLiteral("synchronous_commit=off"),
                             QStringLiteral("-c"), QStringLiteral("full_page_writes=off"),
                             QStringLiteral("-c"), QStringLiteral("max_connections=200"),
                             QStringLiteral("-c"), QStringLiteral("shared_buffers=32MB"),
                             QStringLiteral("-c"), QStringLiteral("log_min_messages=warning")},
                            log, m_dir->path(), m_asRoot, m_uid, m_gid);
    if (pid < 0) {
        m_error = QStringLiteral("cannot start postgres: %1")
                      .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_postmasterPid = pid;

    // Ready when it takes a connection (it accepts TCP before it accepts logins).
    const QString probe =
        QStringLiteral("rentflow_pg_probe_") + QUuid::createUuid().toString(QUuid::Id128);
    QDeadlineTimer deadline(60'000);
    bool ready = false;
    while (!ready) {
        const int code = waitFor(pid, 0, &exited);
        if (exited) {
            m_postmasterPid = 0;
            m_error = QStringLiteral("postgres stopped at start (exit %1):\n%2")
                          .arg(code)
                          .arg(readTail(log, 30));
            return false;
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), probe);
            db.setHostName(host());
            db.setPort(m_port);
            db.setUserName(user());
            db.setDatabaseName(QStringLiteral("postgres"));
            db.setConnectOptions(QStringLiteral("connect_timeout=2"));
            ready = db.open();
            db.close();
        }
        QSqlDatabase::removeDatabase(probe);
        if (ready)
            break;
        if (deadline.hasExpired()) {
            m_error = QStringLiteral("postgres did not take connections within 60 s:\n") +
                      readTail(log, 30);
            return false;
        }
        QThread::msleep(20);
    }
    m_running = true;
    return true;
}

void PostgresServer::stop()
{
    if (m_postmasterPid > 0) {
        // pg_ctl stop -m immediate is this signal: every backend quits at once.
        ::kill(m_postmasterPid, SIGQUIT);
        bool exited = false;
        waitFor(m_postmasterPid, 10'000, &exited);
        if (!exited) {
            ::kill(m_postmasterPid, SIGKILL);
            waitFor(m_postmasterPid, 5'000, &exited);
        }
        m_postmasterPid = 0;
    }
    m_running = false;
    m_dir.reset(); // removes the folder and everything in it
}

bool PostgresServer::openConnection(const QString& connectionName, const QString& database)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host());
    db.setPort(m_port);
    db.setUserName(user());
    db.setDatabaseName(database);
    if (db.open())
        return true;
    m_error = QStringLiteral("cannot connect to %1: %2").arg(url(database), db.lastError().text());
    return false;
}

bool PostgresServer::execAdmin(const QString& sql)
{
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    const QString name =
        QStringLiteral("rentflow_pg_admin_") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        if (!openConnection(name, QStringLiteral("postgres"))) {
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery query(db);
        ok = query.exec(sql);
        if (!ok)
            m_error = QStringLiteral("%1: %2").arg(sql, query.lastError().text());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QString PostgresServer::createDatabase()
{
    if (!m_running) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("PostgreSQL is not running");
        return {};
    }
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("t%1_%2").arg(++counter).arg(
        QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    // template0 with the file copy strategy: fastest with fsync off, and nothing of template1.
    if (!execAdmin(QStringLiteral("CREATE DATABASE \"%1\" TEMPLATE template0 STRATEGY FILE_COPY")
                       .arg(name)))
        return {};
    return name;
}

void PostgresServer::dropDatabase(const QString& name)
{
    if (m_running && !name.isEmpty())
        execAdmin(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
}

} // namespace rentflow::test
