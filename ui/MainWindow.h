#pragma once

#include <QMainWindow>

#include <memory>

namespace rentflow::store {
class Workspace;
}

namespace rentflow::ui {

class OverviewPage;
class BackgroundIntegrityCheck;

// The app's window over one open workspace. It owns the workspace and closes
// it with the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<store::Workspace> workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void backUp();
    void verifyData();
    void showRecoveryKey();
    void reportBackgroundCheck(const QStringList& problems);
    void updateTitle();

    std::unique_ptr<store::Workspace> m_workspace;
    OverviewPage* m_overviewPage;
    BackgroundIntegrityCheck* m_integrityCheck = nullptr;
};

} // namespace rentflow::ui
