#include "ProcessRunner.h"

#include "TestWorkspace.h"

#include <QProcess>

namespace rentflow::test {

ProcessResult runProgram(const QString& program, const QStringList& args,
                         const QProcessEnvironment& env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString ctlPath()
{
    return QStringLiteral(RENTFLOW_CTL_PATH);
}

QProcessEnvironment ctlEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("RENTFLOW_TEST_PASSPHRASE"), TestWorkspace::kPassphrase);
    env.remove(QStringLiteral("RENTFLOW_WORKSPACE"));
    return env;
}

ProcessResult runCtl(const QStringList& args, int timeoutMs)
{
    return runProgram(ctlPath(), args, ctlEnvironment(), timeoutMs);
}

} // namespace rentflow::test
