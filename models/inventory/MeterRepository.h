#pragma once

#include "store/StoreError.h"

#include <QStringList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

class MeterRepository
{
public:
    explicit MeterRepository(store::Store& store) : m_store(store) {}

    // An electricity meter on a room, or on the property (common area) when roomId is empty.
    store::StoreResult<QString> addElectricity(const QString& propertyId, const QString& roomId);

    // `meter tariff`: what a user types; all text, unchecked. Slabs are
    // "UPTO:RATE" (units up to UPTO at RATE rupees a unit) and a last "*:RATE".
    struct TariffInput
    {
        QString meterId;
        QString unitRate; // rupees per unit, used when there are no slabs
        QString fixedCharge;
        QStringList slabs;
    };
    // Replaces the meter's tariff; the next run charges by it.
    store::StoreStatus setTariff(const TariffInput& input);

    // The desktop's "Add meter": an electricity meter on a room of the property (or its
    // common area when roomId is empty) with its tariff (input.meterId is ignored), all
    // checked inside one transaction; nothing is written when anything is refused
    // (`property`, `room`: not the property's, and the tariff's fields as setTariff).
    store::StoreResult<QString> add(const QString& propertyId, const QString& roomId,
                                    const TariffInput& tariff);
    // The meter's tariff as a user would type it back ("6.50", slabs "100:6.50", "*:8"),
    // for editing; an unknown meter is refused naming `meter`.
    store::StoreResult<TariffInput> tariff(const QString& meterId) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
