#pragma once

#include "LaunchPrompts.h"

class QWidget;

namespace rentflow::ui {

// LaunchPrompts answered by the person at the PC, through dialogs.
class DialogPrompts : public LaunchPrompts
{
public:
    explicit DialogPrompts(QWidget* parent = nullptr) : m_parent(parent) {}

    std::optional<OrganisationInput> askOrganisation(const FieldErrors& previousErrors,
                                                     const OrganisationInput& previous) override;
    std::optional<QString> askNewPassphrase(const QString& why) override;
    std::optional<QString> askPassphrase(const QString& problem) override;
    void showError(const QString& title, const QString& message) override;
    void showRecoveryKey(const QString& key) override;

private:
    QWidget* m_parent;
};

} // namespace rentflow::ui
