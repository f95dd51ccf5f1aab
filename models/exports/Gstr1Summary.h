#pragma once

#include "SupplyRegister.h"

#include "domain/BillingPeriod.h"
#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rentflow {

// The GSTR-1 sections that apply to a PG (reports/exports/GSTR1.md has the shape, what is
// left out and why). Pure: worked out from the register of what was issued in the month.
struct Gstr1
{
    struct Tax // one rate's taxable value and tax
    {
        int rateBp = 0;
        Money taxable;
        Money igst;
        Money cgst;
        Money sgst;
    };
    struct B2bInvoice // table 4A: to a registered recipient
    {
        QString recipientGstin;
        QString number;
        QDate date;
        Money value; // the invoice total
        QString placeOfSupply;
        bool reverseCharge = false;
        QList<Tax> items;
    };
    struct B2cSmall // table 7: to unregistered recipients, by supply type, place and rate
    {
        bool interState = false;
        QString placeOfSupply;
        int rateBp = 0;
        Money taxable;
        Money igst;
        Money cgst;
        Money sgst;
    };
    struct NilRated // table 8: exempt supplies by supply type
    {
        QString supplyType; // INTRAB2B | INTRAB2C | INTRB2B | INTRB2C
        Money exempt;
    };
    struct CreditNote // table 9B (CDNR): credit and debit notes to registered recipients
    {
        bool debit = false; // a debit note (ntty D); otherwise a credit note (C)
        QString recipientGstin;
        QString number;
        QDate date;
        QString invoiceNumber;
        QDate invoiceDate;
        Money value; // the note's total (a debit note's: the tax it debits)
        QString placeOfSupply;
        bool reverseCharge = false;
        QList<Tax> items;
    };
    struct Hsn // table 12: by SAC and rate, net of credit notes, with debit notes
    {
        QString sac;
        QString description;
        int rateBp = 0;
        Money taxable;
        Money igst;
        Money cgst;
        Money sgst;
        Money value() const { return taxable + igst + cgst + sgst; }
    };
    struct DocumentRange // table 13: one series of one kind of document
    {
        int nature = 1; // 1 invoices for outward supply, 4 debit notes, 5 credit notes
        QString from;
        QString to;
        int total = 0;
        int cancelled = 0;
        int netIssued() const { return total - cancelled; }
    };

    QString gstin;
    QString period; // MMYYYY
    QList<B2bInvoice> b2b;
    QList<B2cSmall> b2cs;
    QList<NilRated> nil;
    QList<CreditNote> cdnr;
    QList<Hsn> hsn;
    QList<DocumentRange> documents;
    int leftOut = 0; // documents of another GSTIN, or issued without one, not in this return
};

// The return of `gstin` for `month` from what was issued in it (SupplyRegister::issuedIn).
// Cancelled invoices count only in the documents issued. Credit notes to unregistered
// recipients are netted into table 7 (taxed) and table 8 (exempt) of the note's month;
// to registered recipients they are table 9B, their exempt part netted into table 8.
// Debit notes (the tax on value billed exempt) are table 9B (ntty D) to registered
// recipients and added to table 7 to unregistered ones, and to table 12; table 8 of the
// invoice's month is not amended (EXPORTS.md says why).
Gstr1 summariseGstr1(const SupplyRegister::Documents& issued, const QString& gstin,
                     const BillingPeriod& month);

// "996322" → what the return's SAC summary calls it.
QString sacDescription(const QString& sac);

} // namespace rentflow
