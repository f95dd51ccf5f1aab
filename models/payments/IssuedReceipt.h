#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// An invoice a payment paid, and how much of it.
struct ReceiptInvoice
{
    QString number;
    QDate issueDate;
    QString billingMonth; // YYYY-MM; empty for an invoice without one
    QDate periodStart;    // the days it billed; invalid when it has none
    QDate periodEnd;
    Money amount; // what this payment paid of it
};

// A payment's numbered receipt as a printed receipt shows it (SPEC §4.7, §5.2):
// who paid, how, for which stay and premises, the invoices it paid (or, for a
// deposit, the stay whose deposit it is), and the stay's monthly rent, which
// decides whether the landlord's PAN must be printed for an HRA claim.
struct IssuedReceipt
{
    // The Income-tax practice for HRA: the landlord's PAN is needed when the annual
    // rent exceeds ₹1,00,000.
    static constexpr qint64 kPanAnnualRentLimitPaise = 1'00'000'00;
    // Indian Stamp Act, Schedule I art. 53: a receipt for more than ₹5,000 needs a
    // revenue stamp; a cash receipt is the one the receiver signs over it.
    static constexpr qint64 kRevenueStampLimitPaise = 5'000'00;

    QString paymentId;
    QString number;  // the receipt's
    QDate date;      // the receipt's (the day the money came)
    QString purpose; // dues | deposit
    QString residentId;
    QString residentName;
    QString residentLanguage; // en | hi
    QString residentPhone;
    Money amount;
    QString method; // cash | upi | bank | cheque | card
    QString reference;
    bool reversed = false;
    QDate reversedOn;
    QString reversalReason;
    // The stay the payment is for: the agreement of the first invoice it paid, a
    // deposit's own stay, else the resident's stay on the payment's day.
    QString agreementId;
    QDate stayFrom;
    QDate stayTo; // the move-out, else the planned end; invalid when open
    QString propertyName;
    QString propertyAddress; // address, city, pincode
    QString bed;             // "101/A" on the payment's day
    Money monthlyRent;       // in force on the payment's day (rent changes included)
    // What it paid: live allocations, or for a reversed payment the ones it had.
    QList<ReceiptInvoice> invoices;
    Money advance; // left unallocated: an advance for later invoices

    Money annualRent() const { return monthlyRent.times(12); }
    bool panRequired() const
    {
        return purpose == QLatin1String("dues") && annualRent().paise() > kPanAnnualRentLimitPaise;
    }
    bool revenueStampBox() const
    {
        return method == QLatin1String("cash") && amount.paise() > kRevenueStampLimitPaise;
    }
};

// Reads one payment's receipt. An id that names no payment is bad input naming
// `field`; a failed read is the error, never a blank receipt.
store::StoreResult<IssuedReceipt> loadIssuedReceipt(store::Store& store, const QString& id,
                                                    const QString& field = QStringLiteral("id"));

} // namespace rentflow
