#include "DebitNotes.h"

#include "DocumentNumber.h"
#include "DocumentSeries.h"
#include "domain/FinancialYear.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;

store::StoreResult<DebitNotes::Issued> DebitNotes::issue(const Draft& draft, QDate date)
{
    DocumentSeries series(m_store);
    auto code = series.propertyCode(draft.propertyId);
    if (!code)
        return code.error();
    const auto letter = series.deviceLetter();
    if (!letter)
        return letter.error();
    const QString prefix = code.value() + letter.value() + QStringLiteral("D");
    const FinancialYear year = FinancialYear::containing(date);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM debit_note WHERE prefix "
                             "= ? AND financial_year = ?"));
    q.addBindValue(prefix);
    q.addBindValue(year.label());
    if (!q.exec() || !q.next())
        return m_store.error(QStringLiteral("Numbering the debit note"), q);
    const qint64 sequence = q.value(0).toLongLong();
    q.finish();
    const auto number = DocumentNumber::compose(prefix, year, sequence);
    if (!number)
        return StoreError{StoreError::Code::InvalidInput, number.error()};
    auto id = store::RecordWriter(m_store).insert(
        QStringLiteral("debit_note"), {{QStringLiteral("invoice_id"), draft.invoiceId},
                                       {QStringLiteral("agreement_id"), draft.agreementId},
                                       {QStringLiteral("resident_id"), draft.residentId},
                                       {QStringLiteral("property_id"), draft.propertyId},
                                       {QStringLiteral("prefix"), prefix},
                                       {QStringLiteral("financial_year"), year.label()},
                                       {QStringLiteral("sequence"), sequence},
                                       {QStringLiteral("number"), number.value()},
                                       {QStringLiteral("issue_date"), date},
                                       {QStringLiteral("reason"), draft.reason},
                                       {QStringLiteral("sac"), draft.sac},
                                       {QStringLiteral("taxable_paise"), draft.tax.taxable.paise()},
                                       {QStringLiteral("rate_bp"), draft.tax.rate.basisPoints()},
                                       {QStringLiteral("cgst_paise"), draft.tax.cgst.paise()},
                                       {QStringLiteral("sgst_paise"), draft.tax.sgst.paise()},
                                       {QStringLiteral("igst_paise"), draft.tax.igst.paise()},
                                       {QStringLiteral("total_paise"), draft.tax.tax().paise()}});
    if (!id)
        return id.error();
    return Issued{id.value(), number.value()};
}

} // namespace rentflow
