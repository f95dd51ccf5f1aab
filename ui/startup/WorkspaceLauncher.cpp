#include "WorkspaceLauncher.h"

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
    return exists ? openExisting(directory, passphrase)
                  : createFirstWorkspace(directory, passphrase);
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
    // Ask until the organisation is valid; the user's typing is handed back each time.
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
    if (auto recovery = created.value()->takeNewRecoveryKey()) {
        m_prompts.showRecoveryKey(*recovery);
        store::wipeKeyMaterial(*recovery);
    }
    m_workspace = created.take();
    return Outcome::Opened;
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
