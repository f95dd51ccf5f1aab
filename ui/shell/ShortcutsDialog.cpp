#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rentflow::ui {

namespace {

QString plain(QString text)
{
    // "&Back up…" → "Back up…"; a literal "&&" stays one "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

bool hasShortcut(const QAction* action)
{
    return !action->isSeparator() && !action->shortcuts().isEmpty() &&
           !action->shortcuts().first().isEmpty();
}

void collectMenu(const QMenu* menu, QList<QAction*>& into)
{
    for (QAction* action : menu->actions()) {
        if (action->menu())
            collectMenu(action->menu(), into);
        else if (hasShortcut(action))
            into.append(action);
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QList<Group>& groups, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_shortcutsTree = new QTreeWidget(this);
    m_shortcutsTree->setObjectName(QStringLiteral("shortcutsTree"));
    m_shortcutsTree->setColumnCount(2);
    m_shortcutsTree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_shortcutsTree->setAlternatingRowColors(true);
    m_shortcutsTree->setRootIsDecorated(false);
    m_shortcutsTree->setUniformRowHeights(true);
    for (const Group& group : groups) {
        if (group.actions.isEmpty())
            continue;
        auto* heading = new QTreeWidgetItem(m_shortcutsTree, {plain(group.title)});
        QFont bold = heading->font(0);
        bold.setBold(true);
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        for (const QAction* action : group.actions) {
            QStringList keys;
            for (const QKeySequence& sequence : action->shortcuts())
                keys.append(sequence.toString(QKeySequence::NativeText));
            new QTreeWidgetItem(heading, {plain(action->text()), keys.join(tr(" or "))});
        }
    }
    m_shortcutsTree->expandAll();
    m_shortcutsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_shortcutsTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_shortcutsTree->header()->setStretchLastSection(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_shortcutsTree, 1);
    layout->addWidget(buttons);
    resize(480, 560);
}

QList<ShortcutsDialog::Group> ShortcutsDialog::menuGroups(const QMenuBar* menuBar)
{
    QList<Group> groups;
    for (QAction* top : menuBar->actions()) {
        if (!top->menu())
            continue;
        Group group{top->text(), {}};
        collectMenu(top->menu(), group.actions);
        groups.append(group);
    }
    return groups;
}

ShortcutsDialog::Group ShortcutsDialog::widgetGroup(const QString& title, const QWidget* widget)
{
    Group group{title, {}};
    for (QAction* action : widget->findChildren<QAction*>())
        if (hasShortcut(action) && !action->menu())
            group.actions.append(action);
    return group;
}

} // namespace rentflow::ui
