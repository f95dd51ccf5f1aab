#include "MonthlyRun.h"

#include "Charges.h"
#include "DocumentSeries.h"
#include "InvoiceWriter.h"
#include "LeaverUtilities.h"
#include "MonthlyRunGuard.h"
#include "StayFactsLoader.h"
#include "ledger/PaymentAllocator.h"
#include "ledger/PaymentCredit.h"
#include "store/CheckedRead.h"
#include "store/Store.h"
#include "tax/TaxRuleRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace rentflow {

using store::StoreError;

store::StoreResult<MonthlyRun::Result> MonthlyRun::run(const Options& options)
{
    store::Transaction tx(m_store); // also holds the write lock: no other run can interleave
    if (!tx.started())
        return tx.error();
    if (auto dates =
            checkBillingRunDates(m_store, options.period, options.issueDate,
                                 options.today.isValid() ? options.today : QDate::currentDate());
        !dates)
        return dates.error();
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
    // Residents who left before a reading: their days' share on a supplementary invoice.
    const qsizetype monthly = stays.value().size();
    {
        QSet<QString> inRun;
        for (const StayFacts& stay : std::as_const(stays.value()))
            inRun.insert(stay.agreementId);
        auto leavers = LeaverUtilities(m_store).unbilled(
            options.period, std::min(options.period.lastDay(), options.issueDate), inRun);
        if (!leavers)
            return leavers.error();
        stays.value().append(leavers.value());
    }
    auto suppliers = loader.suppliers();
    if (!suppliers)
        return suppliers.error();
    auto rules = TaxRuleRepository(m_store).all();
    if (!rules)
        return rules.error();

    // Only residents with money not yet allocated can have a new invoice paid at once.
    QSet<QString> inCredit;
    {
        QSqlQuery q(m_store.database());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT p.resident_id FROM payment p WHERE p.status "
                                   "= 'received' AND p.purpose = 'dues' AND p.deleted = 0 AND ") +
                    paymentFreeSql() + QStringLiteral(" > 0")))
            return m_store.error(QStringLiteral("Finding advance credit"), q);
        while (q.next())
            inCredit.insert(q.value(0).toString());
        if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Finding advance credit"));
            !read)
            return read.error();
    }

    Result result;
    DocumentSeries series(m_store);
    series.deferWrites(); // one update per series, not per invoice
    InvoiceWriter writer(m_store, &series);
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
            auto issued = writer.issue(*draft, i < monthly ? QStringLiteral("monthly")
                                                           : QStringLiteral("adhoc"));
            if (!issued)
                return issued.error();
            result.numbers.append(issued.value().number);
            // An advance paid earlier settles the new invoice at once (SPEC §4.7).
            if (inCredit.contains(stay.residentId))
                if (auto used = PaymentAllocator(m_store).allocate(stay.residentId); !used)
                    return used.error();
        }
        result.total += draft->totals.total;
        result.drafts.append(*draft);
    }
    if (options.progress)
        options.progress(total, total);
    if (options.preview) { // nothing written: the transaction rolls back
        if (auto read = store::checkedTransaction(m_store, QStringLiteral("The preview")); !read)
            return read.error();
        return result;
    }
    if (auto advanced = series.flush(); !advanced)
        return advanced.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return result;
}

} // namespace rentflow
