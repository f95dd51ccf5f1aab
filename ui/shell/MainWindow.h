#pragma once

#include <common/AppContext.h>
#include <common/Navigator.h>

#include <QHash>
#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace rentflow::store {
class Workspace;
}

namespace rentflow::ui {

class BackgroundIntegrityCheck;
struct ScreenEntry;

// The app's window over one open workspace: the navigation on the left, the current
// screen beside it (ScreenCatalog), the status bar below. It owns the workspace and
// closes it with the window, and is the Navigator screens use to reach each other.
class MainWindow : public QMainWindow, public Navigator
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<store::Workspace> workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    bool showScreen(const QString& screenId) override;
    bool openRecord(const RecordRef& record) override;
    // The screen with this id, made now if it was not yet (tests, quick-find).
    Screen* screen(const QString& screenId);
    QString currentScreenId() const;
    AppContext& context() { return m_context; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createNavigation();
    void createMenus();
    void backUp();
    void verifyData();
    void showRecoveryKey();
    void reportBackgroundCheck(const QStringList& problems);
    void updateTitle();

    std::unique_ptr<store::Workspace> m_workspace;
    AppContext m_context;
    QList<ScreenEntry> m_entries;
    QHash<QString, Screen*> m_screens;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    BackgroundIntegrityCheck* m_integrityCheck = nullptr;
};

} // namespace rentflow::ui
