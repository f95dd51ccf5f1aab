#include "ShortStayTax.h"

#include "billing/DebitNotes.h"
#include "billing/StayFactsLoader.h"
#include "store/CheckedRead.h"
#include "store/Store.h"
#include "tax/TaxRuleRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace rentflow {

using store::StoreError;

namespace {

QString dayText(QDate date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

// An issued invoice of the stay with accommodation billed exempt.
struct ExemptBilled
{
    QString id;
    QString number;
    QDate issueDate;
    QString propertyId;
    QString residentId;
    Money exemptValue;        // accommodation lines billed exempt
    Money accommodationValue; // accommodation lines' value, taxed or exempt
    Money credited;           // value credit notes took off the invoice
    bool registered = false;  // issued with the supplier's GSTIN
};

} // namespace

store::StoreResult<QList<ShortStayTax::Line>>
ShortStayTax::putRight(const QString& agreementId, QDate start, QDate lastDay, QDate issueDate)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT i.id, i.number, i.issue_date, i.property_id, i.resident_id, "
        "sum(CASE WHEN l.exempt = 1 AND l.kind IN ('rent', 'recurring', 'utility', 'late_fee') "
        "THEN l.taxable_paise ELSE 0 END) AS exempt_value, "
        "sum(CASE WHEN l.kind IN ('rent', 'recurring', 'utility', 'late_fee') THEN "
        "l.taxable_paise ELSE 0 END), "
        "(SELECT coalesce(sum(c.taxable_paise), 0) FROM credit_note c WHERE c.invoice_id = i.id "
        "AND c.deleted = 0), coalesce(i.supplier_gstin, '') <> '' FROM invoice i JOIN invoice_line "
        "l ON l.invoice_id = i.id AND "
        "l.deleted = 0 WHERE i.agreement_id = ? AND i.status = 'issued' AND i.deleted = 0 "
        "GROUP BY i.id HAVING exempt_value > 0 ORDER BY i.issue_date, i.number"));
    q.addBindValue(agreementId);
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading the stay's exempt invoices"), q);
    QList<ExemptBilled> billed;
    while (q.next())
        billed.append({q.value(0).toString(), q.value(1).toString(),
                       QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString(),
                       q.value(4).toString(), Money::fromPaise(q.value(5).toLongLong()),
                       Money::fromPaise(q.value(6).toLongLong()),
                       Money::fromPaise(q.value(7).toLongLong()), q.value(8).toBool()});
    if (auto read =
            store::checkedEnd(m_store, q, QStringLiteral("Reading the stay's exempt invoices"));
        !read)
        return read.error();
    q.finish();
    QList<Line> lines;
    if (billed.isEmpty())
        return lines;

    auto suppliers = StayFactsLoader(m_store).suppliers();
    if (!suppliers)
        return suppliers.error();
    auto rules = TaxRuleRepository(m_store).all();
    if (!rules)
        return rules.error();
    const int stayDays = int(start.daysTo(lastDay)) + 1;
    DebitNotes notes(m_store);
    for (const ExemptBilled& invoice : std::as_const(billed)) {
        const SupplierFacts supplier = suppliers.value().value(invoice.propertyId);
        // A bill of supply issued while the PG was not registered owes no GST for that time.
        if (!invoice.registered || !supplier.registered())
            continue;
        // What credit notes took off, in the proportion of the exempt part of the
        // accommodation (credit notes at check-out take off accommodation only).
        const Money value =
            invoice.exemptValue -
            (invoice.accommodationValue.isZero()
                 ? Money()
                 : std::min(invoice.credited, invoice.accommodationValue)
                       .prorated(invoice.exemptValue.paise(), invoice.accommodationValue.paise()));
        if (value.paise() <= 0)
            continue;
        const QString accommodation = QStringLiteral("accommodation");
        // The exemption it was billed under (a long stay), and the rule for the real length.
        const auto before =
            findTaxRule(rules.value(), accommodation, {invoice.issueDate, value, 36500});
        const auto now =
            findTaxRule(rules.value(), accommodation, {invoice.issueDate, value, stayDays});
        if (!now)
            return StoreError{StoreError::Code::InvalidInput,
                              QCoreApplication::translate(
                                  "ShortStayTax",
                                  "no GST rule covers accommodation on %1; add one in the tax "
                                  "rules")
                                  .arg(dayText(invoice.issueDate))};
        if (now->exempt)
            continue;
        const GstLine tax = GstLine::compute(value, now->rate, false, supplier.interState());
        const int needed = before && before->exempt ? before->minStayDays() : 0;
        const QString basis =
            QCoreApplication::translate(
                "ShortStayTax",
                "Stay of %1 days (%2 to %3) ended before the %4 continuous days its exemption "
                "needs (%5), so it is taxed for its whole length: %6 on ₹%7 billed exempt on "
                "%8 dated %9 (CGST Act s.34(3), Rule 53(1A))")
                .arg(stayDays)
                .arg(dayText(start), dayText(lastDay))
                .arg(needed)
                .arg(before ? before->description : QString(), now->rate.toString(),
                     value.toIndianString(), invoice.number, dayText(invoice.issueDate));
        auto issued = notes.issue(
            {invoice.id, agreementId, invoice.residentId, invoice.propertyId, basis, now->sac, tax},
            issueDate);
        if (!issued)
            return issued.error();
        lines.append({issued.value().id, issued.value().number, basis, tax.tax()});
    }
    return lines;
}

} // namespace rentflow
