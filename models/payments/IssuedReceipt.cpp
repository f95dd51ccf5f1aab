#include "IssuedReceipt.h"

#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"
#include "store/StoredValues.h"

#include <QSqlQuery>
#include <QStringList>

namespace rentflow {

namespace {

store::StoreStatus readHead(store::Store& store, const QString& id, IssuedReceipt& receipt)
{
    const QString what = QStringLiteral("Reading payment %1").arg(id);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.resident_id, p.amount_paise, p.method, p.reference, p.purpose, p.status, "
        "p.reversed_on, p.reversal_reason, r.number, r.issue_date, "
        "trim(res.first_name || ' ' || res.last_name), res.language, res.phone "
        "FROM payment p JOIN receipt r ON r.payment_id = p.id AND r.deleted = 0 "
        "JOIN resident res ON res.id = p.resident_id WHERE p.id = ? AND p.deleted = 0"));
    q.addBindValue(id);
    auto found = store::checkedFirstRow(store, q, what);
    if (!found)
        return found.error();
    if (!found.value())
        return store::StoreError{store::StoreError::Code::Database,
                                 what + QStringLiteral(": its receipt or resident is missing")};
    receipt.paymentId = id;
    receipt.residentId = q.value(0).toString();
    receipt.amount = Money::fromPaise(q.value(1).toLongLong());
    receipt.method = q.value(2).toString();
    receipt.reference = q.value(3).toString();
    receipt.purpose = q.value(4).toString();
    receipt.reversed = q.value(5).toString() == QLatin1String("reversed");
    receipt.reversedOn = storedDate(q.value(6));
    receipt.reversalReason = q.value(7).toString();
    receipt.number = q.value(8).toString();
    receipt.date = storedDate(q.value(9));
    receipt.residentName = q.value(10).toString();
    receipt.residentLanguage = q.value(11).toString();
    receipt.residentPhone = q.value(12).toString();
    return store::Done{};
}

// The invoices the payment pays now; a reversed payment's, the ones it had paid.
// Returns the agreement of the first of them (empty when none has one).
store::StoreResult<QString> readInvoices(store::Store& store, IssuedReceipt& receipt)
{
    const QString what = QStringLiteral("Reading what receipt %1 paid").arg(receipt.number);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.number, i.issue_date, i.billing_month, i.period_start, i.period_end, "
        "sum(a.amount_paise), i.agreement_id FROM payment_allocation a "
        "JOIN invoice i ON i.id = a.invoice_id "
        "WHERE a.payment_id = ? AND a.reversed = ? AND a.deleted = 0 "
        "GROUP BY i.id ORDER BY i.issue_date, i.number"));
    q.addBindValue(receipt.paymentId);
    q.addBindValue(receipt.reversed ? 1 : 0);
    if (auto ran = store::checkedExec(store, q, what); !ran)
        return ran.error();
    QString agreementId;
    Money paid;
    while (q.next()) {
        ReceiptInvoice invoice;
        invoice.number = q.value(0).toString();
        invoice.issueDate = storedDate(q.value(1));
        invoice.billingMonth = q.value(2).toString();
        invoice.periodStart = storedDate(q.value(3));
        invoice.periodEnd = storedDate(q.value(4));
        invoice.amount = Money::fromPaise(q.value(5).toLongLong());
        if (agreementId.isEmpty())
            agreementId = q.value(6).toString();
        paid += invoice.amount;
        receipt.invoices.append(invoice);
    }
    if (auto end = store::checkedEnd(store, q, what); !end)
        return end.error();
    receipt.advance = receipt.amount - paid;
    return agreementId;
}

