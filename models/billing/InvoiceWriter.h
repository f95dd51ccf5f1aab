#pragma once

#include "InvoiceDraft.h"
#include "store/StoreError.h"

namespace rentflow::store {
class Store;
}

namespace rentflow {

class DocumentSeries;

// Issues a composed invoice: takes its number from the property's series, writes
// the invoice and its lines, and marks the one-off charges it billed. Issued
// invoices are never edited afterwards (ARCHITECTURE.md). Call inside a transaction.
class InvoiceWriter
{
public:
    struct Issued
    {
        QString id;
        QString number;
    };

    // `series`: numbers from the caller's (deferred) series; none: a series of its own.
    explicit InvoiceWriter(store::Store& store, DocumentSeries* series = nullptr)
        : m_store(store), m_series(series)
    {}
    store::StoreResult<Issued> issue(const InvoiceDraft& draft,
                                     const QString& purpose = QStringLiteral("monthly"));

private:
    store::Store& m_store;
    DocumentSeries* m_series;
};

QString documentTypeName(GstDocumentType type);

} // namespace rentflow
