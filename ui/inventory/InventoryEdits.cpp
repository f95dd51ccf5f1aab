// The Beds screen's edits: each opens its form (property, room, meter, bed), writes through
// the same operation as `rentflowctl`, and reads the screen again.
#include "InventoryScreen.h"

#include "AddBedDialog.h"
#include "BedBoardModel.h"
#include "BedBoardView.h"
#include "BedDialog.h"
#include "MeterDialog.h"
#include "PropertyDialog.h"
#include "RoomDialog.h"

#include <common/AppContext.h>
#include <inventory/BedRepository.h>
#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>
#include <stays/StayActions.h>

#include <QMessageBox>
#include <QTreeView>

namespace rentflow::ui::inventory {

using NodeKind = InventoryTreeModel::NodeKind;

void InventoryScreen::addProperty()
{
    PropertyDialog dialog(m_context.store(), std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadProperties(dialog.propertyId());
}

void InventoryScreen::editProperty()
{
    const auto property = PropertyRepository(m_context.store()).find(propertyId());
    if (!property || !property.value()) {
        QMessageBox::warning(this, tr("Edit property"),
                             property ? tr("The property is no longer on file.")
                                      : property.error().message);
        return;
    }
    PropertyDialog dialog(m_context.store(), property.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        reloadProperties(dialog.propertyId());
}

void InventoryScreen::addRoom()
{
    if (propertyId().isEmpty())
        return;
    RoomDialog dialog(m_context.store(), propertyId(), m_filter->floor(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectTreeNode(NodeKind::Room, dialog.roomId());
    for (const auto& tile : m_model->tiles())
        if (tile.roomId == dialog.roomId()) {
            selectBed(tile.bedId);
            break;
        }
}

void InventoryScreen::addMeter()
{
    if (propertyId().isEmpty())
        return;
    const BedBoard::Tile* tile = currentTile();
    MeterDialog dialog(m_context.store(), propertyId(), m_rooms, tile ? tile->roomId : QString(),
                       this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectTreeNode(NodeKind::Meter, dialog.meterId());
}

void InventoryScreen::editSelected()
{
    const QModelIndex node = m_treeView->currentIndex();
    if (m_treeView->hasFocus() && node.isValid() &&
        NodeKind(node.data(InventoryTreeModel::NodeKindRole).toInt()) == NodeKind::Meter) {
        editMeter(node.data(InventoryTreeModel::IdRole).toString(),
                  node.siblingAtColumn(0).data().toString());
        return;
    }
    if (const BedBoard::Tile* tile = currentTile())
        editBed(*tile);
    else if (node.isValid() &&
             NodeKind(node.data(InventoryTreeModel::NodeKindRole).toInt()) == NodeKind::Meter)
        editMeter(node.data(InventoryTreeModel::IdRole).toString(),
                  node.siblingAtColumn(0).data().toString());
}

void InventoryScreen::editBed(const BedBoard::Tile& tile)
{
    if (!m_context.guard.allows(Permission::ManageInventory))
        return;
    const QString bedId = tile.bedId;
    BedDialog dialog(m_context.store(), tile, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectBed(bedId);
}

void InventoryScreen::editMeter(const QString& meterId, const QString& title)
{
    if (!m_context.guard.allows(Permission::ManageInventory))
        return;
    MeterDialog dialog(m_context.store(), meterId, title, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectTreeNode(NodeKind::Meter, meterId);
}

void InventoryScreen::checkIn()
{
    const BedBoard::Tile* tile = currentTile();
    const QString bedId = tile && tile->status == QLatin1String("vacant") ? tile->bedId : QString();
    if (m_checkIn(this, bedId))
        reload();
}

void InventoryScreen::openResident()
{
    if (const BedBoard::Tile* tile = currentTile(); tile && !tile->residentId.isEmpty())
        m_context.navigator.openRecord({RecordRef::Kind::Resident, tile->residentId});
}

void InventoryScreen::toggleMaintenance()
{
    const BedBoard::Tile* tile = currentTile();
    if (!tile)
        return;
    const QString bedId = tile->bedId;
    BedChanges changes;
    changes.maintenance = tile->status != QLatin1String("maintenance");
    const auto saved = BedRepository(m_context.store()).update(bedId, changes);
    if (!saved) {
        QMessageBox::warning(this, tr("Maintenance not changed"),
                             saved.error().fields.isEmpty()
                                 ? saved.error().message
                                 : saved.error().fields.constFirst().message);
        reload();
        return;
    }
    reload();
    selectBed(bedId);
}

QString InventoryScreen::currentRoomId() const
{
    const QModelIndex node = m_treeView->currentIndex();
    if (m_treeView->hasFocus() && node.isValid()) {
        const auto kind = NodeKind(node.data(InventoryTreeModel::NodeKindRole).toInt());
        if (kind == NodeKind::Room)
            return node.data(InventoryTreeModel::IdRole).toString();
    }
    const BedBoard::Tile* tile = currentTile();
    return tile ? tile->roomId : QString();
}

void InventoryScreen::addBed()
{
    const QString roomId = currentRoomId();
    for (const auto& tile : m_model->tiles())
        if (tile.roomId == roomId) {
            AddBedDialog dialog(m_context.store(), roomId, tile.roomNumber, tile.rent, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            reload();
            selectBed(dialog.bedId());
            return;
        }
}

void InventoryScreen::removeBed()
{
    const BedBoard::Tile* tile = currentTile();
    if (!tile)
        return;
    const QString bedId = tile->bedId;
    const QString roomId = tile->roomId;
    if (QMessageBox::question(this, tr("Remove bed"),
                              tr("Take bed %1 out of room %2? The room becomes %3 sharing.")
                                  .arg(tile->name(), tile->roomNumber)
                                  .arg(tile->sharing - 1)) != QMessageBox::Yes)
        return;
    if (auto removed = RoomSetup(m_context.store()).removeBed(bedId); !removed) {
        QMessageBox::warning(this, tr("Bed not removed"),
                             removed.error().fields.isEmpty()
                                 ? removed.error().message
                                 : removed.error().fields.constFirst().message);
        return;
    }
    reload();
    for (const auto& other : m_model->tiles())
        if (other.roomId == roomId) {
            selectBed(other.bedId);
            break;
        }
}

} // namespace rentflow::ui::inventory
