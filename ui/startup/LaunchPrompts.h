#pragma once

#include <organisation/OrganisationRepository.h>

#include <QString>

#include <optional>

namespace rentflow::ui {

// What starting the app may need to ask the person at the PC. The app answers
// with dialogs (DialogPrompts); tests answer with scripts.
class LaunchPrompts
{
public:
    virtual ~LaunchPrompts() = default;
    // First run: the organisation to create. nullopt: the user cancelled.
    virtual std::optional<OrganisationInput> askOrganisation(const FieldErrors& previousErrors,
                                                             const OrganisationInput& previous) = 0;
    // No keychain answered: choose a passphrase for the new workspace.
    virtual std::optional<QString> askNewPassphrase(const QString& why) = 0;
    // The workspace is locked with a passphrase; `problem` says why we ask again.
    virtual std::optional<QString> askPassphrase(const QString& problem) = 0;
    virtual void showError(const QString& title, const QString& message) = 0;
    // A new keychain workspace: its recovery key, shown once to be written down.
    virtual void showRecoveryKey(const QString& key) = 0;
};

} // namespace rentflow::ui
