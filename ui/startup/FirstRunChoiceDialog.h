#pragma once

#include "LaunchPrompts.h"

#include <QDialog>

namespace rentflow::ui {

// The first thing a new install shows: set up my business, explore a demo PG, or restore
// a backup from another PC. Each is a large button with a line saying what it does.
class FirstRunChoiceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunChoiceDialog(QWidget* parent = nullptr);
    LaunchPrompts::FirstRun choice() const { return m_choice; }

private:
    LaunchPrompts::FirstRun m_choice = LaunchPrompts::FirstRun::SetUpBusiness;
};

} // namespace rentflow::ui
