#pragma once

#include <QString>
#include <QWidget>

namespace rentflow::ui {

// A record a screen can open when asked (quick-find, a double-click elsewhere).
struct RecordRef
{
    enum class Kind
    {
        Resident,
        Bed,
        Room,
        Property,
        Invoice,
        Payment,
        Meter
    };
    Kind kind;
    QString id;
};

// One entry of the window's navigation: a page that shows one part of the work
// (Beds, Residents, Billing…). The shell creates it, shows it, and calls
// activate() each time it comes to the front, so it shows what is on file now.
class Screen : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Re-read what the screen shows. Called when it comes to the front.
    virtual void activate() {}
    // Show this record (a resident's profile, a bed, an invoice's detail); false
    // when this screen does not show records of that kind.
    virtual bool openRecord(const RecordRef& record)
    {
        Q_UNUSED(record);
        return false;
    }
};

} // namespace rentflow::ui
