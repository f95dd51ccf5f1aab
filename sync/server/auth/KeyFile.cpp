#include "server/auth/KeyFile.h"

#include "server/auth/Sodium.h"

#include <QDir>
#include <QFileInfo>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rentflow::server {

namespace {

QString osError(const char* what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what),
                                        QString::fromLocal8Bit(std::strerror(errno)));
}

void syncDir(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Writes `content` to a new, unique temporary file beside `path`; returns its name.
KeyFileResult writeTemporary(const QString& path, const QByteArray& content, QByteArray& tmpName)
{
    const QFileInfo info(path);
    unsigned char random[8];
    randombytes_buf(random, sizeof random);
    tmpName = QFile::encodeName(
        info.absolutePath() + QLatin1Char('/') + QLatin1Char('.') + info.fileName() +
        QStringLiteral(".tmp-") +
        QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(random), sizeof random).toHex()));
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return {KeyFileResult::Outcome::Failed, osError("cannot create a key file")};
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written,
                                  static_cast<size_t>(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const KeyFileResult failed{KeyFileResult::Outcome::Failed,
                                       osError("cannot write a key file")};
            ::close(fd);
            ::unlink(tmpName.constData());
            return failed;
        }
        written += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const KeyFileResult failed{KeyFileResult::Outcome::Failed,
                                   osError("cannot flush a key file")};
        ::unlink(tmpName.constData());
        return failed;
    }
    return {KeyFileResult::Outcome::Created, {}};
}

} // namespace

KeyFileResult createKeyFileExclusive(const QString& path, const QByteArray& content)
{
    if (!ensureSodium())
        return {KeyFileResult::Outcome::Failed, QStringLiteral("libsodium did not start")};
    QByteArray tmp;
    if (auto written = writeTemporary(path, content, tmp);
        written.outcome == KeyFileResult::Outcome::Failed)
        return written;
    const QByteArray target = QFile::encodeName(path);
    KeyFileResult result{KeyFileResult::Outcome::Created, {}};
    if (::link(tmp.constData(), target.constData()) != 0) {
        result = errno == EEXIST ? KeyFileResult{KeyFileResult::Outcome::Existed, {}}
                                 : KeyFileResult{KeyFileResult::Outcome::Failed,
                                                 osError("cannot put a key file in place")};
    }
    ::unlink(tmp.constData());
    syncDir(QFileInfo(path).absolutePath());
    return result;
}

KeyFileResult replaceKeyFile(const QString& path, const QByteArray& content)
{
    if (!ensureSodium())
        return {KeyFileResult::Outcome::Failed, QStringLiteral("libsodium did not start")};
    QByteArray tmp;
    if (auto written = writeTemporary(path, content, tmp);
        written.outcome == KeyFileResult::Outcome::Failed)
        return written;
    if (::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0) {
        const KeyFileResult failed{KeyFileResult::Outcome::Failed,
                                   osError("cannot replace a key file")};
        ::unlink(tmp.constData());
        return failed;
    }
    syncDir(QFileInfo(path).absolutePath());
    return {KeyFileResult::Outcome::Created, {}};
}

QString ensurePrivateDir(const QString& dir)
{
    const QByteArray name = QFile::encodeName(dir);
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create the folder %1").arg(dir);
    // mkpath uses the umask; the keys folder is the owner's alone.
    if (::chmod(name.constData(), 0700) != 0)
        return osError("cannot restrict the keys folder");
    return {};
}

bool readableByOthers(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    return (st.st_mode & 077) != 0;
}

} // namespace rentflow::server
