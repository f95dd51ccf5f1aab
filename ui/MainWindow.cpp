#include "MainWindow.h"

#include "overview/OverviewPage.h"

#include <billing/BooksCheck.h>
#include <organisation/OrganisationRepository.h>
#include <store/Workspace.h>
#include <store/WorkspaceBackup.h>
#include <store/sqlcipher/SqlCipherDriver.h>

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>

namespace rentflow::ui {

MainWindow::MainWindow(std::unique_ptr<store::Workspace> workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_overviewPage = new OverviewPage(m_workspace->store(), this);
    setCentralWidget(m_overviewPage);
    createMenus();

    auto* workspaceLabel = new QLabel(
        tr("Encrypted workspace: %1").arg(QDir::toNativeSeparators(m_workspace->directory())),
        this);
    workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    statusBar()->addWidget(workspaceLabel, 1);
    statusBar()->addPermanentWidget(new QLabel(tr("Offline"), this));
    static QPointer<QStatusBar> waitingBar; // where a wait for another program's write is told
    waitingBar = statusBar();
    store::SqlCipherDriver::setBusyNotice([](const QString& message) {
        if (waitingBar) {
            waitingBar->showMessage(message, 10000);
            waitingBar->repaint(); // the wait blocks the event loop: paint now
        }
    });

    updateTitle();
    resize(960, 640);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* backup = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    file->addAction(tr("&Verify data"), this, &MainWindow::verifyData);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh"), m_overviewPage, &OverviewPage::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About RentFlow"), this, [this] {
        QMessageBox::about(this, tr("About RentFlow"),
                           tr("RentFlow %1\nPG and co-living operations, offline and encrypted.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::updateTitle()
{
    const auto org = OrganisationRepository(m_workspace->store()).current();
    setWindowTitle(org && org.value() ? tr("%1 — RentFlow").arg(org.value()->name)
                                      : tr("RentFlow"));
}

void MainWindow::backUp()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("rentflow-backup-%1.rfb").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Back up the workspace"), suggested,
                                     tr("RentFlow backups (*.rfb);;All files (*)"));
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // The save dialog has already asked whether to replace an existing file.
    const auto written = store::WorkspaceBackup::create(*m_workspace, file,
                                                        store::WorkspaceBackup::Existing::Replace);
    QApplication::restoreOverrideCursor();
    if (written)
        QMessageBox::information(this, tr("Backup written"),
                                 tr("The encrypted backup was written to %1.")
                                     .arg(QDir::toNativeSeparators(written.value())));
    else
        QMessageBox::warning(this, tr("Backup failed"), written.error().message);
}

void MainWindow::verifyData()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QStringList problems = BooksCheck::workspaceProblems(*m_workspace);
    QApplication::restoreOverrideCursor();
    if (problems.isEmpty())
        QMessageBox::information(
            this, tr("Verify data"),
            tr("The workspace is sound: the file and the books pass every check."));
    else
        QMessageBox::warning(this, tr("Verify data"),
                             tr("Problems were found:\n%1\n\nRestore the latest backup.")
                                 .arg(problems.mid(0, 10).join(QLatin1Char('\n'))));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace rentflow::ui
