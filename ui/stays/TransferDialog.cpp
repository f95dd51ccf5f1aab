#include "TransferDialog.h"

#include <common/AmountField.h>
#include <common/AppContext.h>
#include <common/DateField.h>
#include <common/DisplayText.h>
#include <stays/Transfer.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace rentflow::ui::stays {

TransferDialog::TransferDialog(AppContext& context, const StayView& view, QWidget* parent)
    : StayDialog(context, view, tr("Move to another bed"), tr("&Move"), parent), m_view(view)
{
    m_date = new DateField(this);
    m_date->setObjectName(QStringLiteral("transferDateField"));
    m_bed = new QComboBox(this);
    m_bed->setObjectName(QStringLiteral("bedComboBox"));
    m_bedRent = new QLabel(this);
    m_bedRent->setObjectName(QStringLiteral("bedRentLabel"));
    m_rent = new AmountField(this);
    m_rent->setObjectName(QStringLiteral("newRentField"));
    m_rent->setRequired(false);
    m_rent->setPlaceholderText(tr("unchanged (%1)").arg(rupees(view.stay.rent)));
    form()->addRow(tr("&First day on the new bed:"), m_date);
    form()->addRow(tr("New &bed:"), m_bed);
    form()->addRow(QString(), m_bedRent);
    form()->addRow(tr("New &rent (monthly):"), m_rent);
    errors().bind(QStringLiteral("date"), m_date, form());
    errors().bind(QStringLiteral("bed"), m_bed, form());
    errors().bind(QStringLiteral("rent"), m_rent, form());
    connect(m_date, &QDateEdit::dateChanged, this, &TransferDialog::loadBeds);
    connect(m_bed, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_bedRent->setText(index >= 0 && index < m_beds.size()
                               ? tr("The bed's rent: %1").arg(rupees(m_beds[index].rent))
                               : QString());
    });
    startOn(QDate::currentDate());
}

void TransferDialog::startOn(QDate today)
{
    setToday(today);
    m_date->setDate(today);
    loadBeds();
}

void TransferDialog::loadBeds()
{
    const QString chosen = m_bed->currentData().toString();
    m_bed->clear();
    m_beds.clear();
    auto beds = FreeBeds(context().store()).of(m_view.stay.propertyId, m_date->date());
    if (!beds) {
        errors().add(QStringLiteral("bed"), beds.error().message);
        return;
    }
    m_beds = beds.value();
    for (const FreeBeds::Bed& bed : std::as_const(m_beds))
        m_bed->addItem(tr("%1 (%2)").arg(bed.name(), rupees(bed.rent)), bed.id);
    if (m_beds.isEmpty())
        m_bedRent->setText(
            tr("No bed of %1 is free from this day: choose a later day.").arg(m_view.propertyName));
    const int again = m_bed->findData(chosen);
    if (again >= 0)
        m_bed->setCurrentIndex(again);
}

bool TransferDialog::save()
{
    if (!m_rent->problem().isEmpty()) {
        errors().add(QStringLiteral("rent"), m_rent->problem());
        return false;
    }
    if (m_bed->currentIndex() < 0) {
        errors().add(QStringLiteral("bed"), tr("Choose the bed to move to."));
        return false;
    }
    auto moved = Transfer(context().store())
                     .run({m_view.residentId, m_bed->currentData().toString(),
                           isoDay(m_date->date()), m_rent->text()},
                          today());
    if (!moved) {
        errors().show(moved.error());
        return false;
    }
    m_occupancyId = moved.value();
    return true;
}

} // namespace rentflow::ui::stays
