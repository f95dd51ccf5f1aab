#pragma once

#include "ExportPeriod.h"

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// One part of an invoice or credit note with the same treatment: the ledger its
// value goes to (rent, utility or other charges), its SAC, its rate and whether it
// is exempt, with its value and tax heads.
struct SupplyPart
{
    QString ledger; // rent | utility | other
    QString sac;    // empty when the line has none
    int rateBp = 0;
    bool exempt = false;
    Money value; // taxable or exempt value
    Money cgst;
    Money sgst;
    Money igst;

    Money tax() const { return cgst + sgst + igst; }
};

// An issued invoice as the accountant's exports read it (cancelled ones too).
struct SupplyInvoice
{
    QString id;
    QString number;
    QString seriesId;
    QString documentType; // tax_invoice | bill_of_supply | invoice_cum_bill_of_supply
    QString residentId;
    QString recipientName;
    QString recipientGstin; // empty: unregistered recipient
    QString supplierGstin;  // empty: issued without one
    QString placeOfSupply;  // state code
    QString billingMonth;
    QDate issueDate;
    bool reverseCharge = false;
    bool cancelled = false;
    QString cancelReason;
    Money taxable;
    Money exempt;
    Money cgst;
    Money sgst;
    Money igst;
    Money roundOff;
    Money total;
    QList<SupplyPart> parts; // one per ledger × SAC × rate × exempt, in line order
};

// A credit note, its value split over its invoice's parts (SupplyRegister.cpp says how).
struct SupplyCreditNote
{
    QString id;
    QString number;
    QString seriesId;
    QDate issueDate;
    QString reason;
    QString invoiceId;
    QString invoiceNumber;
    QDate invoiceDate;
    QString residentId;
    QString recipientName;
    QString recipientGstin;
    QString supplierGstin;
    QString placeOfSupply;
    Money taxable; // the note's value before tax (taxable and exempt)
    Money cgst;
    Money sgst;
    Money igst;
    Money total;
    QList<SupplyPart> parts;
};

// A debit note (a short stay's tax on what was billed exempt, CGST s.34(3)): its value
// now taxed, the rate and the tax debited, with its invoice's number, date, recipient
// and place of supply. `total` is the tax only (the value was billed and paid before).
struct SupplyDebitNote
{
    QString id;
    QString number;
    QString seriesId; // prefix/financial year: the note's own series
    QDate issueDate;
    QString reason;
    QString invoiceId;
    QString invoiceNumber;
    QDate invoiceDate;
    QString residentId;
    QString recipientName;
    QString recipientGstin;
    QString supplierGstin;
    QString placeOfSupply;
    QString sac;
    int rateBp = 0;
    Money taxable; // the value billed exempt, now taxed
    Money cgst;
    Money sgst;
    Money igst;
    Money total;             // the tax debited
    QList<SupplyPart> parts; // one: rent, its SAC and rate, taxed

    Money tax() const { return cgst + sgst + igst; }
};

// The invoices and credit notes behind the accountant's exports. Every read is
// checked: a failed query is an error, never an empty register.
class SupplyRegister
{
public:
    struct Documents
    {
        QList<SupplyInvoice> invoices;       // in issue order (date, number)
        QList<SupplyCreditNote> creditNotes; // in issue order
        QList<SupplyDebitNote> debitNotes;   // in issue order; only issuedIn reads them
    };

    explicit SupplyRegister(store::Store& store) : m_store(store) {}

    // What was issued in the period, by issue date (the tax period of GSTR-1 and the
    // day a voucher is booked): invoices, cancelled ones included, credit notes and
    // debit notes.
    store::StoreResult<Documents> issuedIn(const ExportPeriod& period) const;
    // The invoice register: with a month, the invoices billed for that month (as
    // `invoice list --month`); with a range, those issued in it. Credit notes: those
    // on these invoices, whenever issued, so the register reconciles on its own.
    store::StoreResult<Documents> invoicesOf(const ExportPeriod& period) const;

private:
    store::StoreResult<QList<SupplyDebitNote>> debitNotesIn(const ExportPeriod& period) const;
    store::StoreResult<Documents> load(const QString& invoiceWhere, const QString& noteWhere,
                                       const QVariantList& invoiceBinds,
                                       const QVariantList& noteBinds) const;
    store::Store& m_store;
};

// Splits a credit note over its invoice's parts: the value in proportion to the
// parts' values, each tax head in proportion to the parts' amounts of that head
// (largest remainders, so the parts add up to the note exactly).
QList<SupplyPart> splitCreditNote(const SupplyCreditNote& note,
                                  const QList<SupplyPart>& invoiceParts);

} // namespace rentflow
