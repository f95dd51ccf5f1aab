#include "FinalBilling.h"

#include "billing/InvoiceCorrections.h"
#include "billing/InvoiceWriter.h"
#include "billing/StayFactsLoader.h"
#include "stays/LineCredit.h"
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
    // Lines that billed days after the stay ended, on invoices issued before this check-out
    // (those issued by it already know the last day): rent, recurring charges and utility
    // shares with a period, and (written before schema v6) rent and recurring charges
    // without one on an invoice whose period runs past the last day. A utility share's
    // counted days start at the later of its interval and her first day under the meter.

    // Her occupancy rows under the meter a utility line's reading belongs to.
    const QString underMeter = QStringLiteral(
        "FROM occupancy o JOIN bed b ON b.id = o.bed_id JOIN room rm ON rm.id = b.room_id "
        "JOIN meter_reading r ON r.id = l.source_id JOIN meter m ON m.id = r.meter_id "
        "WHERE o.agreement_id = i.agreement_id AND o.deleted = 0 AND (b.room_id = m.room_id "
        "OR (m.room_id IS NULL AND rm.property_id = m.property_id))");
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
                  "SELECT i.id, i.number, i.billing_month, l.period_from, l.period_to, "
                  "l.taxable_paise, l.cgst_paise, l.sgst_paise, l.igst_paise, "
                  "CASE WHEN l.kind = 'utility' THEN (SELECT min(o.from_date) %1) END, "
                  "CASE WHEN l.kind = 'utility' THEN (SELECT max(coalesce(o.to_date, "
                  "'9999-12-31')) %1) END, CASE WHEN l.kind = 'utility' THEN (SELECT "
                  "p.utility_split FROM meter_reading r JOIN meter m ON m.id = r.meter_id "
                  "JOIN property p ON p.id = m.property_id WHERE r.id = l.source_id) END "
                  "FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id AND l.deleted = 0 "
                  "WHERE i.agreement_id = ? AND i.status = 'issued' AND i.deleted = 0 AND ("
                  "(l.kind IN ('rent', 'recurring', 'utility') AND l.period_to > ?) OR "
                  "(l.kind IN ('rent', 'recurring') AND l.period_from IS NULL AND "
                  "i.period_end > ?)) ORDER BY i.billing_month, i.id, l.position")
                  .arg(underMeter));
    q.addBindValue(agreementId);
    q.addBindValue(lastDay);
    q.addBindValue(lastDay);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading invoices after the stay"), q);
    struct Billed
    {
        QString id;
        BillingPeriod month;
        CreditAmounts credit;  // lines with a period: each line's own days, value and tax
        CreditAmounts undated; // rent and recurring lines without a period: the whole lines
    };
    QList<Billed> billed;
    const auto add = [](CreditAmounts& sum, const CreditAmounts& more) {
        sum = {sum.taxable + more.taxable, sum.cgst + more.cgst, sum.sgst + more.sgst,
               sum.igst + more.igst};
    };
    while (q.next()) {
        if (result.invoiceNumbers.contains(q.value(1).toString()))
            continue;
        if (billed.isEmpty() || billed.constLast().id != q.value(0).toString())
            billed.append({q.value(0).toString(),
                           BillingPeriod::parse(q.value(2).toString()).value(),
                           {},
                           {}});
        const CreditAmounts heads{
            Money::fromPaise(q.value(5).toLongLong()), Money::fromPaise(q.value(6).toLongLong()),
            Money::fromPaise(q.value(7).toLongLong()), Money::fromPaise(q.value(8).toLongLong())};
        if (q.value(3).isNull()) {
            add(billed.last().undated, heads);
            continue;
        }
        // She left the meter's room (a transfer) before the stay ended: her share counted
        // only her days there, none after the last day. Split per head, her share does not
        // depend on her days: she held a bed in the interval, so it stands.
        if (!q.value(10).isNull() && q.value(10).toString() < lastDay.toString(Qt::ISODate))
            continue;
        if (q.value(11).toString() == QLatin1String("head"))
            continue;
        const QDate from = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const QDate counted =
            q.value(9).isNull() ? from : QDate::fromString(q.value(9).toString(), Qt::ISODate);
        add(billed.last().credit,
            creditAfter(
                {from, QDate::fromString(q.value(4).toString(), Qt::ISODate), counted, heads},
                lastDay));
    }
    if (auto read =
            store::checkedEnd(m_store, q, QStringLiteral("Reading invoices after the stay"));
        !read)
        return read.error();

    StayFactsLoader loader(m_store);
    for (Billed& invoice : billed) {
        if (invoice.undated.taxable.paise() > 0) {
            auto undated =
                undatedCredit(loader, agreementId, invoice.month, invoice.undated, issueDate);
            if (!undated)
                return undated.error();
            add(invoice.credit, undated.value());
        }
        if (invoice.credit.taxable.paise() <= 0)
            continue;
        auto issued = InvoiceCorrections(m_store).issueCreditNote(
            invoice.id, invoice.credit,
            QCoreApplication::translate("FinalBilling", "Stay ended on %1: days billed after it")
                .arg(lastDay.toString(QStringLiteral("dd-MM-yyyy"))),
            issueDate);
        if (!issued)
            return issued.error();
        result.creditNoteNumbers << issued.value().number;
    }
    return store::Done{};
}

store::StoreResult<CreditAmounts>
FinalBilling::undatedCredit(StayFactsLoader& loader, const QString& agreementId,
                            BillingPeriod month, const CreditAmounts& heads, QDate issueDate)
{
    // Written before lines kept their days: the value is recomposed for the days stayed
    // and the tax heads come off in the lines' own proportion.
    auto stays = loader.unbilled(month, {agreementId, QDate(), true, false});
    if (!stays)
        return stays.error();
    Money owed; // rent and recurring charges for the days actually stayed
    if (!stays.value().isEmpty()) {
        StayFacts stay = stays.value().constFirst();
        stay.oneOffs.clear(); // only rent and recurring charges are compared
        stay.utilities.clear();
        // Tax treatment is the invoice's own; only the value is worked out again.
        const auto redone = InvoiceComposer::compose(stay, SupplierFacts{}, {}, month, issueDate);
        if (!redone)
            return StoreError{StoreError::Code::InvalidInput, redone.error()};
        for (const DraftLine& line : redone->lines)
            if (line.kind == QLatin1String("rent") || line.kind == QLatin1String("recurring"))
                owed += line.gst.taxable;
    }
    const Money over = heads.taxable - owed;
    if (over.paise() <= 0)
        return CreditAmounts{};
    const qint64 whole = heads.taxable.paise();
    return CreditAmounts{over, heads.cgst.prorated(over.paise(), whole),
                         heads.sgst.prorated(over.paise(), whole),
                         heads.igst.prorated(over.paise(), whole)};
}

} // namespace rentflow
