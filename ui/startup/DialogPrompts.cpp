#include "DialogPrompts.h"

#include "FirstRunDialog.h"
#include "PassphraseDialog.h"
#include "RecoveryKeyDialog.h"

#include <QMessageBox>

namespace rentflow::ui {

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
