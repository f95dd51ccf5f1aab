#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

class InputCheck;

// What a user types for a new resident (SPEC §3.1); all text, unchecked. Empty: not given.
struct ResidentInput
{
    QString fullName; // "FIRST LAST"; the last word is the last name
    QString phone;
    QString email;
    QString pan;
    QString aadhaar;
    QString language{};         // "en" (the default) or "hi": the documents' language
    QString gstin{};            // a registered business recipient: its invoices are B2B
    QString permanentAddress{}; // printed as the recipient's address
    QString dateOfBirth{};      // YYYY-MM-DD
    QString gender{};           // female, male or other
    QString fatherName{};       // father's or guardian's name (police verification)
    QString occupation{};
    QString employer{}; // employer or institution
    QString emergencyName{};
    QString emergencyPhone{};
    QByteArray photo{}; // PNG or JPEG, at most 2 MB
    QString notes{};
};

// A change to a resident (`resident set`): only the fields given change; an empty value
// clears an optional field (the name and phone cannot be cleared; an empty language is en).
struct ResidentChanges
{
    std::optional<QString> fullName;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> pan;
    std::optional<QString> aadhaar;
    std::optional<QString> language;
    std::optional<QString> gstin;
    std::optional<QString> permanentAddress;
    std::optional<QString> dateOfBirth;
    std::optional<QString> gender;
    std::optional<QString> fatherName;
    std::optional<QString> occupation;
    std::optional<QString> employer;
    std::optional<QString> emergencyName;
    std::optional<QString> emergencyPhone;
    std::optional<QByteArray> photo; // empty: remove the photo
    std::optional<QString> notes;
    // KYC (SPEC §3.1): whether the identity documents were checked, and the local police's
    // tenant verification with the day it was verified. Empty: back to pending.
    std::optional<QString> kycStatus;        // pending | submitted | verified | rejected
    std::optional<QString> policeStatus;     // pending | submitted | verified | not_required
    std::optional<QString> policeVerifiedOn; // YYYY-MM-DD, not in the future; empty: none

    // Every non-empty field of a new resident's input, as a change.
    static ResidentChanges of(const ResidentInput& input);
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
    QString language = QStringLiteral("en"); // "en" or "hi"
    QString gstin;                           // empty: an unregistered recipient (B2C)
    QString permanentAddress;
    QDate dateOfBirth; // invalid when not given
    QString gender;    // female, male, other or empty
    QString fatherName;
    QString occupation;
    QString employer;
    QString emergencyName;
    QString emergencyPhone;   // +91XXXXXXXXXX
    qsizetype photoBytes = 0; // the photo's size, 0 without one; the bytes: photo()
    QString notes;
    QString kycStatus = QStringLiteral("pending");
    QString policeStatus = QStringLiteral("pending");
    QDate policeVerifiedOn; // invalid when not given

    QString fullName() const
    {
        return lastName.isEmpty() ? firstName : firstName + QLatin1Char(' ') + lastName;
    }
};

class ResidentRepository
{
public:
    static constexpr int kMaxNameLength = 100;
    static constexpr int kMaxAddressLength = 500;
    static constexpr int kMinAge = 10; // a date of birth outside these ages is a typing slip
    static constexpr int kMaxAge = 110;
    static constexpr int kMaxNotesLength = 2000;

    explicit ResidentRepository(store::Store& store) : m_store(store) {}

    // Validates every field (phone, e-mail, PAN, Aadhaar with Verhoeff, GSTIN, date of
    // birth against `today`, …) and adds the resident; nothing is written when any
    // field is refused.
    store::StoreResult<QString> add(const ResidentInput& input, QDate today = QDate::currentDate());
    // Validates the fields given and changes only those, audited, in one transaction;
    // nothing is written when any is refused. Invoices already issued keep the recipient
    // name, address and GSTIN they were issued with; the next invoices use the new ones.
    store::StoreResult<Resident> update(const QString& id, const ResidentChanges& changes,
                                        QDate today = QDate::currentDate());
    // The resident, none when no live resident has that id, or the error.
    store::StoreResult<std::optional<Resident>> find(const QString& id) const;
    // The same, with "no resident with id" recorded against the `resident` field in
    // `check` when there is none: what every operation on a resident asks first.
    store::StoreResult<std::optional<Resident>> required(const QString& id,
                                                         InputCheck& check) const;
    store::StoreResult<QList<Resident>> list() const;
    // The resident's photo (PNG or JPEG bytes), empty when there is none.
    store::StoreResult<QByteArray> photo(const QString& id) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
