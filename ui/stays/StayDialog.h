#pragma once

#include <common/FormErrors.h>

#include <QDate>
#include <QDialog>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace rentflow::ui {
struct AppContext;
}

namespace rentflow::ui::stays {

struct StayView;

// The frame every stay dialog shares: the stay's headline on top, a form, the general error
// line and OK/Cancel (Enter accepts, Esc cancels with nothing written). Subclasses fill
// form() and write in save(); a refusal is shown next to its fields and the dialog stays open
// with everything typed.
class StayDialog : public QDialog
{
    Q_OBJECT
public:
    StayDialog(AppContext& context, const StayView& view, const QString& title,
               const QString& okText, QWidget* parent);

    // The day the office is working on (defaults to today; tests fix it).
    void setToday(QDate today) { m_today = today; }
    QDate today() const { return m_today; }
    FormErrors& errors() { return *m_errors; }

    void accept() override;

protected:
    // Writes through the models; false when refused (the errors are shown by then).
    virtual bool save() = 0;
    QFormLayout* form() const { return m_form; }
    AppContext& context() const { return m_context; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    AppContext& m_context;
    QDate m_today = QDate::currentDate();
    QFormLayout* m_form;
    QLabel* m_general;
    QDialogButtonBox* m_buttons;
    FormErrors* m_errors;
};

// An ISO date for the models' text inputs.
inline QString isoDay(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace rentflow::ui::stays
