#include "FinalBilling.h"

#include "billing/InvoiceCorrections.h"
#include "billing/InvoiceWriter.h"
#include "billing/StayFactsLoader.h"
#include "store/CheckedRead.h"
#include "store/Store.h"
#include "tax/TaxRuleRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rentflow {

using store::StoreError;

namespace {

// The month after the stay's last monthly or final invoice, or the month it started.
store::StoreResult<BillingPeriod> firstUnbilledMonth(store::Store& store,
                                                     const QString& agreementId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT (SELECT max(billing_month) FROM invoice WHERE agreement_id = a.id AND status = "
        "'issued' AND deleted = 0 AND purpose IN ('monthly', 'final')), a.start_date "
        "FROM agreement a WHERE a.id = ?"));
    q.addBindValue(agreementId);
    const auto found =
        store::checkedFirstRow(store, q, QStringLiteral("Reading the stay's invoices"));
    if (!found)
        return found.error();
    if (!found.value())
        return store::StoreError{store::StoreError::Code::NotFound,
                                 QStringLiteral("No agreement with id ") + agreementId};
    if (const auto billed = BillingPeriod::parse(q.value(0).toString()))
        return billed->next();
    return BillingPeriod::containing(QDate::fromString(q.value(1).toString(), Qt::ISODate));
}

} // namespace

store::StoreResult<FinalBilling::Result> FinalBilling::run(const QString& agreementId,
                                                           QDate lastDay, QDate issueDate)
{
    StayFactsLoader loader(m_store);
    auto suppliers = loader.suppliers();
    if (!suppliers)
        return suppliers.error();
    auto rules = TaxRuleRepository(m_store).all();
    if (!rules)
        return rules.error();

    Result result;
    const BillingPeriod lastMonth = BillingPeriod::containing(lastDay);
    InvoiceWriter writer(m_store);
    const auto unbilledFrom = firstUnbilledMonth(m_store, agreementId);
    if (!unbilledFrom)
        return unbilledFrom.error();
    for (BillingPeriod month = std::min(unbilledFrom.value(), lastMonth); month <= lastMonth;
         month = month.next()) {
        const bool last = month == lastMonth;
        auto stays = loader.unbilled(
            month, {agreementId, last ? lastDay : month.lastDay(), /*includeBilled=*/last});
        if (!stays)
            return stays.error();
        if (stays.value().isEmpty())
            continue;
        StayFacts stay = stays.value().constFirst();
        const auto unbilledNow = last ? firstUnbilledMonth(m_store, agreementId)
                                      : store::StoreResult<BillingPeriod>(month);
        if (!unbilledNow)
            return unbilledNow.error();
        if (last && unbilledNow.value() > lastMonth) {
            // The month is billed already: the final invoice has only what is left.
            stay.segments.clear();
            stay.recurring.clear();
        }
        const auto draft = InvoiceComposer::compose(stay, suppliers.value().value(stay.propertyId),
                                                    rules.value(), month, issueDate);
        if (!draft)
            return StoreError{StoreError::Code::InvalidInput, draft.error()};
        if (draft->lines.isEmpty())
            continue;
        auto issued =
            writer.issue(*draft, last ? QStringLiteral("final") : QStringLiteral("monthly"));
        if (!issued)
            return issued.error();
        result.invoiceNumbers << issued.value().number;
        if (last)
            result.finalInvoiceId = issued.value().id;
    }
    if (auto credited = creditDaysAfter(agreementId, lastDay, issueDate, result); !credited)
        return credited.error();
    return result;
}

store::StoreStatus FinalBilling::creditDaysAfter(const QString& agreementId, QDate lastDay,
                                                 QDate issueDate, Result& result)
{
    // Invoices that billed rent or recurring charges for days after the stay ended.
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT i.id, i.billing_month, i.number, sum(l.taxable_paise), sum(l.cgst_paise), "
        "sum(l.sgst_paise), sum(l.igst_paise) FROM invoice i JOIN invoice_line l ON "
        "l.invoice_id = i.id AND l.deleted = 0 AND l.kind IN ('rent', 'recurring') "
        "WHERE i.agreement_id = ? AND i.status = 'issued' AND i.deleted = 0 AND i.period_end > ? "
        "GROUP BY i.id ORDER BY i.billing_month"));
    q.addBindValue(agreementId);
    q.addBindValue(lastDay);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading invoices after the stay"), q);
    struct Billed
    {
        QString id;
        BillingPeriod month;
        CreditAmounts heads;
    };
    QList<Billed> billed;
    while (q.next())
        billed.append({q.value(0).toString(), BillingPeriod::parse(q.value(1).toString()).value(),
                       CreditAmounts{Money::fromPaise(q.value(3).toLongLong()),
                                     Money::fromPaise(q.value(4).toLongLong()),
                                     Money::fromPaise(q.value(5).toLongLong()),
                                     Money::fromPaise(q.value(6).toLongLong())}});
    q.finish();

    StayFactsLoader loader(m_store);
    for (const Billed& invoice : std::as_const(billed)) {
        auto stays = loader.unbilled(invoice.month, {agreementId, QDate(), true, false});
        if (!stays)
            return stays.error();
        Money owed; // rent and recurring charges for the days actually stayed
        if (!stays.value().isEmpty()) {
            StayFacts stay = stays.value().constFirst();
            stay.oneOffs.clear(); // only rent and recurring charges are compared
            // Tax treatment is the invoice's own; only the value is worked out again.
            const auto redone =
                InvoiceComposer::compose(stay, SupplierFacts{}, {}, invoice.month, issueDate);
            if (!redone)
                return StoreError{StoreError::Code::InvalidInput, redone.error()};
            for (const DraftLine& line : redone->lines)
                owed += line.gst.taxable;
        }
        const Money over = invoice.heads.taxable - owed;
        if (over.paise() <= 0)
            continue;
        // Each tax head comes off in proportion to the value taken off.
        const qint64 whole = invoice.heads.taxable.paise();
        const CreditAmounts credit{over, invoice.heads.cgst.prorated(over.paise(), whole),
                                   invoice.heads.sgst.prorated(over.paise(), whole),
                                   invoice.heads.igst.prorated(over.paise(), whole)};
        auto issued = InvoiceCorrections(m_store).issueCreditNote(
            invoice.id, credit,
            QCoreApplication::translate("FinalBilling", "Stay ended on %1: days billed after it")
                .arg(lastDay.toString(QStringLiteral("dd-MM-yyyy"))),
            issueDate);
        if (!issued)
            return issued.error();
        result.creditNoteNumbers << issued.value().number;
    }
    return store::Done{};
}

} // namespace rentflow
