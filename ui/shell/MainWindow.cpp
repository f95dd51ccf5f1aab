#include "MainWindow.h"

#include "QuickFindDialog.h"
#include "ShortcutsDialog.h"

#include <BackgroundIntegrityCheck.h>
#include <common/BackgroundTask.h>
#include <startup/BackupRestore.h>
#include <startup/RecoveryKeyDialog.h>
#include <startup/RestoreBackupDialog.h>

#include <billing/BooksCheck.h>
#include <organisation/OrganisationRepository.h>
#include <store/Store.h>
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
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace rentflow::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kScreenKey = QStringLiteral("mainWindow/screen");

// The navigation as a side bar: roomy rows, the current screen marked.
const char* kNavigationStyle = R"(
QListWidget#navigationList { border: none; border-right: 1px solid palette(mid);
                             background: palette(window); padding-top: 8px; outline: 0; }
QListWidget#navigationList::item { padding: 9px 18px; border: none; }
QListWidget#navigationList::item:selected { background: palette(highlight);
                                            color: palette(highlighted-text); }
)";

} // namespace

MainWindow::MainWindow(std::unique_ptr<store::Workspace> workspace, QWidget* parent)
    : MainWindow(std::move(workspace), screenCatalog(), parent)
{}

MainWindow::MainWindow(std::unique_ptr<store::Workspace> workspace, QList<ScreenEntry> screens,
                       QWidget* parent)
    : QMainWindow(parent), m_workspace(std::move(workspace)), m_context{*m_workspace, *this, {}},
      m_entries(std::move(screens))
{
    setObjectName(QStringLiteral("mainWindow"));
    createNavigation();
    createMenus();
    createStatusBar();

    // The whole-file scan opening no longer does, once the window is up.
    m_integrityCheck = new BackgroundIntegrityCheck(*m_workspace, this);
    connect(m_integrityCheck, &BackgroundIntegrityCheck::finished, this,
            &MainWindow::reportBackgroundCheck);
    QTimer::singleShot(0, m_integrityCheck, &BackgroundIntegrityCheck::start);

    updateTitle();
    placeWindow();
    const QString last = QSettings().value(kScreenKey).toString();
    if (!showScreen(last) && !m_entries.isEmpty())
        showScreen(m_entries.first().id);
}

// 1280×800 on a first start (capped to the screen), then where the user left it.
void MainWindow::placeWindow()
{
    QSettings settings;
    const QScreen* shown = QWidget::screen();
    const QRect available = shown ? shown->availableGeometry() : QRect(0, 0, 1280, 800);
    const QSize size = QSize(1280, 800).boundedTo(available.size() * 0.95);
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({m_navigation->minimumWidth(), width()});
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setStyleSheet(QString::fromLatin1(kNavigationStyle));
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.08);
    m_navigation->setFont(navigationFont);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("screenStack"));
    int longest = 0;
    for (const ScreenEntry& entry : std::as_const(m_entries)) {
        auto* item = new QListWidgetItem(entry.title, m_navigation);
        item->setData(Qt::UserRole, entry.id);
        if (!entry.shortcut.isEmpty())
            item->setToolTip(
                tr("%1 (%2)").arg(entry.title, entry.shortcut.toString(QKeySequence::NativeText)));
        longest = qMax(longest, QFontMetrics(navigationFont).horizontalAdvance(entry.title));
    }
    m_navigation->setMinimumWidth(longest + 56);
    m_navigation->setMaximumWidth(qMax(longest + 56, 320));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_entries.size())
            showScreen(m_entries.at(row).id);
    });
    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
}

