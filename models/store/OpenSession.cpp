#include "OpenSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QUuid>

namespace rentflow::store {

namespace {

constexpr const char* kSessionsFolder = "sessions";
constexpr const char* kNeedsCheck = "needs-check";

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A half-written file and the journal files SQLite may have made beside it.
void removePartial(const QString& path)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Removes what a dead session listed as written-but-unfinished, then the list.
void removeListedPartials(const QString& listPath)
{
    for (const QString& partial : readLines(listPath))
        removePartial(partial);
    QFile::remove(listPath);
}

} // namespace

bool makeOwnerOnlyFolder(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
}

bool makeOwnerOnlyFile(const QString& path)
{
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool createOwnerOnlyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
        return false;
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

OpenSession::OpenSession(QString sessionsDir, QString name)
    : m_sessionsDir(std::move(sessionsDir)), m_name(std::move(name))
{}

QString OpenSession::lockPath() const
{
    return QDir(m_sessionsDir).filePath(m_name + QStringLiteral(".lock"));
}

QString OpenSession::partialsPath() const
{
    return QDir(m_sessionsDir).filePath(m_name + QStringLiteral(".partials"));
}

StoreResult<std::unique_ptr<OpenSession>> OpenSession::begin(const QString& workspaceDir)
{
    const QString sessions = QDir(workspaceDir).filePath(QString::fromLatin1(kSessionsFolder));
    if (!makeOwnerOnlyFolder(sessions))
        return StoreError{StoreError::Code::Io,
                          QCoreApplication::translate("Workspace", "Cannot create the folder %1")
                              .arg(QDir::toNativeSeparators(sessions))};
    const QString needsCheck = QDir(sessions).filePath(QString::fromLatin1(kNeedsCheck));
    const QDir dir(sessions);
    // A lock we can take was left by a process that is gone: it ended uncleanly.
    for (const QString& entry : dir.entryList({QStringLiteral("*.lock")}, QDir::Files)) {
        QLockFile earlier(dir.filePath(entry));
        earlier.setStaleLockTime(0); // only a dead process makes a lock stale, never its age
        if (!earlier.tryLock(0))
            continue; // its program is still running
        if (QFile marker(needsCheck); !marker.exists())
            marker.open(QIODevice::WriteOnly);
        removeListedPartials(dir.filePath(entry.chopped(5) + QStringLiteral(".partials")));
        earlier.unlock();
    }
    // Lists whose lock is gone (killed between removing one and the other).
    for (const QString& entry : dir.entryList({QStringLiteral("*.partials")}, QDir::Files))
        if (!dir.exists(entry.chopped(9) + QStringLiteral(".lock")))
            removeListedPartials(dir.filePath(entry));

    std::unique_ptr<OpenSession> session(
        new OpenSession(sessions, QUuid::createUuid().toString(QUuid::WithoutBraces)));
    session->m_lock = std::make_unique<QLockFile>(session->lockPath());
    session->m_lock->setStaleLockTime(0);
    if (!session->m_lock->tryLock(0))
        return StoreError{StoreError::Code::Io,
                          QCoreApplication::translate("Workspace", "Cannot write %1")
                              .arg(QDir::toNativeSeparators(session->lockPath()))};
    makeOwnerOnlyFile(session->lockPath());
    session->m_needsScan = QFile::exists(needsCheck);
    return session;
}

OpenSession::~OpenSession()
{
    for (const QString& partial : std::as_const(m_partials))
        removePartial(partial);
    QFile::remove(partialsPath());
    if (m_lock)
        m_lock->unlock();
}

void OpenSession::scanPassed()
{
    QFile::remove(QDir(m_sessionsDir).filePath(QString::fromLatin1(kNeedsCheck)));
    m_needsScan = false;
}

bool OpenSession::othersOpen() const
{
    const QDir dir(m_sessionsDir);
    const QString own = m_name + QStringLiteral(".lock");
    for (const QString& entry : dir.entryList({QStringLiteral("*.lock")}, QDir::Files)) {
        if (entry == own)
            continue;
        QLockFile other(dir.filePath(entry));
        other.setStaleLockTime(0);
        if (!other.tryLock(0))
            return true;
        other.unlock(); // it was stale (its process died since we started)
    }
    return false;
}

void OpenSession::recordPartial(const QString& path)
{
    m_partials.append(path);
    writePartials();
}

void OpenSession::forgetPartial(const QString& path)
{
    m_partials.removeAll(path);
    writePartials();
}

void OpenSession::discardPartial(const QString& path)
{
    removePartial(path);
    forgetPartial(path);
}

void OpenSession::writePartials()
{
    if (m_partials.isEmpty()) {
        QFile::remove(partialsPath());
        return;
    }
    QFile file(partialsPath());
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(m_partials.join(QLatin1Char('\n')).toUtf8());
    makeOwnerOnlyFile(partialsPath());
}

} // namespace rentflow::store
