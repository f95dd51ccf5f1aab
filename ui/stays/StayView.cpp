#include "StayView.h"

#include <common/DisplayText.h>
#include <domain/InputCheck.h>
#include <inventory/InventoryList.h>
#include <residents/ResidentRepository.h>

#include <QCoreApplication>

namespace rentflow::ui::stays {

QString StayView::headline() const
{
    return QCoreApplication::translate("rentflow::ui::stays", "%1 · bed %2, %3 · rent %4 a month")
        .arg(residentName, bedName, propertyName, rupees(stay.rent));
}

store::StoreResult<StayView> StayView::read(store::Store& store, const QString& residentId)
{
    InputCheck check;
    auto live = LiveStay::required(store, residentId, check);
    if (!live)
        return live.error();
    if (!check.ok())
        return store::StoreError::invalid(check.errors());
    StayView view;
    view.residentId = residentId;
    view.stay = *live.value();
    auto resident = ResidentRepository(store).find(residentId);
    if (!resident)
        return resident.error();
    view.residentName = resident.value() ? resident.value()->fullName() : residentId;
    InventoryList inventory(store);
    auto rooms = inventory.rooms(view.stay.propertyId);
    if (!rooms)
        return rooms.error();
    for (const InventoryList::RoomRow& room : rooms.value())
        if (room.id == view.stay.roomId) {
            view.propertyName = room.propertyName;
            view.meterId = room.meterId;
        }
    auto beds = inventory.beds({view.stay.propertyId, {}});
    if (!beds)
        return beds.error();
    for (const InventoryList::BedRow& bed : beds.value())
        if (bed.id == view.stay.bedId)
            view.bedName = bed.name();
    return view;
}

} // namespace rentflow::ui::stays
