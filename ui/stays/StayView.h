#pragma once

#include <stays/LiveStay.h>

#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow::ui::stays {

// A resident's current stay as the stay dialogs show it at their top: who, which bed of
// which property, at what rent. Read through LiveStay, ResidentRepository and InventoryList.
struct StayView
{
    QString residentId;
    QString residentName;
    QString bedName;      // "101-A"
    QString propertyName; // "Koramangala"
    QString meterId;      // the room's active meter; empty when the room has none
    LiveStay stay;

    // One line for a dialog's head: "Lakshmi Narayanan · 101-A, Koramangala · ₹ 12,000.00".
    QString headline() const;

    // The stay, or why it cannot be shown (a failed read, or no current stay: then an
    // InvalidInput error on the "resident" field, in the user's words).
    static store::StoreResult<StayView> read(store::Store& store, const QString& residentId);
};

} // namespace rentflow::ui::stays
