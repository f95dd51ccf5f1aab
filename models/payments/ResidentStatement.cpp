#include "ResidentStatement.h"

#include "DuesReport.h"
#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"
#include "store/StoredValues.h"

#include <QHash>
#include <QSqlQuery>

#include <functional>

namespace rentflow {

namespace {

using Entry = ResidentStatement::Entry;

store::StoreStatus eachRow(store::Store& store, const QString& sql, const QString& residentId,
                           const QString& what, const std::function<void(const QSqlQuery&)>& row)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(residentId);
    if (auto ran = store::checkedExec(store, q, what); !ran)
        return ran.error();
    while (q.next())
        row(q);
    return store::checkedEnd(store, q, what);
}

// What the ledger's documents add on paper, by number: an invoice's days, a payment's
// mode and reference, a credit note's invoice.
struct Details
{
    QHash<QString, std::pair<QDate, QDate>> invoicePeriods;
    QHash<QString, std::pair<QString, QString>> paymentModes;
    QHash<QString, QString> creditNoteInvoices;
};

store::StoreResult<Details> readDetails(store::Store& store, const QString& residentId)
{
    Details d;
    if (auto read =
            eachRow(store,
                    QStringLiteral("SELECT number, period_start, period_end FROM invoice WHERE "
                                   "resident_id = ? AND deleted = 0"),
                    residentId, QStringLiteral("Reading the resident's invoices"),
                    [&](const QSqlQuery& q) {
                        d.invoicePeriods.insert(q.value(0).toString(),
                                                {storedDate(q.value(1)), storedDate(q.value(2))});
                    });
        !read)
        return read.error();
    if (auto read = eachRow(
            store,
            QStringLiteral("SELECT r.number, p.method, coalesce(p.reference, '') FROM payment p "
                           "JOIN receipt r ON r.payment_id = p.id WHERE p.resident_id = ? AND "
                           "p.deleted = 0"),
            residentId, QStringLiteral("Reading the resident's payments"),
            [&](const QSqlQuery& q) {
                d.paymentModes.insert(q.value(0).toString(),
                                      {q.value(1).toString(), q.value(2).toString()});
            });
        !read)
        return read.error();
    if (auto read = eachRow(
            store,
            QStringLiteral("SELECT c.number, i.number FROM credit_note c JOIN invoice i ON i.id "
                           "= c.invoice_id WHERE i.resident_id = ? AND c.deleted = 0"),
            residentId, QStringLiteral("Reading the resident's credit notes"),
            [&](const QSqlQuery& q) {
                d.creditNoteInvoices.insert(q.value(0).toString(), q.value(1).toString());
            });
        !read)
        return read.error();
    return d;
}

// Payments for dues that were reversed: notes on the day of the reversal.
store::StoreResult<QList<Entry>> readReversals(store::Store& store, const QString& residentId)
{
    QList<Entry> notes;
    auto read = eachRow(
        store,
        QStringLiteral("SELECT coalesce(p.reversed_on, p.received_on), r.number, p.amount_paise, "
                       "p.method, coalesce(p.reference, ''), p.received_on, "
                       "coalesce(p.reversal_reason, '') FROM payment p JOIN receipt r ON "
                       "r.payment_id = p.id WHERE p.resident_id = ? AND p.status = 'reversed' "
                       "AND p.purpose = 'dues' AND p.deleted = 0 ORDER BY 1, r.number"),
        residentId, QStringLiteral("Reading the resident's reversed payments"),
        [&](const QSqlQuery& q) {
            Entry note;
            note.date = storedDate(q.value(0));
            note.kind = QStringLiteral("reversal");
            note.document = q.value(1).toString();
            note.reversedAmount = store::storedMoney(q.value(2));
            note.method = q.value(3).toString();
            note.reference = q.value(4).toString();
            note.receivedOn = storedDate(q.value(5));
            note.reason = q.value(6).toString();
            notes.append(note);
        });
    if (!read)
        return read.error();
    return notes;
}

store::StoreStatus readResident(store::Store& store, ResidentStatement& s)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT trim(r.first_name || ' ' || r.last_name), r.phone, r.language, "
        "(SELECT p.name || ', ' || rm.number || '/' || b.label FROM agreement a JOIN property p "
        "ON p.id = a.property_id JOIN occupancy o ON o.agreement_id = a.id AND o.deleted = 0 "
        "JOIN bed b ON b.id = o.bed_id JOIN room rm ON rm.id = b.room_id WHERE a.resident_id = "
        "r.id AND a.deleted = 0 ORDER BY a.start_date DESC, o.from_date DESC LIMIT 1) "
        "FROM resident r WHERE r.id = ?"));
    q.addBindValue(s.residentId);
    const QString what = QStringLiteral("Reading the resident");
    auto found = store::checkedFirstRow(store, q, what);
    if (!found)
        return found.error();
    if (!found.value())
        return store::StoreError{store::StoreError::Code::Database,
                                 what + QStringLiteral(": no row for %1").arg(s.residentId)};
    s.residentName = q.value(0).toString();
    s.residentPhone = q.value(1).toString();
    s.residentLanguage = q.value(2).toString();
    s.premises = q.value(3).toString();
    return store::Done{};
}

} // namespace

