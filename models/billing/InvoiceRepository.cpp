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
            "i.total_paise, i.status, "
            "  %1 "
            "FROM invoice i WHERE i.deleted = 0 AND (? IS NULL OR i.billing_month = ?) "
            "AND (? IS NULL OR i.resident_id = ?) ORDER BY i.issue_date, i.number")
            .arg(invoiceBalanceSql()));
    const QVariant none(QMetaType(QMetaType::QString));
    const QVariant month = filter.billingMonth.isEmpty() ? none : QVariant(filter.billingMonth);
    const QVariant resident = filter.residentId.isEmpty() ? none : QVariant(filter.residentId);
    q.addBindValue(month);
    q.addBindValue(month);
    q.addBindValue(resident);
    q.addBindValue(resident);
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
                               QString()};
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
