#include "RecordPayment.h"

#include "billing/DocumentSeries.h"
#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "residents/ResidentRepository.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {

struct LatestStay
{
    QString agreementId;
    QString propertyId; // whose receipt series the payment is numbered in
    bool live = false;
};

StoreResult<LatestStay> latestStay(store::Store& store, const QString& residentId)
{
    QSqlQuery& q = store.prepared(
        QStringLiteral("SELECT id, property_id, status IN ('active', 'notice') FROM agreement "
                       "WHERE resident_id = ? AND deleted = 0 ORDER BY start_date DESC LIMIT 1"));
    q.addBindValue(residentId);
    LatestStay stay;
    const auto found =
        store::checkedFirstRow(store, q, QStringLiteral("Reading the resident's stay"));
    if (!found)
        return found.error();
    if (found.value())
        stay = {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
    q.finish();
    return stay;
}

} // namespace

StoreResult<RecordPayment::Recorded> RecordPayment::run(const PaymentInput& input, QDate today)
{
    InputCheck check;
    const auto amount =
        check.required<Money>(QStringLiteral("amount"), input.amount, &Money::parse);
    if (amount)
        check.require(amount->paise() > 0 && amount->paise() <= Money::kMaxEverydayPaise,
                      QStringLiteral("amount"),
                      QCoreApplication::translate("RecordPayment",
                                                  "is an amount above 0 and at most 10,00,000"));
    static const QStringList methods = {QStringLiteral("cash"), QStringLiteral("upi"),
                                        QStringLiteral("bank"), QStringLiteral("cheque"),
                                        QStringLiteral("card")};
    check.require(
        methods.contains(input.method), QStringLiteral("method"),
        QCoreApplication::translate("RecordPayment", "is one of cash, upi, bank, cheque, card"));
    const QString reference = check.text(QStringLiteral("reference"), input.reference, 64,
                                         input.method == QLatin1String("cheque"));
    const auto date = check.dateOr(QStringLiteral("date"), input.date, today);
    if (date)
        check.require(*date <= today, QStringLiteral("date"),
                      QCoreApplication::translate("RecordPayment",
                                                  "a payment cannot be received in the future"));
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto residentRead = ResidentRepository(m_store).required(input.residentId, check);
    if (!residentRead)
        return residentRead.error();
    const auto& resident = residentRead.value();
    const bool forDeposit = input.purpose == QLatin1String("deposit");
    check.require(forDeposit || input.purpose == QLatin1String("dues"), QStringLiteral("for"),
                  QCoreApplication::translate("RecordPayment", "is dues or deposit"));
    const auto stayRead =
        resident ? latestStay(m_store, resident->id) : StoreResult<LatestStay>(LatestStay());
    if (!stayRead)
        return stayRead.error();
    const LatestStay stay = stayRead.value();
    const QString propertyId = stay.propertyId;
    if (resident)
        check.require(!propertyId.isEmpty(), QStringLiteral("resident"),
                      QCoreApplication::translate("RecordPayment",
                                                  "%1 has no stay to pay for yet; check in first")
                          .arg(resident->fullName()));
    if (resident && forDeposit && !propertyId.isEmpty())
        check.require(stay.live, QStringLiteral("for"),
                      QCoreApplication::translate("RecordPayment",
                                                  "%1's stay has ended; a deposit is taken "
                                                  "for a current stay")
                          .arg(resident->fullName()));
    for (const QString& invoiceId : input.invoiceIds) {
        QSqlQuery& open = m_store.prepared(QStringLiteral(
            "SELECT 1 FROM invoice WHERE id = ? AND resident_id = ? AND status = 'issued' AND "
            "deleted = 0"));
        open.addBindValue(invoiceId.trimmed());
        open.addBindValue(resident ? resident->id : QString());
        const auto openRead =
            store::checkedFirstRow(m_store, open, QStringLiteral("Reading the invoice"));
        if (!openRead)
            return openRead.error();
        const bool found = openRead.value();
        open.finish();
        check.require(found && !forDeposit, QStringLiteral("invoice"),
                      QCoreApplication::translate("RecordPayment",
                                                  "'%1' is not an issued invoice of this "
                                                  "resident")
                          .arg(invoiceId));
    }
    if (!check.ok())
        return StoreError::invalid(check.errors());

    store::RecordWriter writer(m_store);
    QVariantMap payment{{QStringLiteral("resident_id"), resident->id},
                        {QStringLiteral("received_on"), *date},
                        {QStringLiteral("amount_paise"), amount->paise()},
                        {QStringLiteral("method"), input.method},
                        {QStringLiteral("purpose"), input.purpose},
                        {QStringLiteral("collected_by"), m_store.actor().label}};
    if (!reference.isEmpty())
        payment.insert(QStringLiteral("reference"), reference);
    auto paymentId = writer.insert(QStringLiteral("payment"), payment);
    if (!paymentId)
        return paymentId.error();
    auto receipt = DocumentSeries(m_store).next(DocumentSeries::Kind::Receipt, propertyId, *date);
    if (!receipt)
        return receipt.error();
    if (auto written =
            writer.insert(QStringLiteral("receipt"),
                          {{QStringLiteral("payment_id"), paymentId.value()},
                           {QStringLiteral("series_id"), receipt.value().seriesId},
                           {QStringLiteral("number"), receipt.value().number},
                           {QStringLiteral("financial_year"), receipt.value().financialYear},
                           {QStringLiteral("issue_date"), *date}});
        !written)
        return written.error();
    PaymentAllocator allocator(m_store);
    if (forDeposit) {
        if (auto held = writer.insert(QStringLiteral("deposit_entry"),
                                      {{QStringLiteral("agreement_id"), stay.agreementId},
                                       {QStringLiteral("kind"), QStringLiteral("received")},
                                       {QStringLiteral("amount_paise"), amount->paise()},
                                       {QStringLiteral("entry_date"), *date},
                                       {QStringLiteral("payment_id"), paymentId.value()}});
            !held)
            return held.error();
        auto advance = allocator.advanceCredit(resident->id);
        if (!advance)
            return advance.error();
        if (auto saved = tx.commit(); !saved)
            return saved.error();
        return Recorded{paymentId.value(), receipt.value().number, {}, advance.value()};
    }
    QStringList chosen;
    for (const QString& id : input.invoiceIds)
        chosen << id.trimmed();
    auto allocations =
        allocator.allocate(resident->id, QStringLiteral("dues"), std::nullopt, chosen);
    if (!allocations)
        return allocations.error();
    auto advance = allocator.advanceCredit(resident->id);
    if (!advance)
        return advance.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return Recorded{paymentId.value(), receipt.value().number, allocations.value(),
                    advance.value()};
}

} // namespace rentflow
