#include "IssuedNote.h"

#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"
#include "store/StoredValues.h"

#include <QSqlQuery>

#include <functional>

namespace rentflow {

namespace {

// The original's taxed lines: each rate and SAC once, in line order.
void taxOfOriginal(IssuedNote& note)
{
    QStringList sacs;
    for (const IssuedInvoiceLine& line : note.invoice.lines) {
        if (line.exempt || (line.cgst + line.sgst + line.igst).isZero())
            continue;
        if (!note.ratesBp.contains(line.rateBp))
            note.ratesBp.append(line.rateBp);
        if (!line.sac.isEmpty() && !sacs.contains(line.sac))
            sacs.append(line.sac);
    }
    if (sacs.isEmpty()) // an exempt invoice: the SAC of its lines
        for (const IssuedInvoiceLine& line : note.invoice.lines)
            if (!line.sac.isEmpty() && !sacs.contains(line.sac))
                sacs.append(line.sac);
    note.sac = sacs.join(QStringLiteral(", "));
}

// Reads a note's row: `sql` selects invoice_id, number, issue_date, reason, taxable,
// cgst, sgst, igst and total first, then what the kind adds (read by `extra`); then
// its original invoice. One way for credit and debit notes, so both fail alike.
store::StoreResult<IssuedNote>
readNote(store::Store& store, IssuedNote::Kind kind, store::RecordKind record, const QString& id,
         const QString& field, const QString& sql,
         const std::function<void(const QSqlQuery&, IssuedNote&)>& extra)
{
    if (auto known = store::requireKnownId(store, field, record, id); !known)
        return known.error();
    const QString what = QStringLiteral("Reading %1 note %2")
                             .arg(kind == IssuedNote::Kind::Credit ? QStringLiteral("credit")
                                                                   : QStringLiteral("debit"),
                                  id.trimmed());
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(id.trimmed());
    auto found = store::checkedFirstRow(store, q, what);
    if (!found)
        return found.error();
    if (!found.value())
        return store::StoreError{store::StoreError::Code::Database,
                                 what + QStringLiteral(": it is gone")};
    IssuedNote note;
    note.kind = kind;
    note.id = id.trimmed();
    const QString invoiceId = q.value(0).toString();
    note.number = q.value(1).toString();
    note.issueDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    note.reason = q.value(3).toString();
    note.value = store::storedMoney(q.value(4));
    note.cgst = store::storedMoney(q.value(5));
    note.sgst = store::storedMoney(q.value(6));
    note.igst = store::storedMoney(q.value(7));
    note.total = store::storedMoney(q.value(8));
    extra(q, note);
    auto invoice = loadIssuedInvoice(store, invoiceId, field);
    if (!invoice)
        return invoice.error();
    note.invoice = invoice.value();
    return note;
}

} // namespace

store::StoreResult<IssuedNote> loadIssuedCreditNote(store::Store& store, const QString& id,
                                                    const QString& field)
{
    auto note = readNote(
        store, IssuedNote::Kind::Credit, store::RecordKind::CreditNote, id, field,
        QStringLiteral("SELECT invoice_id, number, issue_date, reason, taxable_paise, cgst_paise, "
                       "sgst_paise, igst_paise, total_paise, coalesce((SELECT sum(r.amount_paise) "
                       "FROM credit_note_return r WHERE r.credit_note_id = c.id AND r.deleted = "
                       "0), 0) FROM credit_note c WHERE id = ? AND deleted = 0"),
        [](const QSqlQuery& q, IssuedNote& n) { n.givenBack = store::storedMoney(q.value(9)); });
    if (note)
        taxOfOriginal(note.value());
    return note;
}

store::StoreResult<IssuedNote> loadIssuedDebitNote(store::Store& store, const QString& id,
                                                   const QString& field)
{
    return readNote(
        store, IssuedNote::Kind::Debit, store::RecordKind::DebitNote, id, field,
        QStringLiteral("SELECT invoice_id, number, issue_date, reason, taxable_paise, cgst_paise, "
                       "sgst_paise, igst_paise, total_paise, sac, rate_bp FROM debit_note WHERE "
                       "id = ? AND deleted = 0"),
        [](const QSqlQuery& q, IssuedNote& n) {
            n.sac = q.value(9).toString();
            n.ratesBp = {q.value(10).toInt()};
        });
}

} // namespace rentflow
