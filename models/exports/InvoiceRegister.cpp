#include "InvoiceRegister.h"

namespace rentflow {

store::StoreResult<InvoiceRegister> InvoiceRegister::read(store::Store& store,
                                                          const ExportPeriod& period)
{
    auto documents = SupplyRegister(store).invoicesOf(period);
    if (!documents)
        return documents.error();
    auto listed = InvoiceRepository(store).list({period.billingMonth, QString()});
    if (!listed)
        return listed.error();
    InvoiceRegister out{documents.take(), {}};
    for (const InvoiceSummary& summary : listed.value())
        out.summaries.insert(summary.id, summary);
    for (const SupplyInvoice& invoice : out.documents.invoices)
        if (!out.summaries.contains(invoice.id))
            return store::StoreError{store::StoreError::Code::Database,
                                     QStringLiteral("Invoice %1 has no balance in the invoice "
                                                    "list")
                                         .arg(invoice.number)};
    return out;
}

} // namespace rentflow
