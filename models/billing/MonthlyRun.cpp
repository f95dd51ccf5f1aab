#include "MonthlyRun.h"

#include "Charges.h"
#include "InvoiceWriter.h"
#include "StayFactsLoader.h"
#include "TaxRuleRepository.h"
#include "payments/PaymentAllocator.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace rentflow {

using store::StoreError;

store::StoreResult<MonthlyRun::Result> MonthlyRun::run(const Options& options)
{
    store::Transaction tx(m_store); // also holds the write lock: no other run can interleave
    if (!tx.started())
        return tx.error();
    // Late fees are charges the stays' invoices then bill (in a preview, only shown).
    if (auto assessed = Charges(m_store).assessLateFees(options.period, options.issueDate);
        !assessed)
        return assessed.error();
    StayFactsLoader loader(m_store);
    // An invoice bills the readings taken by the day it is issued.
    auto stays = loader.unbilled(
        options.period, {QString(), std::min(options.period.lastDay(), options.issueDate)});
    if (!stays)
        return stays.error();
    auto suppliers = loader.suppliers();
    if (!suppliers)
        return suppliers.error();
    auto rules = TaxRuleRepository(m_store).all();
    if (!rules)
        return rules.error();

    Result result;
    InvoiceWriter writer(m_store);
    const int total = int(stays.value().size());
    for (int i = 0; i < total; ++i) {
        if (options.progress && !options.progress(i, total)) {
            result.cancelled = true;
            return result; // the transaction rolls back
        }
        const StayFacts& stay = stays.value().at(i);
        const auto draft =
            InvoiceComposer::compose(stay, suppliers.value().value(stay.propertyId), rules.value(),
                                     options.period, options.issueDate);
        if (!draft)
            return StoreError{StoreError::Code::InvalidInput,
                              QCoreApplication::translate("MonthlyRun", "Cannot bill %1: %2")
                                  .arg(stay.recipientName, draft.error())};
        if (draft->lines.isEmpty())
            continue;
        if (!options.preview) {
            auto issued = writer.issue(*draft);
            if (!issued)
                return issued.error();
            result.numbers.append(issued.value().number);
            // An advance paid earlier settles the new invoice at once (SPEC §4.7).
            if (auto used = PaymentAllocator(m_store).allocate(stay.residentId); !used)
                return used.error();
        }
        result.total += draft->totals.total;
        result.drafts.append(*draft);
    }
    if (options.progress)
        options.progress(total, total);
    if (options.preview)
        return result; // nothing written: the transaction rolls back
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return result;
}

} // namespace rentflow
