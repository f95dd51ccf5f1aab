#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"
#include "utilities/UtilityMath.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Everything an agreement's placeholders need, read for one agreement from the
// store (the values as stored; reports/agreement writes them in a language).
// Empty text: not on file.
struct AgreementFacts
{
    QString agreementId;
    QString language; // the agreement's ('en' unless set)

    // The licensor: the organisation.
    QString licensorName; // legal name, else name
    QString licensorAddress;
    QString licensorPan;
    QString licensorSignatory; // who signs for it (schema v7)
    QByteArray logo;           // PNG/JPEG bytes, empty when none

    // The licensee: the resident.
    QString residentId;
    QString licenseeName;
    QString licenseeFatherName; // father's or guardian's (schema v7)
    QString licenseeAddress;    // permanent address
    QString licenseePhone;      // E.164
    QString licenseeAadhaarMasked;
    QString licenseePan;
    QString residentLanguage;
    QByteArray photo;

    // The premises: where the stay began (its first occupancy).
    QString propertyName;
    QString propertyAddress;
    QString propertyPincode;
    QString propertyCity;
    QString propertyStateCode;
    QString houseRules;        // the property's, one rule a line; empty: none on file
    bool splitPerHead = false; // property.utility_split: per head, else by days
    QString roomNumber;
    QString bedLabel;
    int roomBeds = 0;

    // The terms.
    QDate start;
    QDate end; // the planned last day of the term
    QDate signedOn;
    Money rent;
    Money deposit;
    int dueDay = 5;
    QString lateFeeKind; // none, fixed (value in paise), percent (value in basis points)
    qint64 lateFeeValue = 0;
    int lateFeeGraceDays = 0;
    int noticeDays = 30;
    int lockInMonths = 0;
    // The monthly charges agreed at check-in besides the licence fee (food, Wi-Fi…).
    struct Charge
    {
        QString kind; // food, laundry, wifi, maintenance, parking, other
        QString description;
        Money monthly;
    };
    QList<Charge> charges;

    // Electricity: the room's meter, else the property's common-area meter, else none.
    struct Meter
    {
        bool commonArea = false;
        Tariff tariff;
        bool hasTariff() const
        {
            return !tariff.unitRate.isZero() || !tariff.slabs.isEmpty() ||
                   !tariff.fixedCharge.isZero();
        }
    };
    std::optional<Meter> meter;

    // The agreement's day: when signed, else its first day.
    QDate agreementDate() const { return signedOn.isValid() ? signedOn : start; }
    // Whole months from start to the day after end (11 for a default term); none when
    // the term has no end or is not whole months.
    std::optional<int> termMonths() const;

    // Reads it; a resident's id stands for the resident's latest agreement (the stay that
    // began last). Any other id that is no agreement is InvalidInput naming `field`.
    static store::StoreResult<AgreementFacts> load(store::Store& store, const QString& field,
                                                   const QString& agreementId);
};

} // namespace rentflow
