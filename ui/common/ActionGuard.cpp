#include "ActionGuard.h"

#include <QAction>
#include <QWidget>

namespace rentflow::ui {

QAction* ActionGuard::guard(QAction* action, Permission permission) const
{
    action->setEnabled(action->isEnabled() && allows(permission));
    return action;
}

QWidget* ActionGuard::guard(QWidget* widget, Permission permission) const
{
    widget->setEnabled(widget->isEnabled() && allows(permission));
    return widget;
}

} // namespace rentflow::ui
