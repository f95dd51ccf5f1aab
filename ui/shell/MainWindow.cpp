#include "MainWindow.h"

#include "ScreenCatalog.h"

#include <BackgroundIntegrityCheck.h>
#include <startup/RecoveryKeyDialog.h>

#include <billing/BooksCheck.h>
#include <organisation/OrganisationRepository.h>
#include <store/Workspace.h>
#include <store/WorkspaceBackup.h>
#include <store/keys/KeyMaterial.h>
#include <store/sqlcipher/SqlCipherDriver.h>

#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace rentflow::ui {

MainWindow::MainWindow(std::unique_ptr<store::Workspace> workspace, QWidget* parent)
    : QMainWindow(parent), m_workspace(std::move(workspace)), m_context{*m_workspace, *this, {}},
      m_entries(screenCatalog())
{
    setObjectName(QStringLiteral("mainWindow"));
    createNavigation();
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

    // The whole-file scan opening no longer does, once the window is up.
    m_integrityCheck = new BackgroundIntegrityCheck(*m_workspace, this);
    connect(m_integrityCheck, &BackgroundIntegrityCheck::finished, this,
            &MainWindow::reportBackgroundCheck);
    QTimer::singleShot(0, m_integrityCheck, &BackgroundIntegrityCheck::start);

    updateTitle();
    resize(960, 640);
    restoreGeometry(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(QSettings().value(QStringLiteral("mainWindow/state")).toByteArray());
    const QString last = QSettings().value(QStringLiteral("mainWindow/screen")).toString();
    if (!showScreen(last) && !m_entries.isEmpty())
        showScreen(m_entries.first().id);
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("screenStack"));
    int longest = 0;
    for (const ScreenEntry& entry : std::as_const(m_entries)) {
        auto* item = new QListWidgetItem(entry.title, m_navigation);
        item->setData(Qt::UserRole, entry.id);
        if (!entry.shortcut.isEmpty())
            item->setToolTip(entry.shortcut.toString(QKeySequence::NativeText));
        longest = qMax(longest, m_navigation->fontMetrics().horizontalAdvance(entry.title));
    }
    m_navigation->setFixedWidth(longest + 48);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_entries.size())
            showScreen(m_entries.at(row).id);
    });
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
}

Screen* MainWindow::screen(const QString& screenId)
{
    if (Screen* made = m_screens.value(screenId))
        return made;
    for (const ScreenEntry& entry : std::as_const(m_entries)) {
        if (entry.id != screenId)
            continue;
        Screen* made = entry.create(m_context, m_stack);
        made->setObjectName(made->objectName().isEmpty() ? screenId + QStringLiteral("Screen")
                                                         : made->objectName());
        m_stack->addWidget(made);
        m_screens.insert(screenId, made);
        return made;
    }
    return nullptr;
}

bool MainWindow::showScreen(const QString& screenId)
{
    Screen* target = screen(screenId);
    if (!target)
        return false;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == screenId) {
            const QSignalBlocker quiet(m_navigation);
            m_navigation->setCurrentRow(row);
        }
    }
    m_stack->setCurrentWidget(target);
    target->activate();
    return true;
}

QString MainWindow::currentScreenId() const
{
    return m_screens.key(qobject_cast<Screen*>(m_stack->currentWidget()));
}

bool MainWindow::openRecord(const RecordRef& record)
{
    for (const ScreenEntry& entry : std::as_const(m_entries)) {
        if (!entry.opens.contains(record.kind))
            continue;
        if (!showScreen(entry.id))
            return false;
        return m_screens.value(entry.id)->openRecord(record);
    }
    return false;
}

MainWindow::~MainWindow()
{
    delete m_integrityCheck; // waits for its scan, before the workspace closes
    m_integrityCheck = nullptr;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* backup = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    file->addAction(tr("&Verify data"), this, &MainWindow::verifyData);
    QAction* recovery =
        file->addAction(tr("Show &recovery key…"), this, &MainWindow::showRecoveryKey);
    recovery->setObjectName(QStringLiteral("showRecoveryKeyAction"));
    recovery->setEnabled(m_workspace->manifest().keyMode ==
                         store::WorkspaceManifest::KeyMode::Keychain);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (const ScreenEntry& entry : std::as_const(m_entries)) {
        QAction* action =
            go->addAction(entry.title, this, [this, id = entry.id] { showScreen(id); });
        action->setShortcut(entry.shortcut);
    }
    go->addSeparator();
    QAction* refresh = go->addAction(tr("&Refresh"), this, [this] {
        if (auto* current = qobject_cast<Screen*>(m_stack->currentWidget()))
            current->activate();
    });
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
    // A workspace made before recovery keys gets one at its first backup: shown once, as
    // at setup, since the backup opens on another PC only with it.
    if (auto recovery = m_workspace->takeNewRecoveryKey()) {
        RecoveryKeyDialog dialog(*recovery, RecoveryKeyDialog::Occasion::Setup, this);
        store::wipeKeyMaterial(*recovery);
        dialog.exec();
    }
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

void MainWindow::showRecoveryKey()
{
    auto key = m_workspace->recoveryKey();
    if (!key) {
        QMessageBox::warning(this, tr("Recovery key"), key.error().message);
        return;
    }
    RecoveryKeyDialog dialog(key.value(), RecoveryKeyDialog::Occasion::ShownAgain, this);
    store::wipeKeyMaterial(key.value());
    dialog.exec();
}

void MainWindow::reportBackgroundCheck(const QStringList& problems)
{
    if (problems.isEmpty()) {
        statusBar()->showMessage(tr("Data check passed: every page of the file is sound."), 10000);
        return;
    }
    statusBar()->showMessage(tr("Data check: the workspace file is damaged."));
    // Not modal-blocking: the window stays usable (to back up what is readable).
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("The workspace file is damaged"),
        tr("The background data check found damage in the workspace file:\n%1\n\nStop "
           "entering data and restore the latest backup (rentflowctl restore --from FILE).")
            .arg(problems.mid(0, 5).join(QLatin1Char('\n'))),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("damageMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/screen"), currentScreenId());
    QMainWindow::closeEvent(event);
}

} // namespace rentflow::ui
