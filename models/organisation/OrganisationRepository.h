#pragma once

#include "store/StoreError.h"

#include <QString>
#include <QVariantMap>

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// What a user types to set up the organisation (SPEC §1.2); all text, unchecked.
struct OrganisationInput
{
    QString name;
    QString gstin;
    QString pan;
    QString stateCode;
    QString address;
    QString upiVpa;
};

struct Organisation
{
    QString id;
    QString name;
    QString gstin;
    QString pan;
    QString stateCode;
    QString address;
    QString upiVpa;
    bool showFullAadhaar = false;
};

// The workspace's one organisation.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(store::Store& store) : m_store(store) {}

    // Checks every field without touching the store: the row to write, or field errors.
    static store::StoreResult<QVariantMap> validate(const OrganisationInput& input);
    // Validates and creates it; refused if the workspace already has one.
    store::StoreResult<QString> create(const OrganisationInput& input);
    // The organisation, none before setup, or the error when it could not be read.
    store::StoreResult<std::optional<Organisation>> current() const;

private:
    store::Store& m_store;
};

} // namespace rentflow
