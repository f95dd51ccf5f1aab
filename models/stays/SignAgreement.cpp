#include "SignAgreement.h"

#include "LiveStay.h"
#include "domain/InputCheck.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

StoreResult<QString> SignAgreement::run(const Input& input, QDate today)
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
    if (stay && stay->signedOn.isValid())
        check.require(
            false, QStringLiteral("resident"),
            QCoreApplication::translate("SignAgreement", "the agreement was already signed on %1")
                .arg(stay->signedOn.toString(QStringLiteral("dd-MM-yyyy"))));
    const auto signedOn = check.dateOr(QStringLiteral("date"), input.signedOn, today);
    if (signedOn)
        check.require(*signedOn <= today, QStringLiteral("date"),
                      QCoreApplication::translate("SignAgreement", "cannot be in the future"));
    if (!check.ok())
        return StoreError::invalid(check.errors());
    if (auto marked =
            store::RecordWriter(m_store).update(QStringLiteral("agreement"), stay->agreementId,
                                                {{QStringLiteral("signed_on"), *signedOn}});
        !marked)
        return marked.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return stay->agreementId;
}

} // namespace rentflow
