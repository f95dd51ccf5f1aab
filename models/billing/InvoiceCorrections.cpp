#include "InvoiceCorrections.h"

#include "DocumentSeries.h"
#include "domain/InputCheck.h"
#include "ledger/InvoiceBalance.h"
#include "ledger/PaymentAllocator.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {

struct IssuedInvoice
{
    QString id;
    QString number;
    QString residentId;
    QString propertyId;
    QString status;
    QDate issueDate;
    Money gross; // the total before the rupee round-off
    Money balance;
    Money cgst, sgst, igst;
    bool credited = false;
};

StoreResult<std::optional<IssuedInvoice>> findInvoice(store::Store& store, const QString& id)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT i.id, i.number, i.resident_id, i.property_id, i.status, "
                             "i.issue_date, i.total_paise - i.round_off_paise, %1, i.cgst_paise, "
                             "i.sgst_paise, i.igst_paise, EXISTS (SELECT 1 FROM credit_note c "
                             "WHERE c.invoice_id = i.id AND c.deleted = 0) "
                             "FROM invoice i WHERE i.id = ? AND i.deleted = 0")
                  .arg(invoiceBalanceSql()));
    q.addBindValue(id.trimmed());
    const auto found = store::checkedFirstRow(store, q, QStringLiteral("Reading the invoice"));
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<IssuedInvoice>();
    return std::optional<IssuedInvoice>(IssuedInvoice{
        q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), QDate::fromString(q.value(5).toString(), Qt::ISODate),
        Money::fromPaise(q.value(6).toLongLong()), Money::fromPaise(q.value(7).toLongLong()),
        Money::fromPaise(q.value(8).toLongLong()), Money::fromPaise(q.value(9).toLongLong()),
        Money::fromPaise(q.value(10).toLongLong()), q.value(11).toBool()});
}

// What the invoice still has that a credit could take off: its total less earlier credits.
StoreResult<Money> creditable(store::Store& store, const IssuedInvoice& invoice)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT coalesce(sum(total_paise), 0) FROM credit_note WHERE "
                             "invoice_id = ? AND deleted = 0"));
    q.addBindValue(invoice.id);
    const auto credited =
        store::checkedValue(store, q, QStringLiteral("Reading the invoice's credit notes"));
    if (!credited)
        return credited.error();
    return invoice.gross - Money::fromPaise(credited.value().toLongLong());
}

// The same, with "no invoice with id" recorded against the `invoice` field in `check`.
StoreResult<std::optional<IssuedInvoice>> requiredInvoice(store::Store& store, const QString& id,
                                                          InputCheck& check)
{
    auto invoice = findInvoice(store, id);
    if (invoice)
        check.require(
            invoice.value().has_value(), QStringLiteral("invoice"),
            QCoreApplication::translate("InvoiceCorrections", "no invoice with id '%1'").arg(id));
    return invoice;
}

} // namespace

StoreResult<InvoiceCorrections::Issued>
InvoiceCorrections::issueCreditNote(const QString& invoiceId, const CreditAmounts& amounts,
                                    const QString& reason, QDate date)
{
    const auto invoiceRead = findInvoice(m_store, invoiceId);
    if (!invoiceRead)
        return invoiceRead.error();
    const auto& invoice = invoiceRead.value();
    if (!invoice)
        return StoreError::invalid({{QStringLiteral("invoice"),
                                     QStringLiteral("no invoice with id '%1'").arg(invoiceId)}});
    auto number =
        DocumentSeries(m_store).next(DocumentSeries::Kind::CreditNote, invoice->propertyId, date);
    if (!number)
        return number.error();
    auto id = store::RecordWriter(m_store).insert(
        QStringLiteral("credit_note"),
        {{QStringLiteral("invoice_id"), invoice->id},
         {QStringLiteral("series_id"), number.value().seriesId},
         {QStringLiteral("number"), number.value().number},
         {QStringLiteral("financial_year"), number.value().financialYear},
         {QStringLiteral("issue_date"), date},
         {QStringLiteral("reason"), reason},
         {QStringLiteral("taxable_paise"), amounts.taxable.paise()},
         {QStringLiteral("cgst_paise"), amounts.cgst.paise()},
         {QStringLiteral("sgst_paise"), amounts.sgst.paise()},
         {QStringLiteral("igst_paise"), amounts.igst.paise()},
         {QStringLiteral("total_paise"), amounts.total().paise()}});
    if (!id)
        return id.error();
    // A paid invoice credited below what was paid: the excess is the payer's credit again.
    PaymentAllocator allocator(m_store);
    const Money overpaid = amounts.total() - invoice->balance;
    if (overpaid.paise() > 0) {
        if (auto released = allocator.releaseFromInvoice(invoice->id, overpaid); !released)
            return released.error();
        // Recorded so a check-out can show this credit as the note's (schema v5).
        if (auto returned = store::RecordWriter(m_store).insert(
                QStringLiteral("credit_note_return"),
                {{QStringLiteral("credit_note_id"), id.value()},
                 {QStringLiteral("amount_paise"), overpaid.paise()}});
            !returned)
            return returned.error();
    }
    if (auto used = allocator.allocate(invoice->residentId); !used)
        return used.error();
    return Issued{id.value(), number.value().number, std::max(overpaid, Money())};
}

