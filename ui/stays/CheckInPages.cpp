#include "CheckInPages.h"
#include "StayView.h"

#include "CheckInWizard.h"

#include <common/AmountField.h>
#include <common/AppContext.h>
#include <common/DateField.h>
#include <common/DisplayText.h>
#include <common/FormErrors.h>
#include <common/ResidentPicker.h>
#include <inventory/InventoryList.h>
#include <residents/ResidentRepository.h>
#include <stays/CheckIn.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rentflow::ui::stays {

CheckInPage::CheckInPage(QWidget* parent) : QWizardPage(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout();
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_form);
    auto* general = new QLabel(this);
    general->setObjectName(QStringLiteral("generalErrorLabel"));
    layout->addWidget(general);
    layout->addStretch();
    m_errors = new FormErrors(this, general);
}

CheckInWizard* CheckInPage::checkInWizard() const
{
    return qobject_cast<CheckInWizard*>(wizard());
}

// --- 1. Bed ---------------------------------------------------------------------------

BedPage::BedPage(AppContext& context, QDate today, QWidget* parent)
    : CheckInPage(parent), m_context(context)
{
    setObjectName(QStringLiteral("bedPage"));
    setTitle(tr("Bed and first day"));
    setSubTitle(tr("Choose the property, the first day of the stay and a bed free from that day."));
    m_property = new QComboBox(this);
    m_property->setObjectName(QStringLiteral("propertyComboBox"));
    m_date = new DateField(today, this);
    m_date->setObjectName(QStringLiteral("checkInDateField"));
    m_bed = new QComboBox(this);
    m_bed->setObjectName(QStringLiteral("bedComboBox"));
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noBedLabel"));
    m_empty->setWordWrap(true);
    form()->addRow(tr("&Property:"), m_property);
    form()->addRow(tr("&First day:"), m_date);
    form()->addRow(tr("&Bed:"), m_bed);
    form()->addRow(QString(), m_empty);
    errors().bind(QStringLiteral("date"), m_date, form());
    errors().bind(QStringLiteral("bed"), m_bed, form());
    auto properties = InventoryList(context.store()).properties();
    if (!properties)
        errors().add(QString(), properties.error().message);
    else
        for (const InventoryList::PropertyRow& property : properties.value())
            m_property->addItem(property.name, property.id);
    connect(m_property, &QComboBox::currentIndexChanged, this, &BedPage::loadBeds);
    connect(m_date, &QDateEdit::dateChanged, this, &BedPage::loadBeds);
    connect(m_bed, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    loadBeds();
}

void BedPage::choose(const QString& bedId)
{
    if (bedId.isEmpty())
        return;
    auto beds = InventoryList(m_context.store()).beds({});
    if (!beds) {
        errors().add(QString(), beds.error().message);
        return;
    }
    for (const InventoryList::BedRow& row : beds.value())
        if (row.id == bedId) {
            m_property->setCurrentIndex(m_property->findData(row.propertyId));
            loadBeds();
            const int index = m_bed->findData(bedId);
            if (index >= 0)
                m_bed->setCurrentIndex(index);
            else
                errors().add(QStringLiteral("bed"),
                             tr("Bed %1 is not free from %2: choose another bed or day.")
                                 .arg(row.name(), shownDate(firstDay())));
        }
}

void BedPage::loadBeds()
{
    const QString chosen = m_bed->currentData().toString();
    m_bed->clear();
    m_beds.clear();
    m_empty->clear();
    const QString propertyId = m_property->currentData().toString();
    if (propertyId.isEmpty()) {
        m_empty->setText(tr("No property yet: add one on the Beds screen first."));
        emit completeChanged();
        return;
    }
    auto beds = FreeBeds(m_context.store()).of(propertyId, firstDay());
    if (!beds) {
        m_empty->setText(beds.error().message); // a failed read is an error, never "no beds"
        emit completeChanged();
        return;
    }
    m_beds = beds.value();
    for (const FreeBeds::Bed& bed : std::as_const(m_beds))
        m_bed->addItem(tr("%1 · rent %2").arg(bed.name(), rupees(bed.rent)), bed.id);
    if (m_beds.isEmpty())
        m_empty->setText(tr("No bed of %1 is free from %2: choose a later day or another property.")
                             .arg(m_property->currentText(), shownDate(firstDay())));
    if (const int again = m_bed->findData(chosen); again >= 0)
        m_bed->setCurrentIndex(again);
    emit completeChanged();
}

bool BedPage::isComplete() const
{
    return bed() != nullptr;
}

bool BedPage::shows(const QString& field) const
{
    return field == u"bed" || field == u"date";
}

QDate BedPage::firstDay() const
{
    return m_date->date();
}

const FreeBeds::Bed* BedPage::bed() const
{
    const int index = m_bed->currentIndex();
    return index >= 0 && index < m_beds.size() ? &m_beds[index] : nullptr;
}

QString BedPage::propertyName() const
{
    return m_property->currentText();
}

// --- 2. Resident ----------------------------------------------------------------------

ResidentPage::ResidentPage(AppContext& context, QWidget* parent) : CheckInPage(parent)
{
    setObjectName(QStringLiteral("residentPage"));
    setTitle(tr("Resident"));
    setSubTitle(tr("Someone already on the books, or a new resident."));
    m_existing = new QRadioButton(tr("&Existing resident"), this);
    m_existing->setObjectName(QStringLiteral("existingResidentRadio"));
    m_new = new QRadioButton(tr("Ne&w resident"), this);
    m_new->setObjectName(QStringLiteral("newResidentRadio"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_existing);
    group->addButton(m_new);
    m_existing->setChecked(true);
    auto* choice = new QWidget(this);
    auto* choiceLayout = new QHBoxLayout(choice);
    choiceLayout->setContentsMargins(0, 0, 0, 0);
    choiceLayout->addWidget(m_existing);
    choiceLayout->addWidget(m_new);
    choiceLayout->addStretch();
    form()->addRow(choice);

    m_which = new QStackedWidget(this);
    auto* existing = new QWidget(m_which);
    auto* existingForm = new QFormLayout(existing);
    existingForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_picker = new ResidentPicker(context.store(), existing);
    m_picker->setObjectName(QStringLiteral("residentPicker"));
    m_picker->setPlaceholderText(tr("Type part of the name or phone, then pick"));
    existingForm->addRow(tr("&Resident:"), m_picker);
    errors().bind(QStringLiteral("resident"), m_picker, existingForm);
    m_which->addWidget(existing);

    auto* fresh = new QWidget(m_which);
    auto* freshForm = new QFormLayout(fresh);
    freshForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    struct Field
    {
        const char* field;
        const char* objectName;
        QString label;
        QString hint;
    };
    const Field fields[] = {
        {"name", "nameLineEdit", tr("Full na&me:"), tr("Required, e.g. Priya Sharma")},
        {"phone", "phoneLineEdit", tr("&Phone:"), tr("Required, 10 digits")},
        {"email", "emailLineEdit", tr("E-ma&il:"), QString()},
        {"occupation", "occupationLineEdit", tr("&Occupation:"), tr("e.g. software engineer")},
        {"employer", "employerLineEdit", tr("Emplo&yer or college:"), QString()},
        {"address", "addressLineEdit", tr("Permanent a&ddress:"), QString()},
        {"father-name", "fatherNameLineEdit", tr("&Father's or guardian's name:"), QString()},
        {"emergency-name", "emergencyNameLineEdit", tr("Emergency &contact:"), QString()},
        {"emergency-phone", "emergencyPhoneLineEdit", tr("Emergency p&hone:"), QString()},
        {"aadhaar", "aadhaarLineEdit", tr("Aadhaa&r:"), tr("12 digits (optional)")},
        {"pan", "panLineEdit", tr("P&AN:"), tr("optional")},
    };
    for (const Field& f : fields) {
        auto* edit = new QLineEdit(fresh);
        edit->setObjectName(QLatin1String(f.objectName));
        edit->setPlaceholderText(f.hint);
        freshForm->addRow(f.label, edit);
        m_fields.insert(QLatin1String(f.field), edit);
        if (QLatin1String(f.field) == QLatin1String("email")) {
            m_gender = new QComboBox(fresh);
            m_gender->setObjectName(QStringLiteral("genderComboBox"));
            m_gender->addItem(tr("Not given"), QString());
            m_gender->addItem(tr("Female"), QStringLiteral("female"));
            m_gender->addItem(tr("Male"), QStringLiteral("male"));
            m_gender->addItem(tr("Other"), QStringLiteral("other"));
            freshForm->addRow(tr("&Gender:"), m_gender);
        }
    }
    for (const Field& f : fields)
        errors().bind(QLatin1String(f.field), m_fields.value(QLatin1String(f.field)), freshForm);
    errors().bind(QStringLiteral("gender"), m_gender, freshForm);
    m_which->addWidget(fresh);
    form()->addRow(m_which);
    connect(m_new, &QRadioButton::toggled, this, [this](bool isNew) {
        m_which->setCurrentIndex(isNew ? 1 : 0);
        (isNew ? static_cast<QWidget*>(m_fields.value(QStringLiteral("name"))) : m_picker)
            ->setFocus();
    });
}

void ResidentPage::choose(const QString& residentId)
{
    if (residentId.isEmpty())
        return;
    m_existing->setChecked(true);
    m_picker->setResident(residentId);
}

bool ResidentPage::validatePage()
{
    errors().clear();
    if (!isNew()) {
        if (m_picker->residentId().isEmpty())
            errors().add(QStringLiteral("resident"),
                         tr("Pick a resident from the list (type part of the name first)."));
        return errors().isEmpty();
    }
    // What the form can tell at once; the rest (phone digits, Aadhaar checksum…) is the
    // resident repository's, shown here if it refuses at Finish.
    if (m_fields.value(QStringLiteral("name"))->text().trimmed().isEmpty())
        errors().add(QStringLiteral("name"), tr("is required"));
    if (m_fields.value(QStringLiteral("phone"))->text().trimmed().isEmpty())
        errors().add(QStringLiteral("phone"), tr("is required"));
    return errors().isEmpty();
}

bool ResidentPage::shows(const QString& field) const
{
    return field == u"resident" || field == u"gender" || m_fields.contains(field);
}

bool ResidentPage::isNew() const
{
    return m_new->isChecked();
}

QString ResidentPage::residentId() const
{
    return isNew() ? QString() : m_picker->residentId();
}

QString ResidentPage::residentName() const
{
    return isNew() ? m_fields.value(QStringLiteral("name"))->text().trimmed() : m_picker->text();
}

ResidentInput ResidentPage::newResident() const
{
    auto text = [this](const char* field) {
        return m_fields.value(QLatin1String(field))->text().trimmed();
    };
    ResidentInput input{text("name"), text("phone"), text("email"), text("pan"), text("aadhaar")};
    input.permanentAddress = text("address");
    input.gender = m_gender->currentData().toString();
    input.fatherName = text("father-name");
    input.occupation = text("occupation");
    input.employer = text("employer");
    input.emergencyName = text("emergency-name");
    input.emergencyPhone = text("emergency-phone");
    return input;
}

// --- 3. Terms -------------------------------------------------------------------------

TermsPage::TermsPage(QWidget* parent) : CheckInPage(parent)
{
    setObjectName(QStringLiteral("termsPage"));
    setTitle(tr("Terms"));
    setSubTitle(tr("The licence's end, rent, deposit and monthly charges. Rent and deposit "
                   "start from the bed's."));
    m_end = new DateField(this);
    m_end->setObjectName(QStringLiteral("endDateField"));
    m_rent = new AmountField(this);
    m_rent->setObjectName(QStringLiteral("rentField"));
    m_deposit = new AmountField(this);
    m_deposit->setObjectName(QStringLiteral("depositField"));
    m_deposit->setPlaceholderText(tr("0 for none"));
    form()->addRow(tr("Licence &until:"), m_end);
    form()->addRow(tr("Monthly &rent:"), m_rent);
    form()->addRow(tr("Security &deposit:"), m_deposit);
    const std::tuple<QString, QString, QString> kinds[] = {
        {QStringLiteral("food"), tr("&Food / mess:"), tr("food")},
        {QStringLiteral("laundry"), tr("&Laundry:"), tr("laundry")},
        {QStringLiteral("wifi"), tr("&Wi-Fi:"), tr("Wi-Fi")},
        {QStringLiteral("maintenance"), tr("&Maintenance:"), tr("maintenance")},
        {QStringLiteral("parking"), tr("Par&king:"), tr("parking")},
        {QStringLiteral("other"), tr("Ot&her monthly charges:"), tr("other")}};
    for (const auto& [kind, label, name] : kinds) {
        auto* field = new AmountField(this);
        field->setRequired(false);
        field->setObjectName(kind + QStringLiteral("ChargeField"));
        field->setPlaceholderText(tr("none"));
        form()->addRow(label, field);
        m_charges.append({kind, name, field});
    }
    m_dueDay = new QSpinBox(this);
    m_dueDay->setObjectName(QStringLiteral("dueDaySpinBox"));
    m_dueDay->setRange(1, 28);
    m_dueDay->setValue(5);
    m_lateFee = new QLineEdit(this);
    m_lateFee->setObjectName(QStringLiteral("lateFeeLineEdit"));
    m_lateFee->setPlaceholderText(tr("none; rupees (500) or a percentage (2%)"));
    m_grace = new QSpinBox(this);
    m_grace->setObjectName(QStringLiteral("lateFeeGraceSpinBox"));
    m_grace->setRange(0, 90);
    m_grace->setSuffix(tr(" days"));
    m_notice = new QSpinBox(this);
    m_notice->setObjectName(QStringLiteral("noticeDaysSpinBox"));
    m_notice->setRange(0, 365);
    m_notice->setValue(30);
    m_notice->setSuffix(tr(" days"));
    m_lockIn = new QSpinBox(this);
    m_lockIn->setObjectName(QStringLiteral("lockInSpinBox"));
    m_lockIn->setRange(0, 60);
    m_lockIn->setSuffix(tr(" months"));
    form()->addRow(tr("Rent due on d&ay:"), m_dueDay);
    form()->addRow(tr("La&te fee:"), m_lateFee);
    form()->addRow(tr("Late fee &grace:"), m_grace);
    form()->addRow(tr("N&otice period:"), m_notice);
    form()->addRow(tr("Lock-&in:"), m_lockIn);
    errors().bind(QStringLiteral("end-date"), m_end, form());
    errors().bind(QStringLiteral("rent"), m_rent, form());
    errors().bind(QStringLiteral("deposit"), m_deposit, form());
    for (const Charge& charge : std::as_const(m_charges))
        errors().bind(charge.kind, charge.field, form());
    errors().bind(QStringLiteral("charge"), m_charges.first().field, form());
    errors().bind(QStringLiteral("due-day"), m_dueDay, form());
    errors().bind(QStringLiteral("late-fee"), m_lateFee, form());
    errors().bind(QStringLiteral("late-fee-grace"), m_grace, form());
    errors().bind(QStringLiteral("notice-days"), m_notice, form());
    errors().bind(QStringLiteral("lock-in"), m_lockIn, form());
}

void TermsPage::initializePage()
{
    // Rent and deposit start from the bed's, and the end 11 months on; what the user typed
    // stays when they come back with the same bed and day.
    const BedPage* bedPage = checkInWizard()->bedPage();
    const FreeBeds::Bed* bed = bedPage->bed();
    if (bed && bed->id != m_filledForBed) {
        m_rent->setAmount(bed->rent);
        if (!bed->deposit.isZero() || m_deposit->text().isEmpty())
            m_deposit->setAmount(bed->deposit);
        m_filledForBed = bed->id;
    }
    if (bedPage->firstDay() != m_filledForDay) {
        m_end->setDate(bedPage->firstDay().addMonths(CheckIn::kDefaultTermMonths).addDays(-1));
        m_filledForDay = bedPage->firstDay();
    }
}

bool TermsPage::validatePage()
{
    errors().clear();
    if (const QString problem = m_rent->problem(); !problem.isEmpty())
        errors().add(QStringLiteral("rent"), problem);
    if (const QString problem = m_deposit->problem(); !problem.isEmpty())
        errors().add(QStringLiteral("deposit"), problem);
    const QDate first = checkInWizard()->bedPage()->firstDay();
    if (m_end->date() < first)
        errors().add(QStringLiteral("end-date"),
                     tr("is before the first day of the stay (%1)").arg(shownDate(first)));
    for (const Charge& charge : std::as_const(m_charges))
        if (const QString problem = charge.field->problem(); !problem.isEmpty())
            errors().add(charge.kind, problem);
    return errors().isEmpty();
}

bool TermsPage::shows(const QString& field) const
{
    static const QStringList fields = {
        QStringLiteral("end-date"),       QStringLiteral("rent"),        QStringLiteral("deposit"),
        QStringLiteral("charge"),         QStringLiteral("due-day"),     QStringLiteral("late-fee"),
        QStringLiteral("late-fee-grace"), QStringLiteral("notice-days"), QStringLiteral("lock-in")};
    return fields.contains(field);
}

void TermsPage::fill(CheckInInput& input) const
{
    input.rent = m_rent->amount() ? m_rent->amount()->toDecimalString() : m_rent->text();
    input.deposit =
        m_deposit->amount() ? m_deposit->amount()->toDecimalString() : m_deposit->text();
    input.endDate = m_end->date().toString(Qt::ISODate);
    input.dueDay = QString::number(m_dueDay->value());
    input.noticeDays = QString::number(m_notice->value());
    input.lockInMonths = QString::number(m_lockIn->value());
    input.lateFee = m_lateFee->text().trimmed();
    input.lateFeeGrace = QString::number(m_grace->value());
    for (const Charge& charge : m_charges)
        if (const auto amount = charge.field->amount(); amount && !amount->isZero())
            input.charges.append(charge.kind + QLatin1Char('=') + amount->toDecimalString());
}

std::optional<Money> TermsPage::deposit() const
{
    return m_deposit->amount();
}

QString TermsPage::chargesText() const
{
    QStringList parts;
    for (const Charge& charge : m_charges)
        if (const auto amount = charge.field->amount(); amount && !amount->isZero())
            parts.append(tr("%1 %2").arg(charge.name, rupees(*amount)));
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

// --- 4. Summary -----------------------------------------------------------------------

SummaryPage::SummaryPage(QWidget* parent) : CheckInPage(parent)
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Check in"));
    setSubTitle(tr("This is what will be written. Finish checks in and opens the agreement to "
                   "print."));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    form()->addRow(m_summary);
    setFinalPage(true);
}

void SummaryPage::initializePage()
{
    m_summary->setText(checkInWizard()->summaryHtml());
}

bool SummaryPage::validatePage()
{
    return checkInWizard()->commit();
}

} // namespace rentflow::ui::stays
