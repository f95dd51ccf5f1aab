// rentflow-server: the sync and public-website server (CLI.md). Reads its settings, brings
// its database up to date, listens, and stops cleanly on SIGTERM or SIGINT.
#include "../common/ProgramInfo.h"
#include "../common/WorkspaceLocation.h"

#include <server/auth/UserAddCommand.h>
#include <server/http/ServerConfig.h>
#include <server/http/ServerRuntime.h>

#include <store/Workspace.h>
#include <store/keys/KeyMaterial.h>
#include <store/keys/KeychainKeyStore.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace rentflow;

namespace {

int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop (the handler only writes to a pipe).
bool quitOnStopSignals(QCoreApplication& app)
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        while (::read(g_signalPipe[0], &byte, 1) > 0) {
        }
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

const QString kBundledKeyVariable = QStringLiteral("RENTFLOW_BUNDLED_SERVER_KEY");

// user add --workspace DIR: the desktop app's bundled server of that workspace. Opens the
// workspace (keychain, or --workspace-passphrase-env) for the key its server data is
// encrypted under, and points --data-dir and --passphrase-env there. 0, or the exit code.
int useBundledServerOf(QCommandLineParser& parser, QProcessEnvironment& environment,
                       QTextStream& err)
{
    if (parser.isSet(QStringLiteral("data-dir")) || parser.isSet(QStringLiteral("database")) ||
        parser.isSet(QStringLiteral("passphrase-env"))) {
        err << "rentflow-server: --workspace: give it instead of --data-dir, --database and "
               "--passphrase-env\n";
        return app::kExitBadInput;
    }
    const QString directory = parser.value(QStringLiteral("workspace"));
    store::KeychainKeyStore keychain;
    store::KeySource keys{std::nullopt, &keychain, std::nullopt};
    if (parser.isSet(QStringLiteral("workspace-passphrase-env"))) {
        const QString variable = parser.value(QStringLiteral("workspace-passphrase-env"));
        keys.passphrase = store::takeEnvironmentSecret(variable);
        if (keys.passphrase->isEmpty()) {
            err << "rentflow-server: --workspace-passphrase-env: the variable " << variable
                << " is not set or empty\n";
            return app::kExitBadInput;
        }
    }
    auto workspace = store::Workspace::open(directory, keys, {app::actorLabel(), QString()});
    if (keys.passphrase)
        store::wipeKeyMaterial(*keys.passphrase);
    if (!workspace) {
        err << "rentflow-server: --workspace: " << workspace.error().message << '\n';
        return workspace.error().preventsOpening() ? app::kExitCannotOpen : app::kExitFailed;
    }
    environment.insert(kBundledKeyVariable, workspace.value()->bundledServerPassphrase());
    environment.insert(QStringLiteral("RENTFLOW_SERVER_DATA_DIR"),
                       store::Workspace::bundledServerDirectory(directory));
    environment.insert(QStringLiteral("RENTFLOW_SERVER_PASSPHRASE_ENV"), kBundledKeyVariable);
    return 0;
}

QString defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("rentflow-server"));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    app::setProgramIdentity("rentflow-server");
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The RentFlow server: sync for the office PCs and the public website's endpoints."));
    parser.addHelpOption();
    parser.addVersionOption();
    server::addServerOptions(parser);
    server::addUserAddOptions(parser); // user add: --email, --password-env, --role, --org
    parser.addOption({QStringLiteral("workspace"),
                      QStringLiteral("user add: for the desktop app's bundled server of this "
                                     "workspace (its data beside it, its key from it)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("workspace-passphrase-env"),
                      QStringLiteral("user add --workspace: the variable holding the "
                                     "workspace's passphrase (default: the keychain)."),
                      QStringLiteral("VAR")});
    if (!parser.parse(app.arguments())) {
        err << "rentflow-server: " << parser.errorText() << '\n';
        return app::kExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(app::kExitDone);
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << app::versionLine() << '\n';
        return app::kExitDone;
    }
    const QStringList command = parser.positionalArguments();
    const bool userAdd = command == QStringList{QStringLiteral("user"), QStringLiteral("add")};
    if (!command.isEmpty() && !userAdd) {
        err << "rentflow-server: unknown command '" << command.join(u' ')
            << "'; the one command is 'user add' (see 'rentflow-server --help').\n";
        return app::kExitBadInput;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (parser.isSet(QStringLiteral("workspace"))) {
        if (!userAdd) {
            err << "rentflow-server: --workspace: only 'user add' takes it\n";
            return app::kExitBadInput;
        }
        if (const int refused = useBundledServerOf(parser, environment, err))
            return refused;
    }
    auto config = server::readServerConfig(parser, environment, defaultDataDir());
    if (auto* errors = std::get_if<server::ConfigErrors>(&config)) {
        for (auto it = errors->constBegin(); it != errors->constEnd(); ++it)
            err << "rentflow-server: --" << it.key() << ": " << it.value().toString() << '\n';
        return app::kExitBadInput;
    }
    if (userAdd) {
        store::KeychainKeyStore keys;
        QTextStream out(stdout);
        return server::runUserAddCommand(parser, std::get<server::ServerConfig>(config),
                                         environment, keys, out, err);
    }
    if (!quitOnStopSignals(app)) {
        err << "rentflow-server: cannot watch for SIGTERM/SIGINT\n";
        return app::kExitFailed;
    }
    store::KeychainKeyStore keys;
    auto started =
        server::ServerRuntime::start(std::get<server::ServerConfig>(config), environment, keys);
    if (auto* failure = std::get_if<server::ServerRuntime::Failure>(&started)) {
        err << "rentflow-server: " << failure->message << '\n';
        return failure->exitCode;
    }
    auto& runtime = std::get<std::unique_ptr<server::ServerRuntime>>(started);
    QTextStream(stdout) << "listening on " << runtime->url() << Qt::endl;
    app.exec();
    runtime->stop();
    return app::kExitDone;
}
