#pragma once

#include <common/AppContext.h>

#include <QStringList>

namespace rentflow::test {

// A navigator for testing one screen alone: it records where the screen sent the user.
class RecordingNavigator : public ui::Navigator
{
public:
    bool showScreen(const QString& screenId) override
    {
        shownScreens.append(screenId);
        return true;
    }
    bool openRecord(const ui::RecordRef& record) override
    {
        openedRecords.append(record);
        return true;
    }
    QStringList shownScreens;
    QList<ui::RecordRef> openedRecords;
};

// What a screen needs to be made outside the main window (UI tests of one screen).
struct UiTestContext
{
    explicit UiTestContext(store::Workspace& workspace) : context{workspace, navigator, {}} {}
    RecordingNavigator navigator;
    ui::AppContext context;
};

} // namespace rentflow::test
