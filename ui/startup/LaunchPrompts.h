#pragma once

#include "BackupRestore.h"

#include <common/BackgroundTask.h>

#include <inventory/PropertyRepository.h>
#include <organisation/OrganisationRepository.h>

#include <QString>

#include <optional>

namespace rentflow::ui {

// What starting the app may need to ask the person at the PC. The app answers
// with dialogs (DialogPrompts); tests answer with scripts.
class LaunchPrompts
{
public:
    // First run (no workspace yet): what the person wants to do.
    enum class FirstRun
    {
        SetUpBusiness,
        ExploreDemo,
        RestoreBackup
    };

    virtual ~LaunchPrompts() = default;
    // nullopt: the user closed the choice.
    virtual std::optional<FirstRun> askFirstRun() = 0;
    // First run: the organisation to create. nullopt: the user cancelled.
    virtual std::optional<OrganisationInput> askOrganisation(const FieldErrors& previousErrors,
                                                             const OrganisationInput& previous) = 0;
    // First run, after the organisation: its first property. nullopt: the user cancelled.
    virtual std::optional<PropertyInput> askFirstProperty(const FieldErrors& previousErrors,
                                                          const PropertyInput& previous) = 0;
    // First run on a new PC: the backup to restore and its key; `problem` is why the last
    // attempt was refused (none the first time). nullopt: the user cancelled.
    virtual std::optional<RestoreRequest>
    askRestore(const std::optional<store::StoreError>& problem, const RestoreRequest& previous) = 0;
    // No keychain answered: choose a passphrase for the new workspace.
    virtual std::optional<QString> askNewPassphrase(const QString& why) = 0;
    // The workspace is locked with a passphrase; `problem` says why we ask again.
    virtual std::optional<QString> askPassphrase(const QString& problem) = 0;
    virtual void showError(const QString& title, const QString& message) = 0;
    // A new keychain workspace: its recovery key, shown once to be written down.
    virtual void showRecoveryKey(const QString& key) = 0;
    // Long work (filling the demo, a restore) off the UI thread; the app shows its progress
    // with Cancel. By default (tests) it is waited for without a dialog.
    virtual TaskOutcome runLongWork(const QString& title, BackgroundTask& task);
};

} // namespace rentflow::ui
