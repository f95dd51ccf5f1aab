#pragma once

#include "LaunchPrompts.h"

#include <store/Workspace.h>
#include <store/keys/KeyStore.h>

#include <memory>

namespace rentflow::ui {

// Opens the workspace the app starts with: creates it on first run (asking for
// the organisation, and for a passphrase when no keychain answers), asks for the
// passphrase of a passphrase workspace, and shows the open errors of SPEC §1.1.
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

    WorkspaceLauncher(LaunchPrompts& prompts, store::KeyStore& keychain, store::Actor actor);

    // `passphrase` (from --passphrase-env) skips the keychain and the prompt.
    Outcome launch(const QString& directory, const std::optional<QString>& passphrase);
    std::unique_ptr<store::Workspace> takeWorkspace() { return std::move(m_workspace); }
    // The error that made launch() fail, for the exit code.
    const std::optional<store::StoreError>& failure() const { return m_failure; }

private:
    Outcome createFirstWorkspace(const QString& directory,
                                 const std::optional<QString>& passphrase);
    Outcome openExisting(const QString& directory, std::optional<QString> passphrase);
    Outcome fail(const store::StoreError& error);

    LaunchPrompts& m_prompts;
    store::KeyStore& m_keychain;
    store::Actor m_actor;
    std::unique_ptr<store::Workspace> m_workspace;
    std::optional<store::StoreError> m_failure;
};

} // namespace rentflow::ui
