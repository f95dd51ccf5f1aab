#pragma once

#include "LaunchPrompts.h"

class QWidget;

namespace rentflow::ui {

// LaunchPrompts answered by the person at the PC, through dialogs.
class DialogPrompts : public LaunchPrompts
{
public:
    explicit DialogPrompts(QWidget* parent = nullptr) : m_parent(parent) {}

    std::optional<FirstRun> askFirstRun() override;
    std::optional<OrganisationInput> askOrganisation(const FieldErrors& previousErrors,
                                                     const OrganisationInput& previous) override;
    std::optional<PropertyInput> askFirstProperty(const FieldErrors& previousErrors,
                                                  const PropertyInput& previous) override;
    std::optional<RestoreRequest> askRestore(const std::optional<store::StoreError>& problem,
                                             const RestoreRequest& previous) override;
    std::optional<QString> askNewPassphrase(const QString& why) override;
    std::optional<QString> askPassphrase(const QString& problem) override;
    void showError(const QString& title, const QString& message) override;
    void showRecoveryKey(const QString& key) override;
    TaskOutcome runLongWork(const QString& title, BackgroundTask& task) override;

private:
    QWidget* m_parent;
};

} // namespace rentflow::ui
