#include "IssuedDepositRefund.h"

#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"

#include <QSqlQuery>
#include <QStringList>

namespace rentflow {

namespace {

QDate day(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Money money(const QVariant& value)
{
    return Money::fromPaise(value.toLongLong());
}

QString joined(std::initializer_list<QString> parts)
{
    QStringList kept;
    for (const QString& part : parts)
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    return kept.join(QStringLiteral(", "));
}

store::StoreStatus readHead(store::Store& store, IssuedDepositRefund& refund)
{
    const QString what = QStringLiteral("Reading settlement %1").arg(refund.settlementId);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT s.number, s.settlement_date, s.agreement_id, s.deposit_held_paise, "
        "s.unpaid_dues_paise, s.notice_shortfall_paise, s.refund_paise, s.owed_paise, "
        "fi.number, a.resident_id, a.start_date, a.move_out_date, "
        "trim(r.first_name || ' ' || r.last_name), r.language, r.phone, "
        "p.name, p.address, p.city, p.pincode, "
        "(SELECT rm.number || '/' || b.label FROM occupancy o JOIN bed b ON b.id = o.bed_id "
        "  JOIN room rm ON rm.id = b.room_id WHERE o.agreement_id = a.id AND o.deleted = 0 "
        "  ORDER BY o.from_date DESC LIMIT 1), "
        "coalesce((SELECT sum(e.amount_paise) FROM deposit_entry e WHERE e.settlement_id = s.id "
        "  AND e.kind = 'refund' AND e.deleted = 0), 0) "
        "FROM deposit_settlement s JOIN agreement a ON a.id = s.agreement_id "
        "JOIN resident r ON r.id = a.resident_id JOIN property p ON p.id = a.property_id "
        "LEFT JOIN invoice fi ON fi.id = s.final_invoice_id "
        "WHERE s.id = ? AND s.deleted = 0"));
    q.addBindValue(refund.settlementId);
    auto found = store::checkedFirstRow(store, q, what);
    if (!found)
        return found.error();
    if (!found.value())
        return store::StoreError{store::StoreError::Code::Database,
                                 what + QStringLiteral(": its stay, resident or property is "
                                                       "missing")};
    refund.number = q.value(0).toString();
    refund.date = day(q.value(1));
    refund.agreementId = q.value(2).toString();
    refund.held = money(q.value(3));
    refund.unpaidDues = money(q.value(4));
    refund.noticeShortfall = money(q.value(5));
    refund.refund = money(q.value(6));
    refund.owed = money(q.value(7));
    refund.finalInvoiceNumber = q.value(8).toString();
    refund.residentId = q.value(9).toString();
    refund.stayFrom = day(q.value(10));
    refund.lastDay = day(q.value(11));
    refund.residentName = q.value(12).toString();
    refund.residentLanguage = q.value(13).toString();
    refund.residentPhone = q.value(14).toString();
    refund.propertyName = q.value(15).toString();
    refund.propertyAddress =
        joined({q.value(16).toString(), q.value(17).toString(), q.value(18).toString()});
    refund.bed = q.value(19).toString();
    refund.depositRefunded = money(q.value(20));
    return store::Done{};
}

// The settlement's own lines (credit returned, tax put right), then its deductions.
store::StoreStatus readLines(store::Store& store, IssuedDepositRefund& refund)
{
    using Kind = IssuedDepositRefund::Line::Kind;
    const QString what = QStringLiteral("Reading the lines of settlement %1").arg(refund.number);
    QList<IssuedDepositRefund::Line> credit;
    QList<IssuedDepositRefund::Line> tax;
    {
        QSqlQuery q(store.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT l.kind, l.amount_paise, dn.number, i.number FROM settlement_line l "
            "LEFT JOIN debit_note dn ON dn.id = l.source_id "
            "LEFT JOIN invoice i ON i.id = dn.invoice_id "
            "WHERE l.settlement_id = ? AND l.deleted = 0 ORDER BY l.position"));
        q.addBindValue(refund.settlementId);
        if (auto ran = store::checkedExec(store, q, what); !ran)
            return ran.error();
        while (q.next()) {
            const QString kind = q.value(0).toString();
            IssuedDepositRefund::Line line{Kind::AdvanceCredit, {}, {}, {}, money(q.value(1))};
            if (kind == QLatin1String("debit_note")) {
                line.kind = Kind::DebitNoteTax;
                line.debitNote = q.value(2).toString();
                line.debitInvoice = q.value(3).toString();
                tax.append(line);
                continue;
            }
            if (kind == QLatin1String("credit_note_credit"))
                line.kind = Kind::CreditNoteCredit;
            credit.append(line);
        }
        if (auto end = store::checkedEnd(store, q, what); !end)
            return end.error();
    }
    QList<IssuedDepositRefund::Line> deductions;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT reason, amount_paise FROM settlement_deduction "
                             "WHERE settlement_id = ? AND deleted = 0 ORDER BY id"));
    q.addBindValue(refund.settlementId);
    if (auto ran = store::checkedExec(store, q, what); !ran)
        return ran.error();
    while (q.next())
        deductions.append({Kind::Deduction, q.value(0).toString(), {}, {}, money(q.value(1))});
    if (auto end = store::checkedEnd(store, q, what); !end)
        return end.error();
    refund.lines = credit + deductions + tax;
    return store::Done{};
}

} // namespace

store::StoreResult<IssuedDepositRefund>
loadIssuedDepositRefund(store::Store& store, const QString& id, const QString& field)
{
    if (auto known = store::requireKnownId(store, field, store::RecordKind::Settlement, id); !known)
        return known.error();
    IssuedDepositRefund refund;
    refund.settlementId = id.trimmed();
    if (auto head = readHead(store, refund); !head)
        return head.error();
    if (auto lines = readLines(store, refund); !lines)
        return lines.error();
    return refund;
}

} // namespace rentflow
