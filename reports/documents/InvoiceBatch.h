#pragma once

#include <render/PageSetup.h>
#include <text/Lang.h>

#include <store/StoreError.h>

#include <QStringList>

#include <functional>
#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow::reports {

// Every invoice of a month (by billing period, as `invoice list --month`): one PDF
// per invoice in a folder, or all in one PDF to print (each invoice with its own
// "Page x of y").
struct InvoiceBatchRequest
{
    store::Store& store;
    QString month; // YYYY-MM
    QString out;   // a folder, or with `single` the file
    bool single = false;
    PageSetup setup;
    std::optional<Lang> lang; // none: each resident's language
    // After each invoice: (done, total); returning false stops the batch.
    std::function<bool(int done, int total)> progress;
};

struct InvoiceBatchResult
{
    QStringList files; // written, whole
    int invoices = 0;  // laid out
    int pages = 0;
    bool cancelled = false;
};

// Stopping (progress returns false) keeps the files already written, each whole;
// the file being written and a single PDF are not written at all.
store::StoreResult<InvoiceBatchResult> writeInvoiceBatch(const InvoiceBatchRequest& request);

// "KORA/2627/0001" and "Priya Sharma" → "KORA-2627-0001_Priya-Sharma.pdf": letters
// and digits (any script) kept, '/' and every other character a '-'; a name with
// nothing left (".."): "KORA-2627-0001.pdf".
QString invoiceFileName(const QString& number, const QString& residentName);

} // namespace rentflow::reports