// A deposit's own stay (its entry, even one removed when the payment was reversed),
// else the resident's stay that had begun by the payment's day, else their first.
store::StoreResult<QString> stayOfPayment(store::Store& store, const IssuedReceipt& receipt)
{
    const QString what = QStringLiteral("Reading the stay of receipt %1").arg(receipt.number);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (receipt.purpose == QLatin1String("deposit")) {
        q.prepare(QStringLiteral("SELECT agreement_id FROM deposit_entry WHERE payment_id = ? "
                                 "AND kind = 'received' ORDER BY deleted LIMIT 1"));
        q.addBindValue(receipt.paymentId);
        auto found = store::checkedFirstRow(store, q, what);
        if (!found)
            return found.error();
        if (found.value())
            return q.value(0).toString();
    }
    q.prepare(QStringLiteral("SELECT id FROM agreement WHERE resident_id = ? AND deleted = 0 "
                             "ORDER BY start_date <= ? DESC, "
                             "CASE WHEN start_date <= ? THEN start_date END DESC, start_date "
                             "LIMIT 1"));
    q.addBindValue(receipt.residentId);
    q.addBindValue(receipt.date.toString(Qt::ISODate));
    q.addBindValue(receipt.date.toString(Qt::ISODate));
    auto found = store::checkedFirstRow(store, q, what);
    if (!found)
        return found.error();
    return found.value() ? q.value(0).toString() : QString();
}

store::StoreStatus readStay(store::Store& store, const QString& agreementId, IssuedReceipt& receipt)
{
    const QString what = QStringLiteral("Reading the stay of receipt %1").arg(receipt.number);
    const QString onDay = receipt.date.toString(Qt::ISODate);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.start_date, coalesce(a.move_out_date, a.end_date), "
        "coalesce((SELECT rc.rent_paise FROM rent_change rc WHERE rc.agreement_id = a.id "
        "  AND rc.deleted = 0 AND rc.effective_from <= ? ORDER BY rc.effective_from DESC "
        "  LIMIT 1), a.rent_paise), "
        "pr.name, pr.address, pr.city, pr.pincode, "
        "(SELECT rm.number || '/' || b.label FROM occupancy o JOIN bed b ON b.id = o.bed_id "
        "  JOIN room rm ON rm.id = b.room_id WHERE o.agreement_id = a.id AND o.deleted = 0 "
        "  ORDER BY o.from_date <= ? DESC, o.from_date DESC LIMIT 1) "
        "FROM agreement a JOIN property pr ON pr.id = a.property_id WHERE a.id = ?"));
    q.addBindValue(onDay);
    q.addBindValue(onDay);
    q.addBindValue(agreementId);
    auto found = store::checkedFirstRow(store, q, what);
    if (!found)
        return found.error();
    if (!found.value())
        return store::StoreError{store::StoreError::Code::Database,
                                 what + QStringLiteral(": its stay or property is missing")};
    receipt.agreementId = agreementId;
    receipt.stayFrom = storedDate(q.value(0));
    receipt.stayTo = storedDate(q.value(1));
    receipt.monthlyRent = Money::fromPaise(q.value(2).toLongLong());
    receipt.propertyName = q.value(3).toString();
    receipt.propertyAddress =
        store::joinedParts({q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    receipt.bed = q.value(7).toString();
    return store::Done{};
}

} // namespace

store::StoreResult<IssuedReceipt> loadIssuedReceipt(store::Store& store, const QString& id,
                                                    const QString& field)
{
    if (auto known = store::requireKnownId(store, field, store::RecordKind::Payment, id); !known)
        return known.error();
    IssuedReceipt receipt;
    if (auto head = readHead(store, id.trimmed(), receipt); !head)
        return head.error();
    auto invoiceStay = readInvoices(store, receipt);
    if (!invoiceStay)
        return invoiceStay.error();
    QString agreementId = invoiceStay.value();
    if (agreementId.isEmpty() || receipt.purpose == QLatin1String("deposit")) {
        auto stay = stayOfPayment(store, receipt);
        if (!stay)
            return stay.error();
        agreementId = stay.value();
    }
    // RecordPayment refuses a payment from a resident who never had a stay.
    if (agreementId.isEmpty())
        return store::StoreError{
            store::StoreError::Code::Database,
            QStringLiteral("Reading receipt %1: the resident has no stay").arg(receipt.number)};
    if (auto stay = readStay(store, agreementId, receipt); !stay)
        return stay.error();
    return receipt;
}

} // namespace rentflow
