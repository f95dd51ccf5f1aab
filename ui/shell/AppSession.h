#pragma once

#include "BundledServer.h"
#include "MainWindow.h"

#include <startup/WorkspaceLauncher.h>

#include <QObject>

#include <functional>
#include <memory>

namespace rentflow::ui {

// The app from start to quit: opens the workspace (WorkspaceLauncher: first run, passphrase,
// open errors), shows it in a MainWindow, and serves File ▸ Restore, which needs the
// workspace closed: the window goes, the backup is restored, and the workspace opens again
// in a new window (or, when the restore is refused, as it was).
class AppSession : public QObject
{
    Q_OBJECT
public:
    using WindowFactory =
        std::function<std::unique_ptr<MainWindow>(std::unique_ptr<store::Workspace> workspace)>;

    AppSession(LaunchPrompts& prompts, store::KeyStore& keychain, store::Actor actor,
               QObject* parent = nullptr);
    ~AppSession() override;

    // Tests make windows with screens of their own.
    void setWindowFactory(WindowFactory factory) { m_factory = std::move(factory); }

    // Opens the workspace in `directory` and shows it; otherwise Cancelled or Failed.
    WorkspaceLauncher::Outcome start(const QString& directory,
                                     const std::optional<QString>& passphrase);
    MainWindow* window() const { return m_window.get(); }
    BundledServer& server() { return m_server; }
    const std::optional<store::StoreError>& failure() const { return m_launcher.failure(); }

    // File ▸ Restore: see the class comment. Failed when even reopening failed (then no
    // window is left and the app ends).
    WorkspaceLauncher::Outcome restore(const RestoreRequest& request);

signals:
    void windowReplaced(MainWindow* window);

private:
    void show(std::unique_ptr<store::Workspace> workspace, bool demo);

    WorkspaceLauncher m_launcher;
    WindowFactory m_factory;
    BundledServer m_server;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace rentflow::ui
