#pragma once

#include <QCoreApplication>
#include <QString>

namespace rentflow::app {

// CLI.md exit codes, the same for all three programs.
enum ExitCode : int
{
    kExitDone = 0,
    kExitFailed = 1,     // failed while working
    kExitBadInput = 2,   // bad input or usage: the message names the field
    kExitCannotOpen = 3, // wrong key, no key, damaged file, newer schema
};

// Names the program for Qt (settings paths, keychain, --version output).
inline void setProgramIdentity(const char* name)
{
    QCoreApplication::setOrganizationName(QStringLiteral("RentFlow"));
    QCoreApplication::setApplicationName(QString::fromLatin1(name));
    QCoreApplication::setApplicationVersion(QStringLiteral(RENTFLOW_VERSION));
}

// "rentflowctl 0.1.0", as CLI.md asks of --version.
inline QString versionLine()
{
    return QCoreApplication::applicationName() + QLatin1Char(' ') +
           QCoreApplication::applicationVersion();
}

// Who writes, for the audit trail: "rentflowctl:asha" (program and OS account).
inline QString actorLabel()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return QCoreApplication::applicationName() + QLatin1Char(':') + user;
}

} // namespace rentflow::app
