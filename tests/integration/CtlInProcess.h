#pragma once

#include <CtlDispatcher.h>
#include <support/TestWorkspace.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace rentflow::test {

// One rentflowctl command run inside the test process (the rentflow_ctl library),
// with what it printed and its exit code, as the real program would give them.
struct CtlRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// `args` as after the program's name; the passphrase is in RENTFLOW_TEST_PASSPHRASE.
inline CtlRun runCtlInProcess(const QStringList& args)
{
    qputenv("RENTFLOW_TEST_PASSPHRASE", TestWorkspace::kPassphrase.toUtf8());
    CtlRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode =
        app::CtlDispatcher().run(QStringList{QStringLiteral("rentflowctl")} + args, {out, err});
    out.flush();
    err.flush();
    return run;
}

// The same for a workspace: --workspace DIR --passphrase-env … --json added.
inline CtlRun runCtlInProcess(const QString& workspace, QStringList args)
{
    args << QStringLiteral("--workspace") << workspace << QStringLiteral("--passphrase-env")
         << QStringLiteral("RENTFLOW_TEST_PASSPHRASE") << QStringLiteral("--json");
    return runCtlInProcess(args);
}

} // namespace rentflow::test
