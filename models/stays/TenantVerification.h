#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// What a tenant-verification form for the local police is filled from (SPEC §3.1,
// §5.4) besides the owner (the organisation, as every document prints it): the premises
// let (the resident's current stay, else the latest), and the resident's profile with
// the photo. Fields not on file are empty: the
// form leaves a line to fill by hand, it is not an error.
struct TenantVerification
{
    // The premises; empty when the resident never had a stay.
    QString propertyName;
    QString propertyAddress; // address, city, pincode
    QString city;            // the place the form is signed
    QString bed;             // "101/A"
    QDate occupiedFrom;
    // The resident.
    QString residentId;
    QString fullName;
    QString fatherName; // father's or guardian's
    QDate dateOfBirth;
    QString gender; // female | male | other | empty
    QString phone;
    QString email;
    QString permanentAddress;
    QString occupation;
    QString employer;
    QString aadhaarMasked; // XXXX XXXX 1234
    QString pan;
    QString emergencyName;
    QString emergencyPhone;
    QByteArray photo; // PNG or JPEG as stored; empty: none
    QString language; // en | hi

    // Whole years on `day`; -1 without a date of birth (or one after `day`).
    int ageOn(QDate day) const;

    // An id that names no resident is bad input naming `field`; a failed read is the error.
    static store::StoreResult<TenantVerification> of(store::Store& store, const QString& residentId,
                                                     const QString& field = QStringLiteral("id"));
};

} // namespace rentflow
