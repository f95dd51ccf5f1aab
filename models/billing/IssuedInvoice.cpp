#include "IssuedInvoice.h"
#include "ledger/InvoiceBalance.h"

#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"
#include "store/StoredValues.h"

#include <QSqlQuery>
#include <QStringList>

namespace rentflow {

namespace {

store::StoreStatus readHead(store::Store& store, const QString& id, IssuedInvoice& invoice)
{
    const QString what = QStringLiteral("Reading invoice %1").arg(id);
    // Statements kept prepared: a month's batch reads thousands of invoices.
    QSqlQuery& q = store.prepared(
        QStringLiteral(
            "SELECT i.number, i.document_type, i.purpose, i.resident_id, i.agreement_id, "
            "i.issue_date, i.due_date, i.period_start, i.period_end, i.billing_month, "
            "i.supplier_gstin, i.recipient_gstin, i.recipient_name, i.recipient_address, "
            "i.place_of_supply, i.reverse_charge, i.taxable_paise, i.exempt_paise, "
            "i.cgst_paise, i.sgst_paise, i.igst_paise, i.round_off_paise, i.total_paise, "
            "i.status, i.cancelled_on, i.cancel_reason, "
            "p.name, p.address, p.city, p.pincode, p.state_code, r.language, r.phone, "
            "coalesce((SELECT sum(a.amount_paise) FROM payment_allocation a "
            "  WHERE a.invoice_id = i.id AND a.reversed = 0 AND a.deleted = 0), 0), "
            "coalesce((SELECT sum(c.total_paise) FROM credit_note c "
            "  WHERE c.invoice_id = i.id AND c.deleted = 0), 0), %1, "
            "i.supplier_name, i.supplier_legal_name, i.supplier_address "
            "FROM invoice i JOIN property p ON p.id = i.property_id "
            "JOIN resident r ON r.id = i.resident_id "
            "WHERE i.id = ? AND i.deleted = 0")
            .arg(invoiceBalanceSql()));
    q.addBindValue(id);
    auto found = store::checkedFirstRow(store, q, what);
    if (!found)
        return found.error();
    if (!found.value()) {
        q.finish();
        return store::StoreError{store::StoreError::Code::Database,
                                 what + QStringLiteral(": its property or resident is missing")};
    }
    invoice.id = id;
    invoice.number = q.value(0).toString();
    invoice.documentType = q.value(1).toString();
    invoice.purpose = q.value(2).toString();
    invoice.residentId = q.value(3).toString();
    invoice.agreementId = q.value(4).toString();
    invoice.issueDate = storedDate(q.value(5));
    invoice.dueDate = storedDate(q.value(6));
    invoice.periodStart = storedDate(q.value(7));
    invoice.periodEnd = storedDate(q.value(8));
    invoice.billingMonth = q.value(9).toString();
    invoice.supplierGstin = q.value(10).toString();
    invoice.recipientGstin = q.value(11).toString();
    invoice.recipientName = q.value(12).toString();
    invoice.recipientAddress = q.value(13).toString();
    invoice.placeOfSupply = q.value(14).toString();
    invoice.reverseCharge = q.value(15).toInt() != 0;
    invoice.taxable = store::storedMoney(q.value(16));
    invoice.exempt = store::storedMoney(q.value(17));
    invoice.cgst = store::storedMoney(q.value(18));
    invoice.sgst = store::storedMoney(q.value(19));
    invoice.igst = store::storedMoney(q.value(20));
    invoice.roundOff = store::storedMoney(q.value(21));
    invoice.total = store::storedMoney(q.value(22));
    invoice.cancelled = q.value(23).toString() == QLatin1String("cancelled");
    invoice.cancelledOn = storedDate(q.value(24));
    invoice.cancelReason = q.value(25).toString();
    invoice.propertyName = q.value(26).toString();
    invoice.propertyAddress = store::joinedParts(
        {q.value(27).toString(), q.value(28).toString(), q.value(29).toString()});
    invoice.propertyStateCode = q.value(30).toString();
    invoice.residentLanguage = q.value(31).toString();
    invoice.residentPhone = q.value(32).toString();
    invoice.paid = store::storedMoney(q.value(33));
    invoice.credited = store::storedMoney(q.value(34));
    invoice.balance = invoice.cancelled ? Money() : store::storedMoney(q.value(35));
    invoice.supplierName = q.value(36).toString();
    invoice.supplierLegalName = q.value(37).toString();
    invoice.supplierAddress = q.value(38).toString();
    q.finish();
    return store::Done{};
}

// The bed the stay held on the invoice's last day billed (or its last bed).
store::StoreStatus readBed(store::Store& store, IssuedInvoice& invoice)
{
    if (invoice.agreementId.isEmpty())
        return store::Done{};
    QSqlQuery& q = store.prepared(QStringLiteral(
        "SELECT rm.number, b.label FROM occupancy o JOIN bed b ON b.id = o.bed_id "
        "JOIN room rm ON rm.id = b.room_id WHERE o.agreement_id = ? AND o.deleted = 0 "
        "AND o.from_date <= ? ORDER BY o.from_date DESC LIMIT 1"));
    q.addBindValue(invoice.agreementId);
    const QDate last = invoice.periodEnd.isValid() ? invoice.periodEnd : invoice.issueDate;
    q.addBindValue(last.toString(Qt::ISODate));
    auto found = store::checkedFirstRow(store, q, QStringLiteral("Reading the invoice's bed"));
    if (!found)
        return found.error();
    if (found.value())
        invoice.bed = QStringLiteral("%1/%2").arg(q.value(0).toString(), q.value(1).toString());
    q.finish();
    return store::Done{};
}

store::StoreStatus readLines(store::Store& store, IssuedInvoice& invoice)
{
    const QString what = QStringLiteral("Reading the lines of invoice %1").arg(invoice.number);
    QSqlQuery& q = store.prepared(QStringLiteral(
        "SELECT position, kind, description, sac, basis, quantity_hundredths, unit_price_paise, "
        "taxable_paise, exempt, rate_bp, cgst_paise, sgst_paise, igst_paise, total_paise, "
        "period_from, period_to FROM invoice_line WHERE invoice_id = ? AND deleted = 0 "
        "ORDER BY position"));
    q.addBindValue(invoice.id);
    if (auto ran = store::checkedExec(store, q, what); !ran)
        return ran.error();
    while (q.next()) {
        IssuedInvoiceLine line;
        line.position = q.value(0).toInt();
        line.kind = q.value(1).toString();
        line.description = q.value(2).toString();
        line.sac = q.value(3).toString();
        line.basis = q.value(4).toString();
        line.quantityHundredths = q.value(5).toLongLong();
        line.unitPrice = store::storedMoney(q.value(6));
        line.taxable = store::storedMoney(q.value(7));
        line.exempt = q.value(8).toInt() != 0;
        line.rateBp = q.value(9).toInt();
        line.cgst = store::storedMoney(q.value(10));
        line.sgst = store::storedMoney(q.value(11));
        line.igst = store::storedMoney(q.value(12));
        line.total = store::storedMoney(q.value(13));
        line.periodFrom = storedDate(q.value(14));
        line.periodTo = storedDate(q.value(15));
        invoice.lines.append(line);
    }
    return store::checkedEnd(store, q, what);
}

} // namespace

store::StoreResult<IssuedInvoice> loadIssuedInvoice(store::Store& store, const QString& id,
                                                    const QString& field)
{
    if (auto known = store::requireKnownId(store, field, store::RecordKind::Invoice, id); !known)
        return known.error();
    IssuedInvoice invoice;
    if (auto head = readHead(store, id, invoice); !head)
        return head.error();
    if (auto bed = readBed(store, invoice); !bed)
        return bed.error();
    if (auto lines = readLines(store, invoice); !lines)
        return lines.error();
    return invoice;
}

store::StoreResult<QList<QString>> invoiceIdsOfMonth(store::Store& store, const QString& month)
{
    const QString what = QStringLiteral("Listing the invoices of %1").arg(month);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM invoice WHERE billing_month = ? AND deleted = 0 "
                             "ORDER BY issue_date, number"));
    q.addBindValue(month);
    if (auto ran = store::checkedExec(store, q, what); !ran)
        return ran.error();
    QList<QString> ids;
    while (q.next())
        ids.append(q.value(0).toString());
    if (auto end = store::checkedEnd(store, q, what); !end)
        return end.error();
    return ids;
}

} // namespace rentflow
