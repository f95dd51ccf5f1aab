#include "WorkspaceLauncher.h"

#include <common/BackgroundTask.h>
#include <demo/DemoData.h>
#include <store/WorkspaceBackup.h>
#include <store/keys/KeyMaterial.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rentflow::ui {

using store::StoreError;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("WorkspaceLauncher", text);
}
} // namespace

WorkspaceLauncher::WorkspaceLauncher(LaunchPrompts& prompts, store::KeyStore& keychain,
                                     store::Actor actor)
    : m_prompts(prompts), m_keychain(keychain), m_actor(std::move(actor))
{}

WorkspaceLauncher::Outcome WorkspaceLauncher::launch(const QString& directory,
                                                     const std::optional<QString>& passphrase)
{
    const QString db =
        QDir(directory).filePath(QString::fromLatin1(store::Workspace::kDatabaseFile));
    // A folder that workspace.json describes is opened (and its damage reported),
    // never set up afresh.
    const bool exists = QFileInfo::exists(db) || store::WorkspaceManifest::existsIn(directory);
    if (exists)
        return openExisting(directory, passphrase);
    const auto choice = m_prompts.askFirstRun();
    if (!choice)
        return Outcome::Cancelled;
    switch (*choice) {
    case LaunchPrompts::FirstRun::SetUpBusiness:
        return createFirstWorkspace(directory, passphrase);
    case LaunchPrompts::FirstRun::ExploreDemo:
        return openDemo(demoDirectory(directory));
    case LaunchPrompts::FirstRun::RestoreBackup:
        break;
    }
    const auto request = m_prompts.askRestore(std::nullopt, {});
    if (!request)
        return Outcome::Cancelled;
    return restoreAndOpen(directory, *request, true);
}

QString WorkspaceLauncher::demoDirectory(const QString& directory)
{
    return QDir::cleanPath(directory) + QStringLiteral("-demo");
}

WorkspaceLauncher::Outcome WorkspaceLauncher::fail(const StoreError& error)
{
    m_failure = error;
    QString title = tr("RentFlow cannot open the workspace");
    if (error.code == StoreError::Code::Damaged)
        title = tr("The workspace file is damaged");
    else if (error.code == StoreError::Code::NewerSchema)
        title = tr("This workspace needs a newer RentFlow");
    else if (error.code == StoreError::Code::NoKey)
        title = tr("No key for this workspace");
    m_prompts.showError(title, error.message);
    return Outcome::Failed;
}

WorkspaceLauncher::Outcome
WorkspaceLauncher::createFirstWorkspace(const QString& directory,
                                        const std::optional<QString>& passphrase)
{
    // Ask until the organisation, then its first property, is valid; the user's typing is
    // handed back each time. Nothing is created before both are.
    OrganisationInput input;
    FieldErrors errors;
    for (;;) {
        const auto answer = m_prompts.askOrganisation(errors, input);
        if (!answer)
            return Outcome::Cancelled;
        input = *answer;
        auto valid = OrganisationRepository::validate(input);
        if (valid)
            break;
        errors = valid.error().fields;
    }
    PropertyInput property;
    property.stateCode = input.stateCode; // most PGs are in the business's own state
    errors.clear();
    for (;;) {
        const auto answer = m_prompts.askFirstProperty(errors, property);
        if (!answer)
            return Outcome::Cancelled;
        property = *answer;
        auto valid = PropertyRepository::validate(property);
        if (valid)
            break;
        errors = valid.error().fields;
    }

    store::KeySource keys;
    keys.keychain = &m_keychain;
    keys.passphrase = passphrase;
    auto created = store::Workspace::create(directory, keys, m_actor);
    if (!created && created.error().code == StoreError::Code::NoKey && !passphrase) {
        const auto chosen = m_prompts.askNewPassphrase(created.error().message);
        if (!chosen)
            return Outcome::Cancelled;
        keys.passphrase = *chosen;
        created = store::Workspace::create(directory, keys, m_actor);
    }
    if (keys.passphrase)
        store::wipeKeyMaterial(*keys.passphrase);
    if (!created)
        return fail(created.error());
    auto org = OrganisationRepository(created.value()->store()).create(input);
    if (!org)
        return fail(org.error());
    auto propertyId = PropertyRepository(created.value()->store()).add(property);
    if (!propertyId)
        return fail(propertyId.error());
    if (auto recovery = created.value()->takeNewRecoveryKey()) {
        m_prompts.showRecoveryKey(*recovery);
        store::wipeKeyMaterial(*recovery);
    }
    m_workspace = created.take();
    return Outcome::Opened;
}

