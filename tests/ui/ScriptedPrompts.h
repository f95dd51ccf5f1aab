#pragma once

#include <startup/LaunchPrompts.h>

#include <QList>
#include <QStringList>

namespace rentflow::test {

// Answers the launcher's questions from a script and records what it was asked. An empty
// script answers "cancel"; a first run chooses to set up the business and gives a valid
// first property unless told otherwise.
class ScriptedPrompts : public ui::LaunchPrompts
{
public:
    static PropertyInput sampleProperty()
    {
        PropertyInput property;
        property.name = QStringLiteral("Koramangala");
        property.city = QStringLiteral("Bengaluru");
        property.stateCode = QStringLiteral("29");
        return property;
    }

    QList<std::optional<FirstRun>> firstRuns = {FirstRun::SetUpBusiness};
    QList<std::optional<OrganisationInput>> organisations;
    QList<std::optional<PropertyInput>> properties = {sampleProperty()};
    QList<std::optional<ui::RestoreRequest>> restores;
    QList<std::optional<QString>> passphrases;

    int firstRunAsks = 0;
    QList<FieldErrors> errorsShown;
    QList<OrganisationInput> inputsShown;
    QList<FieldErrors> propertyErrorsShown;
    QList<std::optional<store::StoreError>> restoreProblems;
    QStringList passphraseProblems;
    QStringList errorTitles;
    QStringList recoveryKeysShown;
    QStringList longWork;
    int newPassphraseAsks = 0;

    std::optional<FirstRun> askFirstRun() override
    {
        ++firstRunAsks;
        return firstRuns.isEmpty() ? std::nullopt : firstRuns.takeFirst();
    }
    std::optional<OrganisationInput> askOrganisation(const FieldErrors& errors,
                                                     const OrganisationInput& previous) override
    {
        errorsShown.append(errors);
        inputsShown.append(previous);
        return organisations.isEmpty() ? std::nullopt : organisations.takeFirst();
    }
    std::optional<PropertyInput> askFirstProperty(const FieldErrors& errors,
                                                  const PropertyInput&) override
    {
        propertyErrorsShown.append(errors);
        return properties.isEmpty() ? std::nullopt : properties.takeFirst();
    }
    std::optional<ui::RestoreRequest> askRestore(const std::optional<store::StoreError>& problem,
                                                 const ui::RestoreRequest&) override
    {
        restoreProblems.append(problem);
        return restores.isEmpty() ? std::nullopt : restores.takeFirst();
    }
    std::optional<QString> askNewPassphrase(const QString&) override
    {
        ++newPassphraseAsks;
        return passphrases.isEmpty() ? std::nullopt : passphrases.takeFirst();
    }
    std::optional<QString> askPassphrase(const QString& problem) override
    {
        passphraseProblems.append(problem);
        return passphrases.isEmpty() ? std::nullopt : passphrases.takeFirst();
    }
    void showError(const QString& title, const QString&) override { errorTitles.append(title); }
    void showRecoveryKey(const QString& key) override { recoveryKeysShown.append(key); }
    ui::TaskOutcome runLongWork(const QString& title, ui::BackgroundTask& task) override
    {
        longWork.append(title);
        return LaunchPrompts::runLongWork(title, task);
    }
};

} // namespace rentflow::test
