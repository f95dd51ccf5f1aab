#pragma once

#include "DocumentWriter.h"

#include <render/PageSetup.h>
#include <text/Lang.h>

#include <store/StoreError.h>

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow::reports {

// One document asked for: `pdf KIND --id ID --out FILE [--lang en|hi] [--a5]`.
struct DocumentRequest
{
    store::Store& store;
    QString id;               // the record the document is of
    std::optional<Lang> lang; // none: the resident's language
    PageSetup setup;
    QString out; // the file to write
};

// `pdf statement --resident ID --from D --to D --out FILE [--lang en|hi] [--a5]`: a
// resident's ledger for a period (dates as typed, checked by the statement's read).
struct StatementRequest
{
    store::Store& store;
    QString residentId;
    QString from;
    QString to;
    std::optional<Lang> lang; // none: the resident's language
    PageSetup setup;
    QString out;
};

// The language to print in: the one asked for, else the resident's ("hi" or "en").
inline Lang documentLang(const DocumentRequest& request, const QString& residentLanguage)
{
    if (request.lang)
        return *request.lang;
    return parseLang(residentLanguage).value_or(Lang::English);
}

// The documents `pdf` writes; each reads its record (an unknown id, or one of
// another kind, is bad input naming `id`), lays it out and saves it whole.
store::StoreResult<WrittenDocument> writeInvoicePdf(const DocumentRequest& request);
// A payment's receipt (dues: the rent receipt for HRA) and a security deposit's
// receipt; each refuses a payment of the other kind, naming the command to use.
store::StoreResult<WrittenDocument> writeReceiptPdf(const DocumentRequest& request);
store::StoreResult<WrittenDocument> writeDepositReceiptPdf(const DocumentRequest& request);
// The refund voucher of a check-out's settlement; one that refunded nothing is
// refused, naming `id` and the settlement statement.
store::StoreResult<WrittenDocument> writeDepositRefundPdf(const DocumentRequest& request);
// A credit note (Rule 53(1)) and a debit note (Rule 53(1A)) against an issued invoice.
store::StoreResult<WrittenDocument> writeCreditNotePdf(const DocumentRequest& request);
store::StoreResult<WrittenDocument> writeDebitNotePdf(const DocumentRequest& request);
store::StoreResult<WrittenDocument> writeSettlementPdf(const DocumentRequest& request);
store::StoreResult<WrittenDocument> writePoliceFormPdf(const DocumentRequest& request);
store::StoreResult<WrittenDocument> writeStatementPdf(const StatementRequest& request);

} // namespace rentflow::reports
