#include "BedDialog.h"

#include "BedBoardModel.h"
#include "BedStatus.h"

#include <common/AmountField.h>
#include <inventory/BedRepository.h>

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>

namespace rentflow::ui::inventory {

BedDialog::BedDialog(store::Store& store, const BedBoard::Tile& bed, QWidget* parent)
    : InventoryDialog(store, tr("Edit bed %1").arg(bed.name()), parent), m_bedId(bed.bedId),
      m_rent(new AmountField(this)), m_deposit(new AmountField(this)),
      m_maintenance(new QCheckBox(tr("Under maintenance (not let until it is over)"), this))
{
    auto* where = new QLabel(tr("%1 · Room %2 · %n sharing", nullptr, bed.sharing)
                                 .arg(BedBoardModel::floorTitle(bed.floorName), bed.roomNumber),
                             this);
    where->setObjectName(QStringLiteral("bedWhereLabel"));
    form()->addRow(tr("Where:"), where);
    QString state = bedStatus(bed.status).text;
    if (!bed.residentName.isEmpty())
        state += QStringLiteral(" · ") + bed.residentName;
    auto* status = new QLabel(state, this);
    status->setObjectName(QStringLiteral("bedStatusLabel"));
    form()->addRow(tr("Now:"), status);
    m_rent->setAmount(bed.rent);
    m_deposit->setAmount(bed.deposit);
    addRow(tr("Monthly &rent:"), m_rent, QStringLiteral("bedRentField"), QStringLiteral("rent"));
    addRow(tr("&Deposit:"), m_deposit, QStringLiteral("bedDepositField"),
           QStringLiteral("deposit"));
    const bool canToggle =
        bed.status == QLatin1String("vacant") || bed.status == QLatin1String("maintenance");
    m_maintenance->setChecked(bed.status == QLatin1String("maintenance"));
    m_maintenance->setEnabled(canToggle);
    if (!canToggle)
        m_maintenance->setToolTip(
            tr("Only a vacant bed goes under maintenance: check the resident out or transfer "
               "them first."));
    addRow(QString(), m_maintenance, QStringLiteral("bedMaintenanceCheck"),
           QStringLiteral("status"));
    auto* note = new QLabel(
        tr("Rent and deposit apply to the next stay on this bed; a resident's own rent is "
           "their agreement's."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form()->addRow(QString(), note);
}

bool BedDialog::save()
{
    BedChanges changes;
    changes.rent = m_rent->text();
    changes.deposit = m_deposit->text();
    if (m_maintenance->isEnabled())
        changes.maintenance = m_maintenance->isChecked();
    const auto saved = BedRepository(m_store).update(m_bedId, changes);
    if (!saved) {
        errors().show(saved.error());
        return false;
    }
    return true;
}

} // namespace rentflow::ui::inventory
