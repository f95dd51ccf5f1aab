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

struct IssuedInvoiceLine
{
    int position = 0;
    QString kind; // rent | recurring | utility | late_fee | one_off | deposit | advance | damage
    QString description;
    QString sac;
    QString basis; // a utility share's reading basis
    qint64 quantityHundredths = 100;
    Money unitPrice;
    Money taxable;
    bool exempt = false;
    int rateBp = 0;
    Money cgst;
    Money sgst;
    Money igst;
    Money total;
    QDate periodFrom;
    QDate periodTo;
};

// An issued invoice as it was issued (every Rule 46 field is a snapshot on the
// row), with its lines, the premises it is for, and what has been paid or credited
// since: what a printed invoice shows.
struct IssuedInvoice
{
    QString id;
    QString number;
    QString documentType; // tax_invoice | bill_of_supply | invoice_cum_bill_of_supply
    QString purpose;      // monthly | deposit | adhoc | final | advance
    QString residentId;
    QString residentLanguage; // en | hi
    QString residentPhone;
    QString agreementId;
    QDate issueDate;
    QDate dueDate;
    QDate periodStart;
    QDate periodEnd;
    QString billingMonth;
    QString supplierGstin;
    // The supplier as issued (schema v9); empty on invoices issued before: print the
    // organisation's current name and address then.
    QString supplierName;
    QString supplierLegalName;
    QString supplierAddress;
    QString recipientGstin;
    QString recipientName;
    QString recipientAddress;
    QString placeOfSupply; // state code, "29"
    bool reverseCharge = false;
    Money taxable;
    Money exempt;
    Money cgst;
    Money sgst;
    Money igst;
    Money roundOff;
    Money total;
    bool cancelled = false;
    QDate cancelledOn;
    QString cancelReason;
    // The premises.
    QString propertyName;
    QString propertyAddress; // address, city, pincode
    QString propertyStateCode;
    QString bed; // "Room 101, bed A"; empty when the invoice has no stay
    // Since it was issued.
    Money paid;     // allocations not reversed
    Money credited; // credit notes
    Money balance;  // total − paid − credited; zero when cancelled
    QList<IssuedInvoiceLine> lines;
};

// Reads one issued invoice whole. An id that names no invoice is bad input naming
// `field`; a failed read is the error, never a blank invoice.
store::StoreResult<IssuedInvoice> loadIssuedInvoice(store::Store& store, const QString& id,
                                                    const QString& field = QStringLiteral("id"));

// Every invoice whose charges are for `month` (YYYY-MM, the billing period, as
// `invoice list --month`), in number order, cancelled ones included.
store::StoreResult<QList<QString>> invoiceIdsOfMonth(store::Store& store, const QString& month);

} // namespace rentflow
