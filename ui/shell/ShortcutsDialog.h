#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QMenuBar;
class QTreeWidget;

namespace rentflow::ui {

// F1: every keyboard shortcut of the window, read from its actions when opened (the menus,
// with the screens of the Go menu, then each screen's own actions), so it never goes stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Group
    {
        QString title; // "File", "Go", a screen's title
        QList<QAction*> actions;
    };

    explicit ShortcutsDialog(const QList<Group>& groups, QWidget* parent = nullptr);

    // The menus' actions that have a shortcut, one group per menu (submenus included).
    static QList<Group> menuGroups(const QMenuBar* menuBar);
    // The actions with a shortcut anywhere under `widget` (a screen's own).
    static Group widgetGroup(const QString& title, const QWidget* widget);

private:
    QTreeWidget* m_shortcutsTree;
};

} // namespace rentflow::ui
