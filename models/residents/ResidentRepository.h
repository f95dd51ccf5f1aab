#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QString>

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

class InputCheck;

// What a user types for a new resident (SPEC §3.1); all text, unchecked.
struct ResidentInput
{
    QString fullName; // "FIRST LAST"; the last word is the last name
    QString phone;
    QString email;
    QString pan;
    QString aadhaar;
};

struct Resident
{
    QString id;
    QString firstName;
    QString lastName;
    QString phone; // +91XXXXXXXXXX
    QString email;
    QString pan;
    QString aadhaarMasked;

    QString fullName() const
    {
        return lastName.isEmpty() ? firstName : firstName + QLatin1Char(' ') + lastName;
    }
};

class ResidentRepository
{
public:
    static constexpr int kMaxNameLength = 100;

    explicit ResidentRepository(store::Store& store) : m_store(store) {}

    // Validates every field (phone, e-mail, PAN, Aadhaar with Verhoeff) and adds
    // the resident; nothing is written when any field is refused.
    store::StoreResult<QString> add(const ResidentInput& input);
    // The resident, none when no live resident has that id, or the error.
    store::StoreResult<std::optional<Resident>> find(const QString& id) const;
    // The same, with "no resident with id" recorded against the `resident` field in
    // `check` when there is none: what every operation on a resident asks first.
    store::StoreResult<std::optional<Resident>> required(const QString& id,
                                                         InputCheck& check) const;
    store::StoreResult<QList<Resident>> list() const;

private:
    store::Store& m_store;
};

} // namespace rentflow
