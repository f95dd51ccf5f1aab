#pragma once

#include "SupplyRegister.h"

#include "billing/InvoiceRepository.h"

#include <QHash>

namespace rentflow {

// The invoices CSV's rows: the register (SupplyRegister::invoicesOf) with each invoice's
// balance and status exactly as `invoice list` gives them (InvoiceRepository).
struct InvoiceRegister
{
    SupplyRegister::Documents documents;
    QHash<QString, InvoiceSummary> summaries; // by invoice id

    static store::StoreResult<InvoiceRegister> read(store::Store& store,
                                                    const ExportPeriod& period);
};

} // namespace rentflow
