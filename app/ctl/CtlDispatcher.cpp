#include "CtlDispatcher.h"

#include "../common/ProgramInfo.h"
#include "../common/WorkspaceLocation.h"
#include "CtlContext.h"

#include <QTextStream>

namespace rentflow::app {

namespace {
const QString kWorkspace = QStringLiteral("workspace");
const QString kPassphraseEnv = QStringLiteral("passphrase-env");
const QString kJson = QStringLiteral("json");
} // namespace

CtlDispatcher::CtlDispatcher()
{
    for (const auto& group :
         {workspaceCommands(), inventoryCommands(), residentCommands(), stayCommands(),
          billingCommands(), paymentCommands(), utilityCommands(), correctionCommands(),
          listCommands(), organisationCommands(), pdfCommands(), exportCommands(),
          templateCommands()})
        m_commands << group;
    m_globalOptions = {
        valueOption(
            "workspace",
            "The workspace folder (default: $RENTFLOW_WORKSPACE, else the app-data folder).",
            "DIR"),
        valueOption("passphrase-env",
                    "Read the database passphrase from this environment variable.", "VAR"),
        QCommandLineOption(kJson, QStringLiteral("Print one JSON object on stdout.")),
        QCommandLineOption(QStringLiteral("version"),
                           QStringLiteral("Print the version and exit.")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           QStringLiteral("Show help and exit.")),
    };
}

QStringList CtlDispatcher::commandWords(const QStringList& arguments) const
{
    // Walk the arguments, skipping global options and their values, and keep
    // the leading plain words: they name the command.
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg.startsWith(QLatin1Char('-'))) {
            const QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
            if ((name == kWorkspace || name == kPassphraseEnv) && !name.contains(QLatin1Char('=')))
                ++i; // its value
            else if (!words.isEmpty())
                break; // the command's own options start here
            continue;
        }
        words.append(arg);
        if (words.size() == 2)
            break;
    }
    return words;
}

const CtlCommand* CtlDispatcher::find(const QStringList& words) const
{
    for (qsizetype take = qMin<qsizetype>(2, words.size()); take > 0; --take)
        for (const CtlCommand& command : m_commands)
            if (command.words == words.mid(0, take))
                return &command;
    return nullptr;
}

namespace {
// "  --name VALUE   description" lines for a list of options.
QString describeOptions(const QList<QCommandLineOption>& options)
{
    QString text;
    for (const QCommandLineOption& option : options) {
        QString names = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty())
            names += QLatin1Char(' ') + option.valueName();
        text += QStringLiteral("  %1 %2\n").arg(names.leftJustified(24), option.description());
    }
    return text;
}
} // namespace

QString CtlDispatcher::commandList() const
{
    // Names in a column as wide as the longest, so none runs into its summary.
    qsizetype width = 0;
    for (const CtlCommand& command : m_commands)
        width = qMax(width, command.words.join(QLatin1Char(' ')).size() + 2);
    QString text = QStringLiteral("Commands:\n");
    for (const CtlCommand& command : m_commands)
        text +=
            QStringLiteral("  %1%2\n")
                .arg(command.words.join(QLatin1Char(' ')).leftJustified(width), command.summary);
    return text;
}

QString CtlDispatcher::overview() const
{
    QString text = QStringLiteral("Usage: rentflowctl [--workspace DIR] [--passphrase-env VAR] "
                                  "[--json] COMMAND [OPTIONS]\n\n");
    text += commandList();
    text += QStringLiteral("\nGlobal options:\n") + describeOptions(m_globalOptions);
    text += QStringLiteral(
        "\n'rentflowctl COMMAND --help' lists a command's options.\n"
        "Exit codes: 0 done, 1 failed, 2 bad input, 3 workspace cannot be opened.\n");
    return text;
}

QString CtlDispatcher::commandHelp(const CtlCommand& command) const
{
    return QStringLiteral(
               "Usage: rentflowctl %1 [OPTIONS]\n%2\n\nOptions:\n%3\nGlobal options:\n%4")
        .arg(command.words.join(QLatin1Char(' ')), command.summary,
             describeOptions(command.options), describeOptions(m_globalOptions));
}

int CtlDispatcher::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, {out, err});
}

int CtlDispatcher::run(const QStringList& arguments, CtlStreams streams)
{
    QTextStream& out = streams.out;
    QTextStream& err = streams.err;
    const QStringList words = commandWords(arguments);
    const CtlCommand* command = find(words);
    // Usage errors come before the options are understood; --json still gets JSON.
    auto usageError = [&](const QString& message) {
        CtlContext(QString(), QString(), arguments.contains(QStringLiteral("--json")), streams)
            .fail(store::StoreError{store::StoreError::Code::InvalidInput, message});
        return int(kExitBadInput);
    };
    // An unknown command is named as such, before its options (unknown to us too) are read.
    if (!command && !words.isEmpty()) {
        const int code =
            usageError(QStringLiteral("unknown command: %1").arg(words.join(QLatin1Char(' '))));
        err << commandList();
        err.flush();
        return code;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(m_globalOptions);
    if (command) {
        parser.addOptions(command->options);
        parser.addPositionalArgument(QStringLiteral("command"),
                                     command->words.join(QLatin1Char(' ')));
    }
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        out << versionLine() << "\n";
        out.flush();
        return kExitDone;
    }
    if (!command) { // no command words at all
        QTextStream& to = parser.isSet(QStringLiteral("help")) ? out : err;
        to << overview();
        to.flush();
        return parser.isSet(QStringLiteral("help")) ? kExitDone : kExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(*command);
        out.flush();
        return kExitDone;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != command->words.size())
        return usageError(QStringLiteral("unexpected argument '%1'")
                              .arg(positional.mid(command->words.size()).join(QLatin1Char(' '))));
    CtlContext context(resolveWorkspaceDir(parser.value(kWorkspace)), parser.value(kPassphraseEnv),
                       parser.isSet(kJson), streams);
    // "invoice cancel --id": the model's "invoice" field is the --id the user gave.
    const auto takes = [command](const QString& name) {
        return std::any_of(
            command->options.begin(), command->options.end(),
            [&name](const QCommandLineOption& o) { return o.names().contains(name); });
    };
    if (takes(QStringLiteral("id")) && !takes(command->words.constFirst()))
        context.renameField(command->words.constFirst(), QStringLiteral("id"));
    return command->run(context, parser);
}

} // namespace rentflow::app
