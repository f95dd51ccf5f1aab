#pragma once

#include "InvoiceDraft.h"
#include "UtilityShareLoader.h"
#include "domain/Money.h"
#include "domain/Parsed.h"
#include "tax/TaxRule.h"

namespace rentflow {

// Everything the month's invoice of one stay depends on, read from the store.
struct StayFacts
{
    struct Segment // one occupancy row: a bed from `from` to `to` (invalid: still there)
    {
        QDate from;
        QDate to;
        QString bed; // "room 101, bed A", named on the rent line when a stay moved
    };
    struct RentChange // the rent from a day on (a transfer or a revision)
    {
        QDate from;
        Money rent;
    };
    struct Recurring // food, laundry, Wi-Fi…: a monthly amount over [from, to]
    {
        QString id;
        QString kind;
        QString description;
        Money monthly;
        QDate from;
        QDate to;
    };
    struct OneOff // damages, key replacement…: billed once, on the next invoice
    {
        QString id;
        QString kind; // one_off | damage | late_fee | other (charge.kind)
        QString description;
        Money amount;
    };

    QString agreementId;
    QString residentId;
    QString propertyId;
    QString recipientName;
    QString recipientAddress;
    QString recipientGstin;
    QDate start;
    QDate plannedEnd;              // the agreement's term
    QDate moveOut;                 // set at check-out
    Money rent;                    // per month, until the first rent change
    QList<RentChange> rentChanges; // in date order
    int rentDueDay = 5;
    QList<Segment> segments;
    QList<Recurring> recurring;
    QList<OneOff> oneOffs;
    QList<UtilityShare> utilities; // shares of meter readings not yet billed to this stay
};

// Who supplies: registered or not, and where (CGST+SGST or IGST).
struct SupplierFacts
{
    QString gstin;         // empty: not registered, so no GST and a bill of supply
    QString propertyState; // place of supply for accommodation (SPEC §4.5)

    bool registered() const { return !gstin.isEmpty(); }
    bool interState() const { return registered() && gstin.left(2) != propertyState; }
};

// Composes one stay's invoice for a month (SPEC §4.2, §4.5). Pure: no store.
class InvoiceComposer
{
public:
    static constexpr int kOpenEndedStayDays = 365; // a stay with no planned end is a long stay

    // An invoice with no lines (the stay had no days in the month) is valid and
    // simply not issued; a supply that no tax rule covers is refused.
    static Parsed<InvoiceDraft> compose(const StayFacts& stay, const SupplierFacts& supplier,
                                        const QList<TaxRule>& rules, BillingPeriod period,
                                        QDate issueDate);
};

} // namespace rentflow
