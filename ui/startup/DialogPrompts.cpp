#include "DialogPrompts.h"

#include "FirstPropertyDialog.h"
#include "FirstRunChoiceDialog.h"
#include "FirstRunDialog.h"
#include "PassphraseDialog.h"
#include "RecoveryKeyDialog.h"
#include "RestoreBackupDialog.h"

#include <QMessageBox>

namespace rentflow::ui {

std::optional<LaunchPrompts::FirstRun> DialogPrompts::askFirstRun()
{
    FirstRunChoiceDialog dialog(m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choice();
}

std::optional<PropertyInput> DialogPrompts::askFirstProperty(const FieldErrors& previousErrors,
                                                             const PropertyInput& previous)
{
    FirstPropertyDialog dialog(m_parent);
    dialog.setInput(previous);
    dialog.showErrors(previousErrors);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.input();
}

std::optional<RestoreRequest>
DialogPrompts::askRestore(const std::optional<store::StoreError>& problem,
                          const RestoreRequest& previous)
{
    RestoreBackupDialog dialog(RestoreBackupDialog::Occasion::NewPc, m_parent);
    dialog.setRequest(previous);
    if (problem)
        dialog.showError(*problem);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.request();
}

TaskOutcome DialogPrompts::runLongWork(const QString& title, BackgroundTask& task)
{
    return runWithProgress(m_parent, title, task);
}

std::optional<OrganisationInput> DialogPrompts::askOrganisation(const FieldErrors& previousErrors,
                                                                const OrganisationInput& previous)
{
    FirstRunDialog dialog(m_parent);
    dialog.setInput(previous);
    dialog.showErrors(previousErrors);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.input();
}

std::optional<QString> DialogPrompts::askNewPassphrase(const QString& why)
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Choose, why, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

std::optional<QString> DialogPrompts::askPassphrase(const QString& problem)
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Enter, problem, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.passphrase();
}

void DialogPrompts::showError(const QString& title, const QString& message)
{
    QMessageBox::critical(m_parent, title, message);
}

} // namespace rentflow::ui

namespace rentflow::ui {

void DialogPrompts::showRecoveryKey(const QString& key)
{
    RecoveryKeyDialog dialog(key, RecoveryKeyDialog::Occasion::Setup, m_parent);
    dialog.exec();
}

} // namespace rentflow::ui
