#pragma once

#include "Screen.h"

#include <QString>

namespace rentflow::ui {

// How one screen sends the user to another: the shell implements it, so screens
// never know each other. Screen ids are those of ScreenCatalog.
class Navigator
{
public:
    virtual ~Navigator() = default;
    // Brings the screen to the front; false when there is no such screen.
    virtual bool showScreen(const QString& screenId) = 0;
    // Brings the screen that shows records of this kind to the front, showing it.
    virtual bool openRecord(const RecordRef& record) = 0;
};

} // namespace rentflow::ui
