// The main window: keys between screens, the shortcuts help, the status bar, what is kept
// in the settings, and File ▸ Back up / Verify off the UI thread.
#include "ModalResponder.h"
#include "ShellTestSupport.h"

#include <shell/MainWindow.h>
#include <shell/ShortcutsDialog.h>
#include <store/DatabaseOpener.h>
#include <support/SamplePg.h>

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// The shortcuts dialog's lines as "Group / Action = Keys".
QStringList listed(const QTreeWidget* tree)
{
    QStringList lines;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            lines.append(
                QStringLiteral("%1 / %2 = %3")
                    .arg(group->text(0), group->child(i)->text(0), group->child(i)->text(1)));
    }
    return lines;
}

std::unique_ptr<ui::MainWindow> shownWindow(test::SamplePg& pg)
{
    auto window = std::make_unique<ui::MainWindow>(std::move(pg.workspace), test::testScreens());
    window->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    return window;
}

} // namespace

TEST(MainWindow, AltDigitsAndCtrlPageKeysMoveBetweenScreens)
{
    test::freshSettings();
    test::SamplePg pg;
    auto window = shownWindow(pg);
    EXPECT_EQ(window->currentScreenId(), QStringLiteral("overview")); // a first start
    QTest::keyClick(window.get(), Qt::Key_3, Qt::AltModifier);
    EXPECT_EQ(window->currentScreenId(), QStringLiteral("residents"));
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(window->currentScreenId(), QStringLiteral("billing"));
    QTest::keyClick(window.get(), Qt::Key_PageDown, Qt::ControlModifier); // wraps round
    EXPECT_EQ(window->currentScreenId(), QStringLiteral("overview"));
    QTest::keyClick(window.get(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(window->currentScreenId(), QStringLiteral("billing"));
    auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->currentItem()->text(), QStringLiteral("Billing"));
}

TEST(MainWindow, F1ListsEveryShortcutOfTheMenusAndTheScreens)
{
    test::freshSettings();
    test::SamplePg pg;
    auto window = shownWindow(pg);
    window->showScreen(QStringLiteral("residents")); // its own Check in (Ctrl+N)
    QStringList lines;
    {
        test::ModalResponder responder([&](QWidget* modal) {
            auto* dialog = qobject_cast<ui::ShortcutsDialog*>(modal);
            ASSERT_NE(dialog, nullptr);
            lines = listed(dialog->findChild<QTreeWidget*>(QStringLiteral("shortcutsTree")));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(window.get(), Qt::Key_F1);
        EXPECT_TRUE(QTest::qWaitFor([&] { return !lines.isEmpty(); }));
    }
    for (const char* expected :
         {"File / Back up… = Ctrl+Shift+B", "File / Quit = Ctrl+Q", "Go / Quick find… = Ctrl+K",
          "Go / Overview = Alt+1", "Go / Beds = Alt+2", "Go / Residents = Alt+3",
          "Go / Billing = Alt+4", "Go / Next screen = Ctrl+PgDown",
          "Go / Previous screen = Ctrl+PgUp", "Go / Refresh = F5", "Help / Keyboard shortcuts = F1",
          "Residents / Check in… = Ctrl+N"})
        EXPECT_TRUE(lines.contains(QString::fromUtf8(expected)))
            << expected << "\nlisted:\n"
            << lines.join(QLatin1Char('\n')).toStdString();
    // Items without a key (Verify data, About) are not listed.
    EXPECT_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Verify")));
}

TEST(MainWindow, StatusBarShowsWorkspaceSyncUserAndDemoIsMarked)
{
    test::freshSettings();
    test::SamplePg pg;
    const QString folder = pg.workspace->directory();
    auto window = shownWindow(pg);
    EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("syncLabel"))->text(),
              QStringLiteral("Offline — sync not set up"));
    EXPECT_EQ(window->findChild<QLabel*>(QStringLiteral("userLabel"))->text(),
              QStringLiteral("User: test:runner"));
    EXPECT_TRUE(window->findChild<QLabel*>(QStringLiteral("workspaceLabel"))
                    ->text()
                    .endsWith(QDir::toNativeSeparators(folder)));
    auto* demo = window->findChild<QLabel*>(QStringLiteral("demoLabel"));
    EXPECT_FALSE(demo->isVisible());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Sunrise PG — RentFlow"));
    window->markAsDemo();
    EXPECT_EQ(window->windowTitle(), QStringLiteral("DEMO — Sunrise PG — RentFlow"));
    EXPECT_TRUE(demo->isVisible());
}

TEST(MainWindow, SizeSplitterAndLastScreenAreKeptForTheNextStart)
{
    test::freshSettings();
    QList<int> sizes;
    {
        test::SamplePg pg;
        auto window = shownWindow(pg);
        // A first start: 1280×800 capped to 95% of the screen: the offscreen screen is
        // 800×600, so 760×570.
        const QSize available = window->QWidget::screen()->availableGeometry().size();
        EXPECT_EQ(window->size(), QSize(1280, 800).boundedTo(available * 0.95));
        window->resize(1100, 700);
        auto* splitter = window->findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        splitter->setSizes({200, 900});
        sizes = splitter->sizes();
        window->showScreen(QStringLiteral("billing"));
        window->close();
    }
    test::SamplePg pg;
    auto window = shownWindow(pg);
    EXPECT_EQ(window->currentScreenId(), QStringLiteral("billing"));
    EXPECT_EQ(window->size(), QSize(1100, 700));
    EXPECT_EQ(window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

TEST(MainWindow, BackUpFromTheMenuWritesAVerifiedBackupWhileTheWindowKeepsAnswering)
{
    test::freshSettings();
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    const QString file = pg.files.scratch(QStringLiteral("menu-backup.rfb"));
    auto window = shownWindow(pg);

    // While the backup runs, its progress dialog exists (shown after a short delay) and the
    // UI thread's event loop keeps running: this timer keeps ticking meanwhile.
    int ticksDuringBackup = 0;
    QString message;
    {
        test::ModalResponder responder([&](QWidget* modal) {
            if (auto* files = qobject_cast<QFileDialog*>(modal)) {
                // The whole path typed into the name field, then Save.
                auto* name = files->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                ASSERT_NE(name, nullptr);
                name->setText(file);
                static_cast<QDialog*>(files)->accept();
            } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                message = box->text();
                box->accept();
            }
        });
        QTimer watcher;
        QObject::connect(&watcher, &QTimer::timeout, [&] {
            if (!window->findChildren<QProgressDialog*>().isEmpty())
                ++ticksDuringBackup;
        });
        watcher.start(2);
        window->findChild<QAction*>(QStringLiteral("backUpAction"))->trigger();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !message.isEmpty(); }, 60000));
    }
    EXPECT_TRUE(message.startsWith(QStringLiteral("The encrypted backup was written and verified")))
        << message.toStdString();
    EXPECT_GE(ticksDuringBackup, 1);
    // The backup opens with the workspace's passphrase and holds the stay.
    auto opened = store::DatabaseOpener::openExisting(file, test::TestWorkspace::kPassphrase,
                                                      store::DatabaseOpener::Access::ReadOnly,
                                                      store::DatabaseOpener::Scan::WholeFile);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString() << "\n"
                             << message.toStdString();
    {
        QSqlQuery q(QSqlDatabase::database(opened.value(), false));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM agreement")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
    }
    store::DatabaseOpener::close(opened.value());
}

TEST(MainWindow, VerifyFromTheMenuReportsASoundWorkspace)
{
    test::freshSettings();
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    pg.bill(u"2026-11");
    auto window = shownWindow(pg);
    QString message;
    {
        test::ModalResponder responder([&](QWidget* modal) {
            if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                message = box->text();
                box->accept();
            }
        });
        window->findChild<QAction*>(QStringLiteral("verifyAction"))->trigger();
        EXPECT_TRUE(QTest::qWaitFor([&] { return !message.isEmpty(); }, 60000));
    }
    EXPECT_EQ(message,
              QStringLiteral("The workspace is sound: the file and the books pass every check."));
}
