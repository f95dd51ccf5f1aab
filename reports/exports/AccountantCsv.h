#pragma once

#include "CsvTable.h"

#include <exports/InvoiceRegister.h>
#include <exports/ReadingRegister.h>
#include <payments/PaymentList.h>
#include <payments/ResidentList.h>

namespace rentflow::reports {

// The accountant's CSVs (CLI.md `export invoices|payments|residents|readings`); each
// column is listed in reports/exports/EXPORTS.md.

// Invoices, then the credit notes on them (negative amounts, `against_invoice`), so the
// columns add up: Σ total of every row less what was paid = Σ balance.
CsvTable invoicesCsv(const InvoiceRegister& invoices);
CsvTable paymentsCsv(const QList<PaymentList::Row>& payments);
CsvTable residentsCsv(const QList<ResidentList::Row>& residents);
CsvTable readingsCsv(const QList<ReadingRegister::Row>& readings);

// "tax invoice", "bill of supply", "invoice-cum-bill of supply".
QString documentTypeName(const QString& documentType);

} // namespace rentflow::reports
