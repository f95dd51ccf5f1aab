#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QString>

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

struct PropertyInput
{
    QString name;
    QString city;
    QString stateCode;
    QString address;
    QString pincode;
    QString kind = QStringLiteral("pg"); // pg | hostel | coliving | apartment
};

// A change to a property (`property set`): only the fields given change; an empty value
// clears an optional one (address, pincode, house rules). All text, unchecked.
struct PropertyChanges
{
    std::optional<QString> name;
    std::optional<QString> address;
    std::optional<QString> city;
    std::optional<QString> pincode;
    std::optional<QString> stateCode;
    std::optional<QString> houseRules;   // one rule a line
    std::optional<QString> utilitySplit; // days | head
};

struct Property
{
    QString id;
    QString name;
    QString kind;
    QString city;
    QString stateCode;
    QString address;
    QString pincode;
    QString houseRules;                            // one rule a line; empty: none on file
    QString utilitySplit = QStringLiteral("days"); // days | head (SPEC §4.4)
};

class PropertyRepository
{
public:
    explicit PropertyRepository(store::Store& store) : m_store(store) {}

    store::StoreResult<QString> add(const PropertyInput& input);
    // add()'s checks alone, before anything exists to add to (the first-run wizard).
    static store::StoreStatus validate(const PropertyInput& input);
    // Validates every field given and changes only those, audited, in one transaction;
    // nothing is written when any is refused (an unknown id is refused naming `id`).
    // The state cannot change once the property has invoices: their place of supply,
    // and the GST registration they were issued under, are the old state's.
    store::StoreResult<Property> update(const QString& id, const PropertyChanges& changes);
    // The property, none when no live property has that id, or the error.
    store::StoreResult<std::optional<Property>> find(const QString& id) const;
    store::StoreResult<QList<Property>> list() const;

    static constexpr int kMaxHouseRulesLength = 2000;

private:
    store::Store& m_store;
};

} // namespace rentflow
