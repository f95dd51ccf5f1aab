#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rentflow::test {

// Runs one of our programs as a user would and keeps what it printed.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
    bool crashed = false;
};

ProcessResult runProgram(const QString& program, const QStringList& args,
                         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 120000);

// rentflowctl with the test passphrase in RENTFLOW_TEST_PASSPHRASE.
ProcessResult runCtl(const QStringList& args, int timeoutMs = 120000);
QProcessEnvironment ctlEnvironment();
QString ctlPath();

} // namespace rentflow::test
