#include "IssuedSettlement.h"

#include "DepositSettlement.h"
#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"
#include "store/StoredValues.h"

#include <QSqlQuery>

#include <functional>

namespace rentflow {

namespace {

// Runs `q` and hands each row to `row`; a failed statement or row is the error.
store::StoreStatus eachRow(store::Store& store, QSqlQuery& q, const QString& what,
                           const std::function<void(const QSqlQuery&)>& row)
{
    if (auto ran = store::checkedExec(store, q, what); !ran)
        return ran.error();
    while (q.next())
        row(q);
    return store::checkedEnd(store, q, what);
}

store::StoreStatus readHead(store::Store& store, IssuedSettlement& s)
{
    const QString what = QStringLiteral("Reading settlement %1").arg(s.id);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.number, s.settlement_date, s.deposit_held_paise, s.unpaid_dues_paise, "
        "s.deductions_paise, s.notice_shortfall_paise, s.refund_paise, s.owed_paise, "
        "(SELECT number FROM invoice WHERE id = s.final_invoice_id), a.id, a.start_date, "
        "a.move_out_date, a.notice_days, coalesce((SELECT c.rent_paise FROM rent_change c WHERE "
        "c.agreement_id = a.id AND c.deleted = 0 ORDER BY c.effective_from DESC, c.created_at "
        "DESC LIMIT 1), a.rent_paise), (SELECT n.given_on FROM notice n WHERE n.agreement_id = "
        "a.id AND n.withdrawn = 0 AND n.deleted = 0 ORDER BY n.given_on DESC LIMIT 1), r.id, "
        "trim(r.first_name || ' ' || r.last_name), r.phone, r.language, p.name, p.address, "
        "p.city, p.pincode FROM deposit_settlement s JOIN agreement a ON a.id = s.agreement_id "
        "JOIN resident r ON r.id = a.resident_id JOIN property p ON p.id = a.property_id "
        "WHERE s.id = ? AND s.deleted = 0"));
    q.addBindValue(s.id);
    auto found = store::checkedFirstRow(store, q, what);
    if (!found)
        return found.error();
    if (!found.value())
        return store::StoreError{store::StoreError::Code::Database,
                                 what + QStringLiteral(": its stay, resident or property is "
                                                       "missing")};
    s.number = q.value(0).toString();
    s.date = storedDate(q.value(1));
    s.held = store::storedMoney(q.value(2));
    s.unpaidDues = store::storedMoney(q.value(3));
    s.deductionsTotal = store::storedMoney(q.value(4));
    s.noticeShortfall = store::storedMoney(q.value(5));
    s.refund = store::storedMoney(q.value(6));
    s.owed = store::storedMoney(q.value(7));
    s.finalInvoiceNumber = q.value(8).toString();
    s.agreementId = q.value(9).toString();
    s.stayFrom = storedDate(q.value(10));
    s.lastDay = storedDate(q.value(11));
    s.noticeDays = q.value(12).toInt();
    s.monthlyRent = store::storedMoney(q.value(13));
    s.noticeGivenOn = storedDate(q.value(14));
    s.residentId = q.value(15).toString();
    s.residentName = q.value(16).toString();
    s.residentPhone = q.value(17).toString();
    s.residentLanguage = q.value(18).toString();
    s.propertyName = q.value(19).toString();
    s.propertyAddress = store::joinedParts(
        {q.value(20).toString(), q.value(21).toString(), q.value(22).toString()});
    // The same count CheckOut charged (DepositSettlement), from the same stored dates.
    s.daysShort = DepositSettlement::shortfallDays(s.noticeDays, s.noticeGivenOn, s.lastDay);
    return store::Done{};
}

store::StoreStatus readBed(store::Store& store, IssuedSettlement& s)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rm.number, b.label FROM occupancy o JOIN bed b ON b.id = "
                             "o.bed_id JOIN room rm ON rm.id = b.room_id WHERE o.agreement_id = ? "
                             "AND o.deleted = 0 ORDER BY o.from_date DESC LIMIT 1"));
    q.addBindValue(s.agreementId);
    auto found = store::checkedFirstRow(store, q, QStringLiteral("Reading the stay's bed"));
    if (!found)
        return found.error();
    if (found.value())
        s.bed = QStringLiteral("%1/%2").arg(q.value(0).toString(), q.value(1).toString());
    return store::Done{};
}

store::StoreStatus readDeductions(store::Store& store, IssuedSettlement& s)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT reason, amount_paise FROM settlement_deduction WHERE "
                             "settlement_id = ? AND deleted = 0 ORDER BY created_at, id"));
    q.addBindValue(s.id);
    return eachRow(
        store, q, QStringLiteral("Reading the settlement's deductions"), [&](const QSqlQuery& row) {
            s.deductions.append({row.value(0).toString(), store::storedMoney(row.value(1))});
        });
}

