#pragma once

#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>

namespace rentflow::app {

// CLI.md: --workspace DIR, else $RENTFLOW_WORKSPACE, else the platform's app-data folder.
inline QString resolveWorkspaceDir(const QString& fromFlag)
{
    if (!fromFlag.isEmpty())
        return fromFlag;
    const QString fromEnv = qEnvironmentVariable("RENTFLOW_WORKSPACE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/RentFlow/workspace");
}

} // namespace rentflow::app
