#pragma once

#include "DepositSettlement.h"
#include "ShortStayTax.h"
#include "store/StoreError.h"

#include <QDate>
#include <QStringList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// `checkout`: ends a stay (SPEC §3.5) in one unit of work: the room meter's
// final reading, the stay's last day, the final invoice and credit notes (see
// FinalBilling), debit notes for the tax on earlier months when the stay ended
// before the exemption's 90 days (ShortStayTax), advance credit used, the stay's own deposit set
// against unpaid dues, deductions with reasons and any notice shortfall, the resident's unused
// credit (advance, money credit notes gave back) returned with the deposit or set against those
// charges, each its own line, and a numbered settlement saying what is refunded or still owed. The
// bed is vacant afterwards.
class CheckOut
{
public:
    struct Input // all text, unchecked
    {
        QString residentId;
        QString date;           // the last day of the stay
        QString finalReading;   // the room meter on that day; empty: none taken
        QStringList deductions; // "REASON=AMOUNT", e.g. "Broken chair=1500"
    };
    using TaxLine = ShortStayTax::Line; // a debit note putting an earlier exempt invoice right
    struct Result
    {
        QString settlementId;
        QString settlementNumber;
        QString finalInvoiceNumber; // empty: nothing was left to bill
        QStringList creditNoteNumbers;
        DepositSettlement figures;
        QStringList creditNotesReturned; // credit notes whose money is in the credit returned
        QList<TaxLine> debitNotes;
    };

    explicit CheckOut(store::Store& store) : m_store(store) {}
    store::StoreResult<Result> run(const Input& input, QDate today);
    // The settlement run() would make, shown before it is committed: the same work inside a
    // unit that is rolled back, so nothing is written (settlementId is empty; the number is
    // the one it would take). Refused inside another unit of work, which it would spoil.
    store::StoreResult<Result> preview(const Input& input, QDate today);

private:
    store::Store& m_store;
};

} // namespace rentflow