void MainWindow::createStatusBar()
{
    auto* workspaceLabel = new QLabel(
        tr("Workspace: %1").arg(QDir::toNativeSeparators(m_workspace->directory())), this);
    workspaceLabel->setObjectName(QStringLiteral("workspaceLabel"));
    workspaceLabel->setToolTip(tr("The encrypted workspace this window shows"));
    statusBar()->addWidget(workspaceLabel, 1);

    m_demoLabel = new QLabel(tr(" DEMO data — not a real business "), this);
    m_demoLabel->setObjectName(QStringLiteral("demoLabel"));
    m_demoLabel->setStyleSheet(
        QStringLiteral("background: #f9a825; color: black; font-weight: bold;"));
    m_demoLabel->hide();
    statusBar()->addPermanentWidget(m_demoLabel);

    auto* syncLabel = new QLabel(tr("Offline — sync not set up"), this);
    syncLabel->setObjectName(QStringLiteral("syncLabel"));
    syncLabel->setToolTip(tr("RentFlow works without a network; syncing between PCs comes later"));
    statusBar()->addPermanentWidget(syncLabel);

    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_serverLabel->setToolTip(
        tr("The bundled RentFlow server: the public website's endpoints and, later, sync"));
    m_serverLabel->hide();
    statusBar()->addPermanentWidget(m_serverLabel);

    auto* userLabel = new QLabel(tr("User: %1").arg(m_workspace->store().actor().label), this);
    userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(userLabel);

    static QPointer<QStatusBar> waitingBar; // where a wait for another program's write is told
    waitingBar = statusBar();
    store::SqlCipherDriver::setBusyNotice([](const QString& message) {
        if (waitingBar) {
            waitingBar->showMessage(message, 10000);
            waitingBar->repaint(); // the wait blocks the event loop: paint now
        }
    });
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

void MainWindow::showNextScreen(int step)
{
    if (m_entries.isEmpty())
        return;
    int row = 0;
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == currentScreenId())
            row = i;
    const int count = int(m_entries.size());
    showScreen(m_entries.at(((row + step) % count + count) % count).id);
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

void MainWindow::focusCurrentScreen()
{
    QWidget* shown = m_stack->currentWidget();
    if (!shown || shown->isAncestorOf(QApplication::focusWidget()))
        return;
    // The first input of the screen in Tab order; the screen itself when it has none.
    QWidget* next = shown->nextInFocusChain();
    for (int left = 1000; next && next != shown && left > 0;
         next = next->nextInFocusChain(), --left) {
        if (shown->isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    shown->setFocus(Qt::ShortcutFocusReason);
}

MainWindow::~MainWindow()
{
    delete m_integrityCheck; // waits for its scan, before the workspace closes
    m_integrityCheck = nullptr;
    // The screens go before the workspace they read.
    delete takeCentralWidget();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* backup = file->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    backup->setObjectName(QStringLiteral("backUpAction"));
    backup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_restoreAction =
        file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setEnabled(false); // until the session can reopen the workspace
    QAction* verify = file->addAction(tr("&Verify data"), this, &MainWindow::verifyData);
    verify->setObjectName(QStringLiteral("verifyAction"));
    QAction* recovery =
        file->addAction(tr("Show recovery &key…"), this, &MainWindow::showRecoveryKey);
    recovery->setObjectName(QStringLiteral("showRecoveryKeyAction"));
    recovery->setEnabled(m_workspace->manifest().keyMode ==
                         store::WorkspaceManifest::KeyMode::Keychain);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    QAction* find = go->addAction(tr("Quick &find…"), this, &MainWindow::openQuickFind);
    find->setObjectName(QStringLiteral("quickFindAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    go->addSeparator();
    for (const ScreenEntry& entry : std::as_const(m_entries)) {
        QAction* action = go->addAction(entry.title, this, [this, id = entry.id] {
            if (showScreen(id))
                focusCurrentScreen();
        });
        action->setShortcut(entry.shortcut);
    }
    go->addSeparator();
    QAction* next = go->addAction(tr("&Next screen"), this, [this] { showNextScreen(1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction* previous = go->addAction(tr("&Previous screen"), this, [this] { showNextScreen(-1); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction* refresh = go->addAction(tr("&Refresh"), this, [this] {
        if (auto* current = qobject_cast<Screen*>(m_stack->currentWidget()))
            current->activate();
    });
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About RentFlow"), this, [this] {
        QMessageBox::about(this, tr("About RentFlow"),
                           tr("RentFlow %1\nPG and co-living operations, offline and encrypted.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openQuickFind()
{
    QuickFindDialog dialog(m_context, m_entries, this);
    if (dialog.exec() == QDialog::Accepted)
        focusCurrentScreen(); // the record found: its screen's keys answer at once
}

void MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Group> groups = ShortcutsDialog::menuGroups(menuBar());
    for (const ScreenEntry& entry : std::as_const(m_entries))
        if (const Screen* made = m_screens.value(entry.id))
            groups.append(ShortcutsDialog::widgetGroup(entry.title, made));
    ShortcutsDialog dialog(groups, this);
    dialog.exec();
}

void MainWindow::markAsDemo()
{
    m_demo = true;
    m_demoLabel->show();
    updateTitle();
}

void MainWindow::setRestoreHandler(std::function<void(const RestoreRequest&)> handler)
{
    m_restoreHandler = std::move(handler);
    m_restoreAction->setEnabled(bool(m_restoreHandler));
}

void MainWindow::updateTitle()
{
    const auto org = OrganisationRepository(m_workspace->store()).current();
    QString title =
        org && org.value() ? tr("%1 — RentFlow").arg(org.value()->name) : tr("RentFlow");
    if (m_demo)
        title = tr("DEMO — %1").arg(title);
    setWindowTitle(title);
}

void MainWindow::backUp()
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("rentflow-backup-%1.rfb").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Back up the workspace"), suggested,
                                     tr("RentFlow backups (*.rfb);;All files (*)"));
    if (!file.isEmpty())
        backUpTo(file);
}

void MainWindow::backUpTo(const QString& file)
{
    using store::WorkspaceBackup;
    // The save dialog has already asked whether to replace an existing file.
    auto pending = WorkspaceBackup::prepare(*m_workspace, file, WorkspaceBackup::Existing::Replace);
    store::StoreResult<QString> written = pending ? store::StoreResult<QString>(QString())
                                                  : store::StoreResult<QString>(pending.error());
    if (pending) {
        // The copy is made and verified on a connection of its own, off the UI thread.
        const WorkspaceBackup::Pending& job = *pending.value();
        BackgroundTask task(*m_workspace, store::DatabaseOpener::Access::ReadWrite,
                            [&job](store::Store& store, TaskControl&) {
                                return WorkspaceBackup::write(job, store.database());
                            });
        const TaskOutcome ran = runWithProgress(this, tr("Backing up…"), task);
        written = WorkspaceBackup::finish(*m_workspace, job,
                                          ran.error ? store::StoreStatus(*ran.error)
                                                    : store::StoreStatus(store::Done{}));
    }
    // A workspace made before recovery keys gets one at its first backup: shown once, as
    // at setup, since the backup opens on another PC only with it.
    if (auto recovery = m_workspace->takeNewRecoveryKey()) {
        RecoveryKeyDialog dialog(*recovery, RecoveryKeyDialog::Occasion::Setup, this);
        store::wipeKeyMaterial(*recovery);
        dialog.exec();
    }
    if (written)
        QMessageBox::information(this, tr("Backup written"),
                                 tr("The encrypted backup was written and verified: %1.")
                                     .arg(QDir::toNativeSeparators(written.value())));
    else
        QMessageBox::warning(this, tr("Backup failed"),
                             tr("The backup was not written: %1").arg(written.error().message));
}

void MainWindow::restoreFromBackup()
{
    if (!m_restoreHandler)
        return;
    RestoreBackupDialog dialog(RestoreBackupDialog::Occasion::ReplaceOpen, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RestoreRequest request = dialog.request();
    // The session closes this window (and its workspace) first: not from inside it.
    QTimer::singleShot(0, this, [handler = m_restoreHandler, request] { handler(request); });
}

void MainWindow::verifyData()
{
    QStringList problems;
    BackgroundTask task(*m_workspace, store::DatabaseOpener::Access::ReadOnly,
                        [&problems](store::Store& store, TaskControl&) {
                            problems = BooksCheck::workspaceProblems(store);
                            return store::StoreStatus(store::Done{});
                        });
    const TaskOutcome ran = runWithProgress(this, tr("Verifying the data…"), task);
    if (ran.error)
        problems.prepend(ran.error->message);
    if (problems.isEmpty())
        QMessageBox::information(
            this, tr("Verify data"),
            tr("The workspace is sound: the file and the books pass every check."));
    else
        QMessageBox::warning(this, tr("Verify data"),
                             tr("Problems were found:\n%1\n\nRestore the latest backup "
                                "(File ▸ Restore from backup).")
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
           "entering data and restore the latest backup (File ▸ Restore from backup).")
            .arg(problems.mid(0, 5).join(QLatin1Char('\n'))),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("damageMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setServerStatus(const QString& status)
{
    m_serverLabel->setText(status);
    m_serverLabel->setVisible(!status.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kScreenKey, currentScreenId());
    QMainWindow::closeEvent(event);
}

} // namespace rentflow::ui
