#pragma once

#include <stays/FreeBeds.h>

#include <QDate>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace rentflow {
struct CheckInInput;
struct ResidentInput;
} // namespace rentflow

namespace rentflow::ui {
struct AppContext;
class AmountField;
class DateField;
class FormErrors;
class ResidentPicker;
} // namespace rentflow::ui

namespace rentflow::ui::stays {

class CheckInWizard;

// The check-in wizard's pages (CheckInWizard). Each binds the models' field names to its
// inputs, checks what it can on Next, and shows the engine's refusals for its own fields.
class CheckInPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CheckInPage(QWidget* parent = nullptr);
    FormErrors& errors() { return *m_errors; }
    // Whether this page shows the model field `field`.
    virtual bool shows(const QString& field) const = 0;

protected:
    QFormLayout* form() const { return m_form; }
    CheckInWizard* checkInWizard() const;

private:
    QFormLayout* m_form;
    FormErrors* m_errors;
};

// 1. Where and from when: the property, the first day, a bed free from that day.
class BedPage : public CheckInPage
{
    Q_OBJECT
public:
    BedPage(AppContext& context, QDate today, QWidget* parent = nullptr);
    void choose(const QString& bedId); // a bed picked on the bed board
    bool isComplete() const override;
    bool shows(const QString& field) const override;
    QDate firstDay() const;
    const FreeBeds::Bed* bed() const;
    QString propertyName() const;

private:
    void loadBeds();

    AppContext& m_context;
    QComboBox* m_property;
    DateField* m_date;
    QComboBox* m_bed;
    QLabel* m_empty;
    QList<FreeBeds::Bed> m_beds;
};

// 2. Who: someone already on the books (ResidentPicker) or a new resident.
class ResidentPage : public CheckInPage
{
    Q_OBJECT
public:
    ResidentPage(AppContext& context, QWidget* parent = nullptr);
    void choose(const QString& residentId);
    bool validatePage() override;
    bool shows(const QString& field) const override;
    bool isNew() const;
    QString residentId() const;
    QString residentName() const;
    ResidentInput newResident() const;

private:
    QRadioButton* m_existing;
    QRadioButton* m_new;
    QStackedWidget* m_which;
    ResidentPicker* m_picker;
    QHash<QString, QLineEdit*> m_fields; // model field name → input
    QComboBox* m_gender;
};

// 3. The terms: licence end, rent and deposit (from the bed), recurring charges, due day,
// late fee, notice and lock-in.
class TermsPage : public CheckInPage
{
    Q_OBJECT
public:
    TermsPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    bool shows(const QString& field) const override;
    // Fills `input`'s terms (rent, deposit, end date, charges, due day…).
    void fill(CheckInInput& input) const;
    std::optional<Money> deposit() const;
    QString chargesText() const;

private:
    AmountField* m_rent;
    AmountField* m_deposit;
    DateField* m_end;
    QSpinBox* m_dueDay;
    QSpinBox* m_notice;
    QSpinBox* m_lockIn;
    QLineEdit* m_lateFee;
    QSpinBox* m_grace;
    struct Charge
    {
        QString kind; // as CheckIn takes it: food, laundry, wifi…
        QString name; // as the summary says it
        AmountField* field;
    };
    QList<Charge> m_charges;
    QString m_filledForBed;
    QDate m_filledForDay;
};

// 4. What will be written, and the deposit demand; Finish checks in.
class SummaryPage : public CheckInPage
{
    Q_OBJECT
public:
    SummaryPage(QWidget* parent = nullptr);
    void initializePage() override;
    bool validatePage() override;
    bool shows(const QString&) const override { return false; }

private:
    QLabel* m_summary;
};

} // namespace rentflow::ui::stays
