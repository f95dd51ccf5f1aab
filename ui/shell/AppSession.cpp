#include "AppSession.h"

#include <QApplication>

namespace rentflow::ui {

AppSession::AppSession(LaunchPrompts& prompts, store::KeyStore& keychain, store::Actor actor,
                       QObject* parent)
    : QObject(parent), m_launcher(prompts, keychain, std::move(actor)),
      m_factory([](std::unique_ptr<store::Workspace> workspace) {
          return std::make_unique<MainWindow>(std::move(workspace));
      })
{}

AppSession::~AppSession()
{
    m_server.stop(); // before the window and its workspace go
}

WorkspaceLauncher::Outcome AppSession::start(const QString& directory,
                                             const std::optional<QString>& passphrase)
{
    const auto outcome = m_launcher.launch(directory, passphrase);
    if (outcome == WorkspaceLauncher::Outcome::Opened)
        show(m_launcher.takeWorkspace(), m_launcher.openedDemo());
    return outcome;
}

void AppSession::show(std::unique_ptr<store::Workspace> workspace, bool demo)
{
    m_window = m_factory(std::move(workspace));
    if (demo)
        m_window->markAsDemo();
    m_window->setRestoreHandler([this](const RestoreRequest& request) { restore(request); });
    m_window->show();
    m_window->setServerStatus(m_server.status());
    connect(&m_server, &BundledServer::statusChanged, m_window.get(), &MainWindow::setServerStatus);
    m_server.start(m_window->context().workspace);
    emit windowReplaced(m_window.get());
}

WorkspaceLauncher::Outcome AppSession::restore(const RestoreRequest& request)
{
    if (!m_window)
        return WorkspaceLauncher::Outcome::Failed;
    const QString directory = m_window->context().workspace.directory();
    const bool demo = m_window->isDemo();
    // The window's close must not end the app: a new one follows.
    const bool quitOnClose = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    m_server.stop();
    m_window->close();
    m_window.reset(); // closes the workspace: restore replaces its file
    auto outcome = m_launcher.restoreAndOpen(directory, request, false);
    if (outcome != WorkspaceLauncher::Outcome::Opened) {
        // Refused (shown by the launcher): the old data is untouched; open it again.
        const auto passphrase =
            demo ? std::optional<QString>(QString::fromLatin1(WorkspaceLauncher::kDemoPassphrase))
                 : std::nullopt;
        outcome = m_launcher.launch(directory, passphrase);
        if (outcome == WorkspaceLauncher::Outcome::Opened)
            outcome = WorkspaceLauncher::Outcome::Cancelled; // nothing was restored
    }
    QApplication::setQuitOnLastWindowClosed(quitOnClose);
    if (auto workspace = m_launcher.takeWorkspace()) {
        show(std::move(workspace), demo);
        return outcome;
    }
    QApplication::quit();
    return WorkspaceLauncher::Outcome::Failed;
}

} // namespace rentflow::ui
