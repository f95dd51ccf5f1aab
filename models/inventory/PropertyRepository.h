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

struct Property
{
    QString id;
    QString name;
    QString kind;
    QString city;
    QString stateCode;
    QString address;
    QString pincode;
};

class PropertyRepository
{
public:
    explicit PropertyRepository(store::Store& store) : m_store(store) {}

    store::StoreResult<QString> add(const PropertyInput& input);
    // The property, none when no live property has that id, or the error.
    store::StoreResult<std::optional<Property>> find(const QString& id) const;
    store::StoreResult<QList<Property>> list() const;

private:
    store::Store& m_store;
};

} // namespace rentflow
