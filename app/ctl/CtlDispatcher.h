#pragma once

#include "CtlCommand.h"
#include "CtlContext.h"

#include <QStringList>

namespace rentflow::app {

// Finds the command in the arguments (global flags may stand before or after
// it, CLI.md), parses its options and runs it. Returns the exit code.
class CtlDispatcher
{
public:
    CtlDispatcher();
    // arguments[0] is the program's name, as in QCoreApplication::arguments().
    int run(const QStringList& arguments); // answers on stdout and stderr
    int run(const QStringList& arguments, CtlStreams streams);
    // The words that name the command ("pdf", "invoice"), found among global flags.
    QStringList commandWords(const QStringList& arguments) const;

private:
    const CtlCommand* find(const QStringList& words) const;
    QString overview() const;
    QString commandList() const;
    QString commandHelp(const CtlCommand& command) const;

    QList<CtlCommand> m_commands;
    QList<QCommandLineOption> m_globalOptions;
};

} // namespace rentflow::app
