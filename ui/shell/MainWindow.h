#pragma once

#include "ScreenCatalog.h"

#include <common/AppContext.h>
#include <common/Navigator.h>

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace rentflow::store {
class Workspace;
}

namespace rentflow::ui {

class BackgroundIntegrityCheck;
struct RestoreRequest;

// The app's window over one open workspace: the navigation on the left, the current
// screen beside it (ScreenCatalog), the status bar below (workspace, sync, user, the
// background check). It owns the workspace and closes it with the window, and is the
// Navigator screens use to reach each other. Ctrl+K finds anything, F1 lists the keys.
class MainWindow : public QMainWindow, public Navigator
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<store::Workspace> workspace, QWidget* parent = nullptr);
    // With these screens instead of the catalog's (tests).
    MainWindow(std::unique_ptr<store::Workspace> workspace, QList<ScreenEntry> screens,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    bool showScreen(const QString& screenId) override;
    bool openRecord(const RecordRef& record) override;
    // The screen with this id, made now if it was not yet (tests, quick-find).
    Screen* screen(const QString& screenId);
    QString currentScreenId() const;
    AppContext& context() { return m_context; }

    // A demo workspace: the title and the status bar say DEMO.
    void markAsDemo();
    // The bundled server's state, shown in the status bar ("Server: http://…").
    void setServerStatus(const QString& status);
    bool isDemo() const { return m_demo; }
    // File ▸ Restore hands the chosen backup here (the app's session closes this window,
    // restores and opens the workspace again); without a handler the item is disabled.
    void setRestoreHandler(std::function<void(const RestoreRequest&)> handler);

    // The menus' work, after their file dialogs (also for tests).
    void backUpTo(const QString& file);
    void verifyData();
    void openQuickFind();
    void showShortcuts();
    void showNextScreen(int step); // Ctrl+PgDn (+1), Ctrl+PgUp (−1), wrapping round

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createNavigation();
    void createMenus();
    void createStatusBar();
    void placeWindow();
    void backUp();
    void restoreFromBackup();
    void showRecoveryKey();
    void reportBackgroundCheck(const QStringList& problems);
    void updateTitle();
    // Alt+digit (Go menu) takes the keyboard into the screen it shows, so the screen's own
    // keys (Ctrl+N…) answer at once, without a click in it first.
    void focusCurrentScreen();

    std::unique_ptr<store::Workspace> m_workspace;
    AppContext m_context;
    QList<ScreenEntry> m_entries;
    QHash<QString, Screen*> m_screens;
    QListWidget* m_navigation = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_stack = nullptr;
    QAction* m_restoreAction = nullptr;
    QLabel* m_demoLabel = nullptr;
    QLabel* m_serverLabel = nullptr;
    BackgroundIntegrityCheck* m_integrityCheck = nullptr;
    std::function<void(const RestoreRequest&)> m_restoreHandler;
    bool m_demo = false;
};

} // namespace rentflow::ui
