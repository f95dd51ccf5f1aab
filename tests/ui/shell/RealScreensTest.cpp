// The window with every real screen of the catalog: each one is made and shown, each
// record kind it claims opens, and no two shortcuts live at the same moment share a key
// (Qt then calls the key ambiguous and neither action fires).
#include "ShellTestSupport.h"

#include <shell/MainWindow.h>
#include <shell/ScreenCatalog.h>
#include <support/SamplePg.h>

#include <QAction>
#include <QMenu>
#include <QShortcut>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// Whether a shortcut of this context, on these widgets, answers while `screen` is shown.
bool liveWith(Qt::ShortcutContext context, const QList<QObject*>& owners, const QWidget* window,
              const QWidget* screen)
{
    if (context == Qt::ApplicationShortcut)
        return true;
    for (const QObject* owner : owners) {
        const auto* widget = qobject_cast<const QWidget*>(owner);
        if (!widget)
            continue;
        // A menu's actions answer while the menu is closed, as long as its window is up.
        if (qobject_cast<const QMenu*>(widget) && context == Qt::WindowShortcut &&
            widget->parentWidget() && widget->parentWidget()->window() == window)
            return true;
        if (!widget->isVisible())
            continue;
        if (widget->window() != window)
            continue;
        if (context == Qt::WindowShortcut)
            return true;
        // Widget(-with-children) shortcuts answer only when the focus is inside: those
        // of the current screen can be live together.
        if (screen->isAncestorOf(widget) || widget == screen)
            return true;
    }
    return false;
}

// "Ctrl+N: Check in…, Record payment…" for every key held by two live shortcuts.
QStringList clashes(const QWidget* window, const QWidget* screen)
{
    QMultiHash<QString, QString> holders;
    for (QAction* action : window->findChildren<QAction*>()) {
        if (!action->isEnabled() && !action->isVisible())
            continue;
        for (const QKeySequence& key : action->shortcuts())
            if (!key.isEmpty() &&
                liveWith(action->shortcutContext(), action->associatedObjects(), window, screen))
                holders.insert(key.toString(), action->text().remove(QLatin1Char('&')));
    }
    for (QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        if (!shortcut->isEnabled() || shortcut->key().isEmpty())
            continue;
        if (liveWith(shortcut->context(), {shortcut->parent()}, window, screen))
            holders.insert(shortcut->key().toString(), shortcut->objectName());
    }
    QStringList found;
    for (const QString& key : holders.uniqueKeys())
        if (holders.count(key) > 1)
            found.append(key + QStringLiteral(": ") +
                         holders.values(key).join(QStringLiteral(", ")));
    return found;
}

} // namespace

TEST(RealScreens, EachIsMadeAndShownAndNoTwoLiveShortcutsShareAKey)
{
    test::freshSettings();
    test::SamplePg pg;
    ui::MainWindow window(std::move(pg.workspace));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    for (const ui::ScreenEntry& entry : ui::screenCatalog()) {
        ASSERT_TRUE(window.showScreen(entry.id)) << entry.id.toStdString();
        ASSERT_EQ(window.currentScreenId(), entry.id);
        QWidget* screen = window.screen(entry.id);
        ASSERT_NE(screen, nullptr);
        EXPECT_TRUE(screen->isVisible()) << entry.id.toStdString();
        const QStringList found = clashes(&window, screen);
        EXPECT_TRUE(found.isEmpty())
            << entry.id.toStdString() << ": " << found.join(QStringLiteral("; ")).toStdString();
    }
}
