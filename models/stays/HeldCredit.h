#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QList>
#include <QStringList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// What a resident has paid and not had used when a stay ends (SPEC §3.5): every
// payment for dues with money left (after allocation to open invoices), and how
// much of it credit notes of the stay gave back (credit_note_return); the rest is
// advance. Credit-note money counts first: it is the newest money returned.
struct HeldCredit
{
    struct Payment
    {
        QString id;
        Money free;
    };
    QList<Payment> payments; // oldest first
    Money advance;
    Money fromCreditNotes;
    QStringList creditNoteNumbers; // the stay's notes that gave money back

    Money total() const { return advance + fromCreditNotes; }

    static store::StoreResult<HeldCredit> of(store::Store& store, const QString& residentId,
                                             const QString& agreementId);
};

} // namespace rentflow
