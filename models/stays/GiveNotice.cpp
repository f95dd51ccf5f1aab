#include "GiveNotice.h"

#include "LiveStay.h"
#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

namespace rentflow {

using store::StoreError;

store::StoreResult<QString> GiveNotice::run(const Input& input, QDate today)
{
    InputCheck check;
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto stayRead = LiveStay::required(m_store, input.residentId, check);
    if (!stayRead)
        return stayRead.error();
    const auto& stay = stayRead.value();
    if (stay)
        check.require(
            stay->status == QLatin1String("active"), QStringLiteral("resident"),
            QCoreApplication::translate("GiveNotice", "has already given notice to leave on %1")
                .arg(stay->intendedMoveOut.toString(QStringLiteral("dd-MM-yyyy"))));
    const auto given = check.dateOr(QStringLiteral("date"), input.givenOn, today);
    if (given)
        check.require(
            *given <= today, QStringLiteral("date"),
            QCoreApplication::translate("GiveNotice", "notice cannot be given in the future"));
    const auto moveOut =
        check.required<QDate>(QStringLiteral("move-out"), input.moveOut, &parseIsoDate);
    if (given && moveOut && stay)
        check.require(
            *moveOut >= *given && *moveOut >= stay->onBedSince, QStringLiteral("move-out"),
            QCoreApplication::translate("GiveNotice", "is on or after the day notice is given"));
    const QString reason = check.text(QStringLiteral("reason"), input.reason, 200, false);
    if (!check.ok())
        return StoreError::invalid(check.errors());

    store::RecordWriter writer(m_store);
    QVariantMap row{{QStringLiteral("agreement_id"), stay->agreementId},
                    {QStringLiteral("given_on"), *given},
                    {QStringLiteral("intended_move_out"), *moveOut}};
    if (!reason.isEmpty())
        row.insert(QStringLiteral("reason"), reason);
    auto id = writer.insert(QStringLiteral("notice"), row);
    if (!id)
        return id;
    if (auto marked = writer.update(QStringLiteral("agreement"), stay->agreementId,
                                    {{QStringLiteral("status"), QStringLiteral("notice")}});
        !marked)
        return marked.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return id;
}

} // namespace rentflow
