#pragma once

#include <array>
#include <optional>

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
    // The organisation's name, legal name and address, read once per writer inside
    // the issuing transaction; each invoice keeps them (schema v9).
    store::StoreStatus readSupplier();

    store::Store& m_store;
    DocumentSeries* m_series;
    std::optional<std::array<QString, 3>> m_supplier;
};

QString documentTypeName(GstDocumentType type);

} // namespace rentflow