StoreResult<InvoiceCorrections::Issued> InvoiceCorrections::creditNote(const QString& invoiceId,
                                                                       const QString& amountText,
                                                                       const QString& reasonText,
                                                                       QDate today)
{
    InputCheck check;
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto invoiceRead = requiredInvoice(m_store, invoiceId, check);
    if (!invoiceRead)
        return invoiceRead.error();
    const auto& invoice = invoiceRead.value();
    if (invoice)
        check.require(invoice->status == QLatin1String("issued"), QStringLiteral("invoice"),
                      QCoreApplication::translate("InvoiceCorrections", "%1 is cancelled")
                          .arg(invoice->number));
    const auto amount = check.required<Money>(QStringLiteral("amount"), amountText, &Money::parse);
    if (amount && invoice) {
        const auto left = creditable(m_store, *invoice);
        if (!left)
            return left.error();
        const Money most = left.value();
        check.require(amount->paise() > 0 && *amount <= most, QStringLiteral("amount"),
                      QCoreApplication::translate("InvoiceCorrections",
                                                  "is above 0 and at most ₹%1, what %2 has "
                                                  "left to credit")
                          .arg(most.toIndianString(), invoice->number));
    }
    const QString reason = check.text(QStringLiteral("reason"), reasonText, 200, true);
    if (invoice)
        check.require(today >= invoice->issueDate, QStringLiteral("invoice"),
                      QCoreApplication::translate("InvoiceCorrections", "%1 is dated after today")
                          .arg(invoice->number));
    if (!check.ok())
        return StoreError::invalid(check.errors());

    // Tax comes off in the invoice's own proportion: each head's share of the gross.
    CreditAmounts heads;
    heads.cgst = invoice->cgst.prorated(amount->paise(), invoice->gross.paise());
    heads.sgst = invoice->sgst.prorated(amount->paise(), invoice->gross.paise());
    heads.igst = invoice->igst.prorated(amount->paise(), invoice->gross.paise());
    heads.taxable = *amount - heads.cgst - heads.sgst - heads.igst;
    auto issued = issueCreditNote(invoice->id, heads, reason, today);
    if (!issued)
        return issued;
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return issued;
}

store::StoreStatus InvoiceCorrections::cancel(const QString& invoiceId, const QString& reasonText,
                                              QDate today)
{
    InputCheck check;
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto invoiceRead = requiredInvoice(m_store, invoiceId, check);
    if (!invoiceRead)
        return invoiceRead.error();
    const auto& invoice = invoiceRead.value();
    if (invoice) {
        check.require(invoice->status == QLatin1String("issued"), QStringLiteral("invoice"),
                      QCoreApplication::translate("InvoiceCorrections", "%1 is already cancelled")
                          .arg(invoice->number));
        check.require(!invoice->credited, QStringLiteral("invoice"),
                      QCoreApplication::translate("InvoiceCorrections",
                                                  "%1 has a credit note; credit the rest "
                                                  "instead of cancelling")
                          .arg(invoice->number));
    }
    const QString reason = check.text(QStringLiteral("reason"), reasonText, 200, true);
    if (!check.ok())
        return StoreError::invalid(check.errors());

    store::RecordWriter writer(m_store);
    if (auto cancelled = writer.update(QStringLiteral("invoice"), invoice->id,
                                       {{QStringLiteral("status"), QStringLiteral("cancelled")},
                                        {QStringLiteral("cancelled_on"), today},
                                        {QStringLiteral("cancel_reason"), reason}});
        !cancelled)
        return cancelled;
    // Charges it billed wait for the next invoice again.
    QSqlQuery charges(m_store.database());
    charges.prepare(QStringLiteral("SELECT id FROM charge WHERE invoice_id = ? AND deleted = 0"));
    charges.addBindValue(invoice->id);
    if (!charges.exec())
        return m_store.error(QStringLiteral("Reading the invoice's charges"), charges);
    QStringList chargeIds;
    while (charges.next())
        chargeIds << charges.value(0).toString();
    for (const QString& id : std::as_const(chargeIds))
        if (auto freed = writer.update(QStringLiteral("charge"), id,
                                       {{QStringLiteral("invoice_id"), QVariant()}});
            !freed)
            return freed;
    PaymentAllocator allocator(m_store);
    if (auto released =
            allocator.releaseFromInvoice(invoice->id, Money::fromPaise(Money::kMaxPaise));
        !released)
        return released;
    if (auto used = allocator.allocate(invoice->residentId); !used)
        return used.error();
    return tx.commit();
}

} // namespace rentflow
