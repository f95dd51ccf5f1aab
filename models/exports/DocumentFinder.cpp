#include "DocumentFinder.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rentflow {

namespace {

// `text` as a LIKE pattern that matches it anywhere, its own % and _ taken literally.
QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

DocumentFinder::Found::Kind kindOf(const QString& word)
{
    using Kind = DocumentFinder::Found::Kind;
    if (word == QLatin1String("receipt"))
        return Kind::Receipt;
    if (word == QLatin1String("deposit_receipt"))
        return Kind::DepositReceipt;
    if (word == QLatin1String("credit_note"))
        return Kind::CreditNote;
    if (word == QLatin1String("debit_note"))
        return Kind::DebitNote;
    if (word == QLatin1String("settlement"))
        return Kind::Settlement;
    if (word == QLatin1String("deposit_refund"))
        return Kind::DepositRefund;
    return Kind::Invoice;
}

} // namespace

store::StoreResult<QList<DocumentFinder::Found>> DocumentFinder::find(const QString& text,
                                                                      int limit) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return store::StoreError::invalid(
            {{QStringLiteral("number"),
              QCoreApplication::translate(
                  "DocumentFinder", "is required: type the document's number, or part of it")}});
    const QString like = QStringLiteral(" LIKE ? ESCAPE '\\' ");
    const QString residentName = QStringLiteral("trim(res.first_name || ' ' || res.last_name)");
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT 'invoice', i.id, i.number, i.issue_date, i.recipient_name, i.total_paise, "
            "i.status FROM invoice i WHERE i.deleted = 0 AND i.number %1 "
            "UNION ALL SELECT CASE p.purpose WHEN 'deposit' THEN 'deposit_receipt' ELSE "
            "'receipt' END, p.id, r.number, r.issue_date, %2, p.amount_paise, p.status "
            "FROM receipt r JOIN payment p ON p.id = r.payment_id JOIN resident res ON res.id = "
            "p.resident_id WHERE r.deleted = 0 AND r.number %1 "
            "UNION ALL SELECT 'credit_note', c.id, c.number, c.issue_date, i.recipient_name, "
            "c.total_paise, 'issued' FROM credit_note c JOIN invoice i ON i.id = c.invoice_id "
            "WHERE c.deleted = 0 AND c.number %1 "
            "UNION ALL SELECT 'debit_note', d.id, d.number, d.issue_date, %2, d.total_paise, "
            "'issued' FROM debit_note d JOIN resident res ON res.id = d.resident_id "
            "WHERE d.deleted = 0 AND d.number %1 "
            "UNION ALL SELECT 'settlement', s.id, s.number, s.settlement_date, %2, "
            "s.refund_paise, 'issued' FROM deposit_settlement s JOIN agreement a ON a.id = "
            "s.agreement_id JOIN resident res ON res.id = a.resident_id "
            "WHERE s.deleted = 0 AND s.number %1 "
            "UNION ALL SELECT 'deposit_refund', s.id, s.number, s.settlement_date, %2, "
            "s.refund_paise, 'issued' FROM deposit_settlement s JOIN agreement a ON a.id = "
            "s.agreement_id JOIN resident res ON res.id = a.resident_id "
            "WHERE s.deleted = 0 AND s.refund_paise > 0 AND s.number %1 "
            "ORDER BY 4 DESC, 3 DESC LIMIT ?")
            .arg(like, residentName));
    const QString pattern = containsPattern(wanted);
    for (int i = 0; i < 6; ++i)
        q.addBindValue(pattern);
    q.addBindValue(qMax(1, limit));
    if (!q.exec())
        return m_store.error(QStringLiteral("Finding documents by number"), q);
    QList<Found> found;
    while (q.next())
        found.append({kindOf(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
                      storedDate(q.value(3)), q.value(4).toString(),
                      Money::fromPaise(q.value(5).toLongLong()), q.value(6).toString()});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Finding documents by number"));
        !read)
        return read.error();
    return found;
}

} // namespace rentflow
