#pragma once

#include "LaunchPrompts.h"

#include <store/Workspace.h>
#include <store/keys/KeyStore.h>

#include <memory>

namespace rentflow::ui {

// Opens the workspace the app starts with, and shows the open errors of SPEC §1.1. On a
// first run (no workspace in the folder) it offers three ways in: set up the business
// (organisation, first property, a passphrase when no keychain answers, then the recovery
// key to write down), explore a demo PG (a separate workspace beside the real one, filled
// with DemoData), or restore a backup (a new PC). A passphrase workspace is asked for its
// passphrase.
class WorkspaceLauncher
{
public:
    enum class Outcome
    {
        Opened,
        Cancelled,
        Failed
    };
    static constexpr int kPassphraseAttempts = 3;
    // The demo workspace holds only made-up data: it is locked with this known passphrase,
    // so it opens on any PC without a keychain or a question.
    static constexpr const char* kDemoPassphrase = "rentflow demo data";

    WorkspaceLauncher(LaunchPrompts& prompts, store::KeyStore& keychain, store::Actor actor);

    // `passphrase` (from --passphrase-env) skips the keychain and the prompt.
    Outcome launch(const QString& directory, const std::optional<QString>& passphrase);
    // Restores the backup into `directory` (no workspace of it may be open) and opens it;
    // a refused restore is asked again with the reason (first run) or, when `askAgain` is
    // false, shown and Failed (the old data is untouched).
    Outcome restoreAndOpen(const QString& directory, const RestoreRequest& request, bool askAgain);
    std::unique_ptr<store::Workspace> takeWorkspace() { return std::move(m_workspace); }
    // Whether the workspace opened is the demo one (the window marks it).
    bool openedDemo() const { return m_demo; }
    // The error that made launch() fail, for the exit code.
    const std::optional<store::StoreError>& failure() const { return m_failure; }

    // Where the demo workspace of `directory` is: beside it, "<directory>-demo".
    static QString demoDirectory(const QString& directory);

private:
    Outcome createFirstWorkspace(const QString& directory,
                                 const std::optional<QString>& passphrase);
    Outcome openDemo(const QString& directory);
    Outcome openExisting(const QString& directory, std::optional<QString> passphrase);
    Outcome fail(const store::StoreError& error);

    LaunchPrompts& m_prompts;
    store::KeyStore& m_keychain;
    store::Actor m_actor;
    std::unique_ptr<store::Workspace> m_workspace;
    std::optional<store::StoreError> m_failure;
    bool m_demo = false;
};

} // namespace rentflow::ui
