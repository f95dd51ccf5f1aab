#pragma once

#include <common/AppContext.h>
#include <common/Screen.h>
#include <shell/ScreenCatalog.h>

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>

namespace rentflow::test {

// A screen that records what it was asked to open (the real screens are other helpers').
class RecordingScreen : public ui::Screen
{
    Q_OBJECT
public:
    RecordingScreen(ui::AppContext&, QWidget* parent) : ui::Screen(parent) {}
    bool openRecord(const ui::RecordRef& record) override
    {
        opened.append(record);
        return true;
    }
    QList<ui::RecordRef> opened;
};

// A residents screen with an action of its own, to show in the shortcuts help.
class ResidentsLikeScreen : public RecordingScreen
{
    Q_OBJECT
public:
    ResidentsLikeScreen(ui::AppContext& context, QWidget* parent) : RecordingScreen(context, parent)
    {
        auto* checkIn = new QAction(QStringLiteral("&Check in…"), this);
        checkIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        addAction(checkIn);
    }
};

// Overview, Residents (opens residents), Beds (beds, rooms), Billing (invoices).
inline QList<ui::ScreenEntry> testScreens()
{
    auto recording = [](ui::AppContext& context, QWidget* parent) -> ui::Screen* {
        return new RecordingScreen(context, parent);
    };
    return {
        {QStringLiteral("overview"),
         QStringLiteral("Overview"),
         QKeySequence(Qt::ALT | Qt::Key_1),
         {},
         recording},
        {QStringLiteral("beds"),
         QStringLiteral("Beds"),
         QKeySequence(Qt::ALT | Qt::Key_2),
         {ui::RecordRef::Kind::Bed, ui::RecordRef::Kind::Room},
         recording},
        {QStringLiteral("residents"),
         QStringLiteral("Residents"),
         QKeySequence(Qt::ALT | Qt::Key_3),
         {ui::RecordRef::Kind::Resident},
         [](ui::AppContext& context, QWidget* parent) -> ui::Screen* {
             return new ResidentsLikeScreen(context, parent);
         }},
        {QStringLiteral("billing"),
         QStringLiteral("Billing"),
         QKeySequence(Qt::ALT | Qt::Key_4),
         {ui::RecordRef::Kind::Invoice},
         recording},
    };
}

// Settings of their own, empty, so a window starts as on a first run.
inline void freshSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RentFlowShellTests"));
    QSettings().clear();
}

} // namespace rentflow::test
