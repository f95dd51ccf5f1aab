#pragma once

#include <common/Screen.h>

#include <QKeySequence>
#include <QList>
#include <QString>

#include <functional>

namespace rentflow::ui {

struct AppContext;

// One entry of the window's navigation. A screen is made the first time it is shown.
struct ScreenEntry
{
    QString id;    // "beds", "residents"…: Navigator::showScreen's name
    QString title; // shown in the navigation (through tr())
    QKeySequence shortcut;
    QList<RecordRef::Kind> opens; // the records this screen shows (quick-find, links)
    std::function<Screen*(AppContext& context, QWidget* parent)> create;
};

// Every screen of the window, in navigation order. A screen that does not work yet has
// no entry. One line per screen: add yours here.
QList<ScreenEntry> screenCatalog();

} // namespace rentflow::ui