store::StoreResult<ResidentStatement> ResidentStatement::of(store::Store& store, const Input& input)
{
    InputCheck check;
    const auto from = check.required<QDate>(QStringLiteral("from"), input.from, &parseIsoDate);
    const auto to = check.required<QDate>(QStringLiteral("to"), input.to, &parseIsoDate);
    if (from && to)
        check.require(*from <= *to, QStringLiteral("from"),
                      QCoreApplication::translate("ResidentStatement",
                                                  "%1 is after the end of the period (--to %2)")
                          .arg(input.from.trimmed(), input.to.trimmed()));
    if (!check.ok())
        return store::StoreError::invalid(check.errors());

    // The ledger, as `dues --resident` shows it (an unknown resident is refused there).
    auto ledger = DuesReport(store).ledger(input.residentId);
    if (!ledger)
        return ledger.error();
    ResidentStatement s;
    s.residentId = input.residentId;
    s.from = *from;
    s.to = *to;
    if (auto read = readResident(store, s); !read)
        return read.error();
    auto details = readDetails(store, input.residentId);
    if (!details)
        return details.error();
    auto reversals = readReversals(store, input.residentId);
    if (!reversals)
        return reversals.error();

    for (const DuesReport::LedgerEntry& line : ledger.value()) {
        if (line.date < s.from) {
            s.opening = line.balance;
            continue;
        }
        if (line.date > s.to)
            break;
        Entry entry;
        entry.date = line.date;
        entry.kind = line.kind;
        entry.document = line.document;
        entry.debit = line.debit;
        entry.credit = line.credit;
        entry.balance = line.balance;
        if (line.kind == QLatin1String("invoice")) {
            const auto period = details.value().invoicePeriods.value(line.document);
            entry.periodFrom = period.first;
            entry.periodTo = period.second;
        } else if (line.kind == QLatin1String("payment")) {
            const auto mode = details.value().paymentModes.value(line.document);
            entry.method = mode.first;
            entry.reference = mode.second;
        } else if (line.kind == QLatin1String("credit_note")) {
            entry.related = details.value().creditNoteInvoices.value(line.document);
        }
        s.totalDebit += entry.debit;
        s.totalCredit += entry.credit;
        s.entries.append(entry);
    }
    s.closing = s.entries.isEmpty() ? s.opening : s.entries.constLast().balance;
    // Each reversal note goes after the ledger's entries of its day, at their balance.
    for (Entry note : reversals.value()) {
        if (note.date < s.from || note.date > s.to)
            continue;
        qsizetype at = 0;
        while (at < s.entries.size() && s.entries.at(at).date <= note.date)
            ++at;
        note.balance = at > 0 ? s.entries.at(at - 1).balance : s.opening;
        s.entries.insert(at, note);
    }
    return s;
}

} // namespace rentflow
