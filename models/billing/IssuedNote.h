#pragma once

#include "IssuedInvoice.h"

namespace rentflow {

// A credit note (CGST Rule 53(1)) or debit note (Rule 53(1A)) as issued: its own
// number and date, the reason (a debit note's basis in words), the value and each
// tax head it takes off or adds, with the original invoice it refers to (its
// number and date, the recipient, place of supply) read whole.
struct IssuedNote
{
    enum class Kind
    {
        Credit,
        Debit,
    };

    Kind kind = Kind::Credit;
    QString id;
    QString number;
    QDate issueDate;
    QString reason;
    QString sac;        // SAC of the supply (a credit note: the original's taxed lines')
    QList<int> ratesBp; // the rate(s) of the tax heads: the debit note's own, or the
                        // original's taxed lines' (each distinct rate once)
    Money value;        // taxable (or, on an exempt invoice's credit note, exempt) value
    Money cgst;
    Money sgst;
    Money igst;
    Money total;
    Money givenBack; // a credit note: money already paid it released back to the payer's credit
    IssuedInvoice invoice;
};

// Read one note whole. An id that names no note of that kind is bad input naming
// `field` (saying whose id it is when it names another record); a failed read is
// the error.
store::StoreResult<IssuedNote> loadIssuedCreditNote(store::Store& store, const QString& id,
                                                    const QString& field = QStringLiteral("id"));
store::StoreResult<IssuedNote> loadIssuedDebitNote(store::Store& store, const QString& id,
                                                   const QString& field = QStringLiteral("id"));

} // namespace rentflow
