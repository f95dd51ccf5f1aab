#pragma once

#include "GstLine.h"
#include "store/StoreError.h"

#include <QDate>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Debit notes (CGST Act s.34(3), Rule 53(1A)): tax found due after an invoice or
// bill of supply was issued, on a document of its own that names the original's
// number and date, the value, the rate and the tax. Numbered in their own series
// per property, PC and financial year: PREFIX/YYYY/NNNN with the prefix's kind
// letter D (KORAD/2627/0001), in date order within the transaction.
class DebitNotes
{
public:
    struct Draft
    {
        QString invoiceId; // the invoice or bill of supply put right
        QString agreementId;
        QString residentId;
        QString propertyId;
        QString reason; // the basis, printed on the note
        QString sac;
        GstLine tax; // taxable = the value now taxed; its heads are the tax debited
    };
    struct Issued
    {
        QString id;
        QString number;
    };

    explicit DebitNotes(store::Store& store) : m_store(store) {}
    // Call inside a transaction.
    store::StoreResult<Issued> issue(const Draft& draft, QDate date);

private:
    store::Store& m_store;
};

} // namespace rentflow