WorkspaceLauncher::Outcome WorkspaceLauncher::openDemo(const QString& directory)
{
    store::KeySource keys;
    keys.passphrase = QString::fromLatin1(kDemoPassphrase);
    if (store::WorkspaceManifest::existsIn(directory)) { // made on an earlier run: open it
        auto opened = store::Workspace::open(directory, keys, m_actor);
        if (!opened)
            return fail(opened.error());
        m_workspace = opened.take();
        m_demo = true;
        return Outcome::Opened;
    }
    auto created = store::Workspace::create(directory, keys, m_actor);
    if (!created)
        return fail(created.error());
    std::unique_ptr<store::Workspace> workspace = created.take();
    OrganisationInput org;
    org.name = tr("Sunrise Stays (demo)");
    org.stateCode = QStringLiteral("29");
    auto orgId = OrganisationRepository(workspace->store()).create(org);
    if (!orgId)
        return fail(orgId.error());
    // Filled as `rentflowctl demo` does, on a connection of its own, off the UI thread.
    BackgroundTask task(*workspace, store::DatabaseOpener::Access::ReadWrite,
                        [](store::Store& store, TaskControl& control) -> store::StoreStatus {
                            DemoData::Options options;
                            options.progress = [&control](const QString& step, int done,
                                                          int total) {
                                control.setProgress(done, total, step);
                            };
                            auto counts = DemoData(store).generate(options);
                            if (!counts)
                                return counts.error();
                            return store::Done{};
                        });
    const TaskOutcome filled = m_prompts.runLongWork(tr("Making the demo PG…"), task);
    if (!filled.succeeded()) {
        // Half a demo is no demo: the folder goes, and the next try starts afresh.
        workspace.reset();
        QDir(directory).removeRecursively();
        if (filled.error)
            return fail(*filled.error);
        return Outcome::Cancelled;
    }
    m_workspace = std::move(workspace);
    m_demo = true;
    return Outcome::Opened;
}

WorkspaceLauncher::Outcome WorkspaceLauncher::restoreAndOpen(const QString& directory,
                                                             const RestoreRequest& request,
                                                             bool askAgain)
{
    RestoreRequest asked = request;
    for (;;) {
        BackgroundTask task([&](TaskControl&) -> store::StoreStatus {
            store::KeySource keys = asked.keys(&m_keychain);
            auto restored =
                store::WorkspaceBackup::restore(directory, asked.file, keys, asked.force);
            if (keys.passphrase)
                store::wipeKeyMaterial(*keys.passphrase);
            if (keys.recoveryKey)
                store::wipeKeyMaterial(*keys.recoveryKey);
            if (!restored)
                return restored.error();
            return store::Done{};
        });
        const TaskOutcome restored = m_prompts.runLongWork(tr("Restoring the backup…"), task);
        if (!restored.error)
            break;
        if (!askAgain)
            return fail(*restored.error);
        const auto again = m_prompts.askRestore(restored.error, asked);
        if (!again)
            return Outcome::Cancelled;
        asked = *again;
    }
    // A backup under a passphrase is now a passphrase workspace: the one just typed opens it.
    const store::KeySource keys = asked.keys(&m_keychain);
    return openExisting(directory, keys.passphrase);
}

WorkspaceLauncher::Outcome WorkspaceLauncher::openExisting(const QString& directory,
                                                           std::optional<QString> passphrase)
{
    store::KeySource keys;
    keys.keychain = &m_keychain;
    keys.passphrase = passphrase;
    auto opened = store::Workspace::open(directory, keys, m_actor);
    // Only a passphrase workspace can be opened by asking: a keychain workspace's
    // key is random and was never shown to anyone.
    const auto manifest = store::WorkspaceManifest::load(directory);
    const bool passphraseWorkspace =
        manifest && manifest.value().keyMode == store::WorkspaceManifest::KeyMode::Passphrase;
    for (int attempt = 0; !opened && passphraseWorkspace && attempt < kPassphraseAttempts;
         ++attempt) {
        const StoreError& error = opened.error();
        const bool askable = (error.code == StoreError::Code::NoKey && !keys.passphrase) ||
                             error.code == StoreError::Code::WrongKey;
        if (!askable)
            break;
        const QString problem = error.code == StoreError::Code::WrongKey
                                    ? tr("That passphrase does not open this workspace. Try again.")
                                    : QString();
        const auto answer = m_prompts.askPassphrase(problem);
        if (!answer)
            return Outcome::Cancelled;
        keys.passphrase = *answer;
        opened = store::Workspace::open(directory, keys, m_actor);
    }
    if (keys.passphrase)
        store::wipeKeyMaterial(*keys.passphrase);
    if (!opened)
        return fail(opened.error());
    m_workspace = opened.take();
    return Outcome::Opened;
}

} // namespace rentflow::ui
