#include "Charges.h"

#include "InvoiceCorrections.h"
#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "domain/Rate.h"
#include "ledger/InvoiceBalance.h"
#include "residents/ResidentRepository.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;

store::StoreResult<QString> Charges::add(const Input& input, QDate today)
{
    InputCheck check;
    const auto residentRead = ResidentRepository(m_store).required(input.residentId, check);
    if (!residentRead)
        return residentRead.error();
    const auto& resident = residentRead.value();
    const auto amount =
        check.required<Money>(QStringLiteral("amount"), input.amount, &Money::parse);
    if (amount)
        check.require(
            amount->paise() > 0 && amount->paise() <= Money::kMaxEverydayPaise,
            QStringLiteral("amount"),
            QCoreApplication::translate("Charges", "is an amount above 0 and at most 10,00,000"));
    const QString description =
        check.text(QStringLiteral("description"), input.description, 200, true);
    check.require(input.kind == QLatin1String("one_off") || input.kind == QLatin1String("damage"),
                  QStringLiteral("kind"),
                  QCoreApplication::translate("Charges", "is one_off or damage"));
    const auto date = check.dateOr(QStringLiteral("date"), input.date, today);
    if (!check.ok())
        return StoreError::invalid(check.errors());
    return store::RecordWriter(m_store).insertAsUnit(
        QStringLiteral("charge"), {{QStringLiteral("resident_id"), resident->id},
                                   {QStringLiteral("kind"), input.kind},
                                   {QStringLiteral("description"), description},
                                   {QStringLiteral("amount_paise"), amount->paise()},
                                   {QStringLiteral("charge_date"), *date}});
}

store::StoreStatus Charges::waive(const QString& chargeId, const QString& reasonText, QDate today)
{
    InputCheck check;
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "SELECT c.waived, c.invoice_id, l.taxable_paise, l.cgst_paise, l.sgst_paise, "
        "l.igst_paise FROM charge c LEFT JOIN invoice_line l ON l.invoice_id = c.invoice_id AND "
        "l.source_id = c.id AND l.deleted = 0 WHERE c.id = ? AND c.deleted = 0"));
    q.addBindValue(chargeId.trimmed());
    const auto chargeRead =
        store::checkedFirstRow(m_store, q, QStringLiteral("Reading the charge"));
    if (!chargeRead)
        return chargeRead.error();
    const bool found = chargeRead.value();
    check.require(found, QStringLiteral("charge"),
                  QCoreApplication::translate("Charges", "no charge with id '%1'").arg(chargeId));
    if (found)
        check.require(!q.value(0).toBool(), QStringLiteral("charge"),
                      QCoreApplication::translate("Charges", "is already waived"));
    const QString reason = check.text(QStringLiteral("reason"), reasonText, 200, true);
    if (!check.ok())
        return StoreError::invalid(check.errors());
    const QString invoiceId = q.value(1).toString();
    const CreditAmounts line{
        Money::fromPaise(q.value(2).toLongLong()), Money::fromPaise(q.value(3).toLongLong()),
        Money::fromPaise(q.value(4).toLongLong()), Money::fromPaise(q.value(5).toLongLong())};
    q.finish();

    if (auto waived = store::RecordWriter(m_store).update(
            QStringLiteral("charge"), chargeId.trimmed(),
            {{QStringLiteral("waived"), 1}, {QStringLiteral("waiver_reason"), reason}});
        !waived)
        return waived;
    if (!invoiceId.isEmpty() && line.total().paise() > 0)
        if (auto credited = InvoiceCorrections(m_store).issueCreditNote(
                invoiceId, line, QStringLiteral("Waived: %1").arg(reason), today);
            !credited)
            return credited.error();
    return tx.commit();
}

store::StoreStatus Charges::assessLateFees(BillingPeriod period, QDate asOf)
{
    // What each stay with a late-fee rule has overdue past its grace days, if it is not
    // billed for the month yet and has no late fee for it.
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral(
            "SELECT a.id, a.resident_id, a.late_fee_kind, a.late_fee_value, "
            "  (SELECT coalesce(sum(%1), 0) FROM invoice i WHERE i.agreement_id = a.id AND "
            "   i.status = 'issued' AND i.deleted = 0 AND "
            "   date(i.due_date, '+' || a.late_fee_grace_days || ' days') < ?) AS overdue "
            "FROM agreement a WHERE a.deleted = 0 AND a.late_fee_kind <> 'none' "
            "AND a.status IN ('active', 'notice') AND a.start_date <= ? "
            "AND NOT EXISTS (SELECT 1 FROM charge c WHERE c.agreement_id = a.id AND "
            "  c.kind = 'late_fee' AND c.charge_date = ? AND c.deleted = 0) "
            "AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.agreement_id = a.id AND "
            "  i.billing_month = ? AND i.purpose IN ('monthly', 'final') AND i.status = 'issued' "
            "  AND i.deleted = 0) "
            "AND overdue > 0")
            .arg(invoiceBalanceSql()));
    q.addBindValue(asOf);
    q.addBindValue(period.lastDay());
    q.addBindValue(period.firstDay());
    q.addBindValue(period.toString());
    if (!q.exec())
        return m_store.error(QStringLiteral("Working out late fees"), q);
    struct Fee
    {
        QString agreementId, residentId;
        Money overdue, amount;
        QString rule;
    };
    QList<Fee> fees;
    while (q.next()) {
        const Money overdue = Money::fromPaise(q.value(4).toLongLong());
        const bool percent = q.value(2).toString() == QLatin1String("percent");
        const qint64 value = q.value(3).toLongLong();
        const Money amount =
            percent ? overdue.percent(Rate::fromBasisPoints(int(value))) : Money::fromPaise(value);
        fees.append({q.value(0).toString(), q.value(1).toString(), overdue, amount,
                     percent ? Rate::fromBasisPoints(int(value)).toString() + QStringLiteral(" of")
                             : QStringLiteral("on")});
    }
    q.finish();
    store::RecordWriter writer(m_store);
    for (const Fee& fee : std::as_const(fees)) {
        if (fee.amount.paise() <= 0)
            continue;
        if (auto charged = writer.insert(QStringLiteral("charge"),
                                         {{QStringLiteral("agreement_id"), fee.agreementId},
                                          {QStringLiteral("resident_id"), fee.residentId},
                                          {QStringLiteral("kind"), QStringLiteral("late_fee")},
                                          {QStringLiteral("description"),
                                           QStringLiteral("Late fee: %1 ₹%2 overdue on %3")
                                               .arg(fee.rule, fee.overdue.toIndianString(),
                                                    asOf.toString(QStringLiteral("dd-MM-yyyy")))},
                                          {QStringLiteral("amount_paise"), fee.amount.paise()},
                                          {QStringLiteral("charge_date"), period.firstDay()}});
            !charged)
            return charged.error();
    }
    return store::Done{};
}

} // namespace rentflow
