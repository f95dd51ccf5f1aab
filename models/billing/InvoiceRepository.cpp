#include "InvoiceRepository.h"
#include "ledger/InvoiceBalance.h"

#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QList<InvoiceSummary>> InvoiceRepository::list(const Filter& filter) const
{
    // An unknown resident is a mistake, not a resident without invoices.
    if (!filter.residentId.isEmpty())
        if (auto known = store::requireKnownId(m_store, QStringLiteral("resident"),
                                               store::RecordKind::Resident, filter.residentId);
            !known)
            return known.error();
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT i.id, i.number, i.resident_id, i.billing_month, i.issue_date, i.due_date, "
            "i.total_paise, i.status, %1 AS balance, "
            "trim(r.first_name || ' ' || r.last_name), i.property_id, p.name "
            "FROM invoice i JOIN resident r ON r.id = i.resident_id "
            "JOIN property p ON p.id = i.property_id "
            "WHERE i.deleted = 0 AND (? IS NULL OR i.billing_month = ?) "
            "AND (? IS NULL OR i.resident_id = ?) AND (? IS NULL OR i.property_id = ?) "
            "AND (? IS NULL OR i.status = ?) "
            "AND (? = 0 OR (i.status = 'issued' AND balance > 0)) "
            "AND (? IS NULL OR instr(lower(r.first_name || ' ' || r.last_name), ?) > 0 "
            "  OR instr(lower(i.number), ?) > 0) "
            "ORDER BY i.issue_date, i.number")
            .arg(invoiceBalanceSql()));
    const QVariant none(QMetaType(QMetaType::QString));
    const QVariant month = filter.billingMonth.isEmpty() ? none : QVariant(filter.billingMonth);
    const QVariant resident = filter.residentId.isEmpty() ? none : QVariant(filter.residentId);
    q.addBindValue(month);
    q.addBindValue(month);
    q.addBindValue(resident);
    q.addBindValue(resident);
    const QVariant property = filter.propertyId.isEmpty() ? none : QVariant(filter.propertyId);
    q.addBindValue(property);
    q.addBindValue(property);
    const QVariant status = filter.status.isEmpty() ? none : QVariant(filter.status);
    q.addBindValue(status);
    q.addBindValue(status);
    q.addBindValue(filter.unpaidOnly ? 1 : 0);
    const QString searchText = filter.search.trimmed().toLower();
    const QVariant search = searchText.isEmpty() ? none : QVariant(searchText);
    q.addBindValue(search);
    q.addBindValue(search);
    q.addBindValue(search);
    if (!q.exec())
        return m_store.error(QStringLiteral("Listing invoices"), q);
    QList<InvoiceSummary> invoices;
    while (q.next()) {
        InvoiceSummary invoice{q.value(0).toString(),
                               q.value(1).toString(),
                               q.value(2).toString(),
                               q.value(3).toString(),
                               QDate::fromString(q.value(4).toString(), Qt::ISODate),
                               QDate::fromString(q.value(5).toString(), Qt::ISODate),
                               Money::fromPaise(q.value(6).toLongLong()),
                               Money::fromPaise(q.value(8).toLongLong()),
                               QString(),
                               q.value(9).toString(),
                               q.value(10).toString(),
                               q.value(11).toString()};
        if (q.value(7).toString() == QLatin1String("cancelled")) {
            invoice.status = QStringLiteral("cancelled");
            invoice.balance = Money();
        } else if (invoice.balance <= Money()) {
            invoice.status = QStringLiteral("paid");
        } else {
            invoice.status = invoice.balance < invoice.total ? QStringLiteral("partly_paid")
                                                             : QStringLiteral("unpaid");
        }
        invoices.append(invoice);
    }
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing invoices")); !read)
        return read.error();
    return invoices;
}

} // namespace rentflow
