// rentflow: the desktop app (CLI.md: rentflow [--workspace DIR] [--passphrase-env VAR] [--lang
// hi]).
#include "../common/ProgramInfo.h"
#include "../common/WorkspaceLocation.h"
#include "StartupProbe.h"

#include <shell/AppSession.h>
#include <startup/DialogPrompts.h>
#include <store/keys/KeyMaterial.h>
#include <store/keys/KeychainKeyStore.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

using namespace rentflow;

namespace {

// Qt aborts when no display can be reached; say so plainly instead (CLI.md).
bool displayAvailable()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
           !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

void describeOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QStringLiteral("RentFlow: PG and co-living operations, offline and encrypted."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("workspace"), QStringLiteral("The workspace folder."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("passphrase-env"),
         QStringLiteral("Read the database passphrase from this environment variable."),
         QStringLiteral("VAR")});
}

// Without a display, --help, --version and bad options are still answered.
int answerWithoutDisplay(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    app::setProgramIdentity("rentflow");
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(application); // exits for --help, --version and bad options
    QTextStream(stderr)
        << "rentflow: no display found (DISPLAY and WAYLAND_DISPLAY are not set). "
           "Start it from a desktop session, or use rentflowctl on the command line.\n";
    return app::kExitFailed;
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (!displayAvailable())
        return answerWithoutDisplay(argc, argv);
    QApplication application(argc, argv);
    app::setProgramIdentity("rentflow");
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(application); // --help, --version and bad options exit here

    std::optional<QString> passphrase;
    if (parser.isSet(QStringLiteral("passphrase-env"))) {
        const QString variable = parser.value(QStringLiteral("passphrase-env"));
        passphrase = store::takeEnvironmentSecret(variable); // read once, then cleared
        if (passphrase->isEmpty()) {
            QTextStream(stderr) << "rentflow: --passphrase-env: the environment variable "
                                << variable << " is not set or empty\n";
            return app::kExitBadInput;
        }
    }

    store::KeychainKeyStore keychain;
    ui::DialogPrompts prompts;
    ui::AppSession session(prompts, keychain, {app::actorLabel(), QString()});
    const auto outcome = session.start(
        app::resolveWorkspaceDir(parser.value(QStringLiteral("workspace"))), passphrase);
    if (passphrase)
        store::wipeKeyMaterial(*passphrase);
    switch (outcome) {
    case ui::WorkspaceLauncher::Outcome::Cancelled:
        return app::kExitDone;
    case ui::WorkspaceLauncher::Outcome::Failed:
        return session.failure() && session.failure()->preventsOpening() ? app::kExitCannotOpen
                                                                         : app::kExitFailed;
    case ui::WorkspaceLauncher::Outcome::Opened:
        break;
    }
    app::armStartupProbe(session, sinceStart);
    return application.exec();
}
