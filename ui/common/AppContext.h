#pragma once

#include "ActionGuard.h"
#include "Navigator.h"

#include <store/Workspace.h>

namespace rentflow::ui {

// What every screen is given: the open workspace (its store for reads and writes on
// the UI thread, openConnection() for workers), the way to other screens, and the
// permission check. Owned by the main window; outlives every screen.
struct AppContext
{
    store::Workspace& workspace;
    Navigator& navigator;
    ActionGuard guard;

    store::Store& store() const { return workspace.store(); }
};

} // namespace rentflow::ui
