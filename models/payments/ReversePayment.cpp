#include "ReversePayment.h"

#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "ledger/PaymentAllocator.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;

store::StoreStatus ReversePayment::run(const QString& paymentId, const QString& reasonText,
                                       const QString& dateText, QDate today)
{
    InputCheck check;
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT resident_id, status, received_on, purpose FROM payment "
                             "WHERE id = ? AND deleted = 0"));
    q.addBindValue(paymentId.trimmed());
    const auto paymentRead =
        store::checkedFirstRow(m_store, q, QStringLiteral("Reading the payment"));
    if (!paymentRead)
        return paymentRead.error();
    const bool found = paymentRead.value();
    check.require(
        found, QStringLiteral("payment"),
        QCoreApplication::translate("ReversePayment", "no payment with id '%1'").arg(paymentId));
    const QString residentId = found ? q.value(0).toString() : QString();
    const QDate received = found ? parseIsoDate(q.value(2).toString()).value() : QDate();
    const bool deposit = found && q.value(3).toString() == QLatin1String("deposit");
    if (found)
        check.require(q.value(1).toString() == QLatin1String("received"), QStringLiteral("payment"),
                      QCoreApplication::translate("ReversePayment", "is already reversed"));
    const QString reason = check.text(QStringLiteral("reason"), reasonText, 200, true);
    const auto date = check.dateOr(QStringLiteral("date"), dateText, today);
    if (date && found)
        check.require(*date >= received && *date <= today, QStringLiteral("date"),
                      QCoreApplication::translate("ReversePayment",
                                                  "is from the day it was received (%1) to today")
                          .arg(received.toString(QStringLiteral("dd-MM-yyyy"))));
    if (found && deposit) {
        QSqlQuery settled(m_store.database());
        settled.prepare(QStringLiteral(
            "SELECT 1 FROM deposit_entry e JOIN deposit_entry r ON r.agreement_id = "
            "e.agreement_id WHERE r.payment_id = ? AND e.kind IN ('adjusted', 'deduction', "
            "'refund') AND e.deleted = 0 AND r.deleted = 0"));
        settled.addBindValue(paymentId.trimmed());
        const auto settledRead =
            store::checkedFirstRow(m_store, settled, QStringLiteral("Reading the deposit"));
        if (!settledRead)
            return settledRead.error();
        check.require(!settledRead.value(), QStringLiteral("payment"),
                      QCoreApplication::translate("ReversePayment",
                                                  "the deposit it paid is already settled"));
    }
    if (!check.ok())
        return StoreError::invalid(check.errors());
    q.finish();

    store::RecordWriter writer(m_store);
    if (auto reversed = writer.update(QStringLiteral("payment"), paymentId.trimmed(),
                                      {{QStringLiteral("status"), QStringLiteral("reversed")},
                                       {QStringLiteral("reversed_on"), *date},
                                       {QStringLiteral("reversal_reason"), reason}});
        !reversed)
        return reversed;
    PaymentAllocator allocator(m_store);
    if (auto released = allocator.releaseFromPayment(paymentId.trimmed()); !released)
        return released;
    if (deposit) {
        QSqlQuery held(m_store.database());
        held.prepare(
            QStringLiteral("SELECT id FROM deposit_entry WHERE payment_id = ? AND deleted = 0"));
        held.addBindValue(paymentId.trimmed());
        if (!held.exec())
            return m_store.error(QStringLiteral("Reading the deposit"), held);
        QStringList entries;
        while (held.next())
            entries << held.value(0).toString();
        for (const QString& entry : std::as_const(entries))
            if (auto removed = writer.remove(QStringLiteral("deposit_entry"), entry); !removed)
                return removed;
    }
    // Other credit the resident has may now settle the reopened invoices.
    if (auto used = allocator.allocate(residentId); !used)
        return used.error();
    return tx.commit();
}

} // namespace rentflow
