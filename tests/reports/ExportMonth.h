#pragma once

#include <support/SamplePg.h>

#include <QString>

namespace rentflow::test {

// October 2026 at Sunrise PG, registered (GSTIN 29ABCPE1234F1Z7, Karnataka), every
// figure worked out by hand. Room 101 (beds A, B, C, a meter) and room 102 (one bed);
// everyone checks in on 1 October for the 11-month term; October is billed on 1 October.
//  - Lakshmi Narayanan, 101-A, ₹12,000: long stay ≤ ₹20,000 a month → exempt, bill of
//    supply ₹12,000.00. She pays ₹12,000 in cash on 3 October: balance 0.
//  - Arjun Mehta, 101-B, ₹25,010: above ₹20,000 → taxed at 5% (rate from 22-09-2025),
//    unregistered (B2C): CGST 2.5% of 25,010 = 625.25, SGST 625.25; 25,010 + 1,250.50 =
//    26,260.50, rounded to ₹26,261.00 (round-off +0.50). He pays ₹20,000 by UPI (UTR
//    "=HYPERLINK(1)", a reference that looks like a formula) on 5 October: balance
//    26,261 − 20,000 = ₹6,261.00.
//  - Kavya Rao, 101-C, ₹30,000, a registered business (GSTIN 29AAACR5055K1Z3): tax
//    invoice (B2B) 30,000 + CGST 750 + SGST 750 = ₹31,500.00. Credit note of ₹5,250 on
//    10 October ("Room under repair, 5 days"): tax off in the invoice's proportion, CGST
//    750 × 5,250 / 31,500 = 125.00, SGST 125.00, value 5,250 − 250 = 5,000.00. Unpaid:
//    balance 31,500 − 5,250 = ₹26,250.00.
//  - Rohan Das, 102-A, ₹15,000: exempt bill of supply ₹15,000.00, cancelled on
//    2 October ("Booked in error"): balance 0, only counted in documents issued.
//  - Room 101's meter read 1000.00 on 1 October, 1300.00 on 31 October (300.00 units),
//    1350.00 on 5 November (outside October). No tariff: nothing billed.
// Open balances: 0 + 6,261 + 26,250 + 0 = ₹32,511.00.
struct ExportMonth
{
    ExportMonth();

    SamplePg pg;
    QString lakshmi, arjun, kavya, rohan;                             // resident ids
    QString lakshmiInvoice, arjunInvoice, kavyaInvoice, rohanInvoice; // invoice numbers
    QString creditNote;                                               // its number

    QString workspace() const { return pg.files.path(); }
    QString out(const QString& name) const { return pg.files.scratch(name); }
};

// The one place a test gives a resident a GSTIN (until `resident add --gstin` exists).
void setResidentGstin(store::Store& store, const QString& residentId, const QString& gstin);

} // namespace rentflow::test

#include <QList>
#include <QStringList>

namespace rentflow::test {

// A CSV file as an accountant's spreadsheet reads it (RFC 4180): the test fails unless
// it starts with the UTF-8 byte-order mark and every record ends in CRLF. The header
// first; quoted fields unquoted ("" → ").
QList<QStringList> readCsv(const QString& path);
// The record whose column `column` is `value` (the test fails when there is none).
QStringList csvRow(const QList<QStringList>& csv, int column, const QString& value);
// "12,000.00"-free decimal rupees → paise; "" → 0.
qint64 paiseOf(const QString& decimal);

} // namespace rentflow::test