store::StoreStatus readLines(store::Store& store, IssuedSettlement& s)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT l.kind, l.description, l.amount_paise, d.number, i.number FROM settlement_line l "
        "LEFT JOIN debit_note d ON l.kind = 'debit_note' AND d.id = l.source_id "
        "LEFT JOIN invoice i ON i.id = d.invoice_id "
        "WHERE l.settlement_id = ? AND l.deleted = 0 ORDER BY l.position"));
    q.addBindValue(s.id);
    return eachRow(store, q, QStringLiteral("Reading the settlement's lines"),
                   [&](const QSqlQuery& row) {
                       s.lines.append({row.value(0).toString(), row.value(1).toString(),
                                       store::storedMoney(row.value(2)), row.value(3).toString(),
                                       row.value(4).toString()});
                   });
}

// The invoices the stay's deposit paid at the settlement (deposit payments are held
// apart until then, so every allocation of theirs is the settlement's).
store::StoreStatus readDuesPaid(store::Store& store, IssuedSettlement& s)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT i.number, i.issue_date, sum(a.amount_paise) FROM payment_allocation a "
        "JOIN invoice i ON i.id = a.invoice_id WHERE a.reversed = 0 AND a.deleted = 0 AND "
        "a.payment_id IN (SELECT payment_id FROM deposit_entry WHERE agreement_id = ? AND kind = "
        "'received' AND deleted = 0) GROUP BY i.id ORDER BY i.issue_date, i.number"));
    q.addBindValue(s.agreementId);
    return eachRow(store, q, QStringLiteral("Reading the dues the deposit paid"),
                   [&](const QSqlQuery& row) {
                       s.duesPaid.append({row.value(0).toString(), storedDate(row.value(1)),
                                          store::storedMoney(row.value(2))});
                   });
}

store::StoreStatus readDepositEntries(store::Store& store, IssuedSettlement& s)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT d.entry_date, d.kind, d.amount_paise, r.number FROM deposit_entry d "
        "LEFT JOIN receipt r ON r.payment_id = d.payment_id AND r.deleted = 0 "
        "WHERE d.agreement_id = ? AND d.kind <> 'demand' AND d.deleted = 0 "
        "ORDER BY d.entry_date, CASE d.kind WHEN 'received' THEN 1 WHEN 'adjusted' THEN 2 "
        "WHEN 'deduction' THEN 3 ELSE 4 END, d.created_at"));
    q.addBindValue(s.agreementId);
    return eachRow(
        store, q, QStringLiteral("Reading the deposit's entries"), [&](const QSqlQuery& row) {
            s.depositEntries.append({storedDate(row.value(0)), row.value(1).toString(),
                                     store::storedMoney(row.value(2)), row.value(3).toString()});
        });
}

// The notes whose money came back in the credit (as HeldCredit reads them).
store::StoreStatus readCreditNotes(store::Store& store, IssuedSettlement& s)
{
    if (s.creditNotes().isZero())
        return store::Done{};
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.number FROM credit_note_return r JOIN credit_note c ON "
                             "c.id = r.credit_note_id AND c.deleted = 0 JOIN invoice i ON i.id = "
                             "c.invoice_id WHERE i.agreement_id = ? AND r.deleted = 0 GROUP BY "
                             "c.id ORDER BY c.issue_date, c.number"));
    q.addBindValue(s.agreementId);
    return eachRow(store, q, QStringLiteral("Reading the credit notes returned"),
                   [&](const QSqlQuery& row) { s.creditNoteNumbers << row.value(0).toString(); });
}

store::StoreStatus checkFigures(const IssuedSettlement& s)
{
    Money deductions;
    for (const IssuedSettlement::Deduction& d : s.deductions)
        deductions += d.amount;
    const Money result = s.refund - s.owed;
    if (deductions == s.deductionsTotal && s.net() == result)
        return store::Done{};
    return store::StoreError{
        store::StoreError::Code::Database,
        QStringLiteral("Settlement %1: its stored figures do not add up (deductions %2 against "
                       "their rows' %3; deposit, credit and charges come to %4 against the "
                       "recorded refund − owed of %5); nothing was printed")
            .arg(s.number, s.deductionsTotal.toIndianString(), deductions.toIndianString(),
                 s.net().toIndianString(), result.toIndianString())};
}

} // namespace

Money IssuedSettlement::lineTotal(const QString& kind) const
{
    Money total;
    for (const Line& line : lines)
        if (line.kind == kind)
            total += line.amount;
    return total;
}

bool IssuedSettlement::shortfallBasisHolds() const
{
    return DepositSettlement::shortfallCharge(monthlyRent, daysShort) == noticeShortfall;
}

store::StoreResult<IssuedSettlement> loadIssuedSettlement(store::Store& store, const QString& id,
                                                          const QString& field)
{
    if (auto known = store::requireKnownId(store, field, store::RecordKind::Settlement, id); !known)
        return known.error();
    IssuedSettlement s;
    s.id = id;
    for (const auto& read : {readHead, readBed, readDeductions, readLines, readDuesPaid,
                             readDepositEntries, readCreditNotes})
        if (auto done = read(store, s); !done)
            return done.error();
    if (auto sums = checkFigures(s); !sums)
        return sums.error();
    return s;
}

} // namespace rentflow
