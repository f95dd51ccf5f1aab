#pragma once

#include "../common/ProgramInfo.h"

#include <store/StoreError.h>
#include <store/Workspace.h>
#include <store/keys/KeychainKeyStore.h>

#include <QHash>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

namespace rentflow::app {

// Where a command's answer goes: the process's stdout and stderr, or, in a test
// running commands in-process, strings.
struct CtlStreams
{
    QTextStream& out;
    QTextStream& err;
};

// What every rentflowctl command needs: where the workspace is, how to get its
// key, and how to answer (text or one JSON object, and the CLI.md exit code).
class CtlContext
{
public:
    CtlContext(QString workspaceDir, QString passphraseEnv, bool json, CtlStreams streams);

    const QString& workspaceDir() const { return m_workspaceDir; }
    bool json() const { return m_json; }

    store::StoreResult<store::KeySource> keys();
    store::StoreResult<std::unique_ptr<store::Workspace>> openWorkspace();
    static store::Actor actor();

    // Prints the outcome and returns the exit code.
    int done(const QJsonObject& result, const QString& text);
    int fail(const store::StoreError& error);
    int badInput(const QString& field, const QString& message);

    // Models name a refused field by what it is ("invoice"); when a command takes that
    // as another option ("invoice cancel --id"), errors name the option the user typed.
    void renameField(const QString& field, const QString& option)
    {
        m_fieldOptions[field] = option;
    }

private:
    QString m_workspaceDir;
    QString m_passphraseEnv;
    bool m_json;
    CtlStreams m_streams;
    QHash<QString, QString> m_fieldOptions;
    store::KeychainKeyStore m_keychain;
};

} // namespace rentflow::app
