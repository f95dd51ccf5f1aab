#include "CheckOut.h"

#include "FinalBilling.h"
#include "HeldCredit.h"
#include "LiveStay.h"
#include "billing/DocumentSeries.h"
#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "domain/LabelledAmount.h"
#include "domain/Quantity.h"
#include "ledger/InvoiceBalance.h"
#include "ledger/PaymentAllocator.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"
#include "utilities/RecordReading.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {

struct Deduction
{
    QString reason;
    Money amount;
};

QString dayText(QDate date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

StoreResult<Money> sumOf(store::Store& store, const QString& sql, const QString& id,
                         const QString& what)
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    q.addBindValue(id);
    const auto sum = store::checkedValue(store, q, what);
    if (!sum)
        return sum.error();
    return Money::fromPaise(sum.value().toLongLong());
}

StoreResult<Money> depositHeld(store::Store& store, const QString& agreementId)
{
    return sumOf(store,
                 QStringLiteral("SELECT coalesce(sum(CASE kind WHEN 'received' THEN amount_paise "
                                "WHEN 'demand' THEN 0 ELSE -amount_paise END), 0) FROM "
                                "deposit_entry WHERE agreement_id = ? AND deleted = 0"),
                 agreementId, QStringLiteral("Reading the deposit held"));
}

StoreResult<Money> unpaidDues(store::Store& store, const QString& residentId)
{
    return sumOf(store,
                 QStringLiteral("SELECT coalesce(sum(%1), 0) FROM invoice i WHERE i.resident_id = "
                                "? AND i.status = 'issued' AND i.deleted = 0")
                     .arg(invoiceBalanceSql()),
                 residentId, QStringLiteral("Reading the unpaid dues"));
}

// The first day another stay holds the bed after this one, if any.
StoreResult<QDate> nextStayOnBed(store::Store& store, const QString& bedId,
                                 const QString& occupancyId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT min(from_date) FROM occupancy WHERE bed_id = ? AND id <> ? "
                             "AND deleted = 0 AND from_date > (SELECT from_date FROM occupancy "
                             "WHERE id = ?)"));
    q.addBindValue(bedId);
    q.addBindValue(occupancyId);
    q.addBindValue(occupancyId);
    const auto first = store::checkedValue(store, q, QStringLiteral("Reading the bed's next stay"));
    if (!first)
        return first.error();
    return QDate::fromString(first.value().toString(), Qt::ISODate);
}

StoreResult<QString> roomMeter(store::Store& store, const QString& roomId)
{
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("SELECT id FROM meter WHERE room_id = ? AND deleted = 0 AND active = 1 "
                       "ORDER BY created_at LIMIT 1"));
    q.addBindValue(roomId);
    const auto found = store::checkedFirstRow(store, q, QStringLiteral("Reading the room's meter"));
    if (!found)
        return found.error();
    return found.value() ? q.value(0).toString() : QString();
}

// The meter's reading on `day` in hundredths, if it was already read that day (a month-end
// round on the leaver's last day).
StoreResult<std::optional<qint64>> readingOn(store::Store& store, const QString& meterId,
                                             const QDate& day)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT value_hundredths FROM meter_reading WHERE meter_id = ? AND "
                             "reading_date = ? AND deleted = 0 LIMIT 1"));
    q.addBindValue(meterId);
    q.addBindValue(day.toString(Qt::ISODate));
    const auto found =
        store::checkedFirstRow(store, q, QStringLiteral("Reading the meter's last reading"));
    if (!found)
        return found.error();
    return found.value() ? std::optional(q.value(0).toLongLong()) : std::nullopt;
}

// The settlement's own lines for the credit returned and the tax put right.
store::StoreStatus writeSettlementLines(store::Store& store, const QString& settlementId,
                                        const HeldCredit& credit,
                                        const QList<CheckOut::TaxLine>& taxLines)
{
    store::RecordWriter writer(store);
    int position = 0;
    auto line = [&](const QString& kind, const QString& description, Money amount,
                    const QString& sourceId) -> store::StoreStatus {
        if (amount.paise() <= 0)
            return store::Done{};
        QVariantMap row{{QStringLiteral("settlement_id"), settlementId},
                        {QStringLiteral("position"), ++position},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("description"), description},
                        {QStringLiteral("amount_paise"), amount.paise()}};
        if (!sourceId.isEmpty())
            row.insert(QStringLiteral("source_id"), sourceId);
        if (auto written = writer.insert(QStringLiteral("settlement_line"), row); !written)
            return written.error();
        return store::Done{};
    };
    if (auto written = line(QStringLiteral("advance_credit"),
                            QCoreApplication::translate("CheckOut", "Advance paid and not used"),
                            credit.advance, QString());
        !written)
        return written;
    if (auto written =
            line(QStringLiteral("credit_note_credit"),
                 QCoreApplication::translate("CheckOut", "Credit notes %1: money given back")
                     .arg(credit.creditNoteNumbers.join(QStringLiteral(", "))),
                 credit.fromCreditNotes, QString());
        !written)
        return written;
    for (const CheckOut::TaxLine& tax : taxLines)
        if (auto written = line(QStringLiteral("debit_note"), tax.description, tax.amount, tax.id);
            !written)
            return written;
    return store::Done{};
}

} // namespace

StoreResult<CheckOut::Result> CheckOut::run(const Input& input, QDate today)
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
    const auto date = check.required<QDate>(QStringLiteral("date"), input.date, &parseIsoDate);
    if (date)
        check.require(
            *date <= today, QStringLiteral("date"),
            QCoreApplication::translate("CheckOut", "a check-out is recorded on or after its day"));
    QDate nextStay; // another resident's stay booked on the bed after this one
    if (date && stay) {
        check.require(*date >= stay->start && *date >= stay->onBedSince, QStringLiteral("date"),
                      QCoreApplication::translate("CheckOut", "is before the check-in on %1")
                          .arg(dayText(std::max(stay->start, stay->onBedSince))));
        const auto nextRead = nextStayOnBed(m_store, stay->bedId, stay->occupancyId);
        if (!nextRead)
            return nextRead.error();
        nextStay = nextRead.value();
        const QDate next = nextStay;
        check.require(!next.isValid() || *date < next, QStringLiteral("date"),
                      QCoreApplication::translate("CheckOut",
                                                  "the bed is reserved for another resident from "
                                                  "%1; the stay must end before that")
                          .arg(dayText(next)));
    }
    QList<Deduction> deductions;
    for (const QString& text : input.deductions) {
        const auto parsed = LabelledAmount::parse(text);
        const bool good = parsed && parsed->label.size() <= 200;
        check.require(good, QStringLiteral("deduction"),
                      QCoreApplication::translate("CheckOut",
                                                  "'%1' is not REASON=AMOUNT with an amount "
                                                  "above 0, e.g. \"Broken chair=1500\"")
                          .arg(text));
        if (good)
            deductions.append({parsed->label, parsed->amount});
    }
    const auto meterRead =
        stay ? roomMeter(m_store, stay->roomId) : StoreResult<QString>(QString());
    if (!meterRead)
        return meterRead.error();
    const QString meterId = meterRead.value();
    if (!input.finalReading.trimmed().isEmpty())
        check.require(!meterId.isEmpty(), QStringLiteral("reading"),
                      QCoreApplication::translate("CheckOut", "the room has no meter to read"));
    if (!check.ok())
        return StoreError::invalid(check.errors());

    // The meter already read on the last day: the same figure again is that reading (it
    // stands, and is billed); another figure is refused, pointing to what is on file.
    bool alreadyRead = false;
    if (!input.finalReading.trimmed().isEmpty()) {
        const auto onFile = readingOn(m_store, meterId, *date);
        if (!onFile)
            return onFile.error();
        if (const auto typed = Quantity::parse(input.finalReading.trimmed());
            onFile.value() && typed) {
            if (typed->hundredths() != *onFile.value())
                return StoreError::invalid(
                    {{QStringLiteral("reading"),
                      QCoreApplication::translate(
                          "CheckOut",
                          "the meter was already read on %1 at %2: leave the final reading "
                          "empty to bill up to that reading, or correct that reading first")
                          .arg(date->toString(QStringLiteral("dd-MM-yyyy")),
                               Quantity::fromHundredths(*onFile.value()).toString())}});
            alreadyRead = true;
        }
    }
    if (!input.finalReading.trimmed().isEmpty() && !alreadyRead) {
        auto read = RecordReading(m_store).run(
            {meterId, date->toString(Qt::ISODate), input.finalReading}, today);
        if (!read) { // the reading's own message, under the field the user typed
            StoreError error = read.error();
            for (FieldError& field : error.fields)
                field.field = QStringLiteral("reading");
            return error;
        }
    }
    store::RecordWriter writer(m_store);
    if (auto ended = writer.update(QStringLiteral("agreement"), stay->agreementId,
                                   {{QStringLiteral("move_out_date"), *date},
                                    {QStringLiteral("status"), QStringLiteral("ended")}});
        !ended)
        return ended.error();
    if (auto left = writer.update(QStringLiteral("occupancy"), stay->occupancyId,
                                  {{QStringLiteral("to_date"), *date}});
        !left)
        return left.error();
    const bool reserved = nextStay.isValid();
    if (auto freed =
            writer.update(QStringLiteral("bed"), stay->bedId,
                          {{QStringLiteral("status"),
                            reserved ? QStringLiteral("reserved") : QStringLiteral("vacant")}});
        !freed)
        return freed.error();

    auto billed = FinalBilling(m_store).run(stay->agreementId, *date, today);
    if (!billed)
        return billed.error();
    auto debitNotes = ShortStayTax(m_store).putRight(stay->agreementId, stay->start, *date, today);
    if (!debitNotes)
        return debitNotes.error();
    const QString residentId = input.residentId.trimmed();
    PaymentAllocator allocator(m_store);
    if (auto used = allocator.allocate(residentId); !used)
        return used.error();

    Result result;
    result.finalInvoiceNumber =
        billed.value().finalInvoiceId.isEmpty() ? QString() : billed.value().invoiceNumbers.last();
    result.creditNoteNumbers = billed.value().creditNoteNumbers;
    DepositSettlement& figures = result.figures;
    const auto held = depositHeld(m_store, stay->agreementId);
    if (!held)
        return held.error();
    figures.held = held.value();
    const auto dues = unpaidDues(m_store, residentId);
    if (!dues)
        return dues.error();
    figures.unpaidDues = dues.value();
    for (const Deduction& deduction : deductions)
        figures.deductions += deduction.amount;
    figures.noticeShortfall = DepositSettlement::shortfallCharge(
        stay->rent, DepositSettlement::shortfallDays(stay->noticeDays, stay->noticeGiven, *date));
    // Credit left after the dues took what they could: returned or set against the charges.
    auto credit = HeldCredit::of(m_store, residentId, stay->agreementId);
    if (!credit)
        return credit.error();
    figures.advanceCredit = credit.value().advance;
    figures.creditNoteCredit = credit.value().fromCreditNotes;
    result.debitNotes = debitNotes.value();
    for (const TaxLine& tax : result.debitNotes)
        figures.taxDue += tax.amount;
    if (figures.creditNoteCredit.paise() > 0)
        result.creditNotesReturned = credit.value().creditNoteNumbers;

    // The stay's own deposit pays the dues first, then the charges; the rest is refunded.
    auto adjusted = allocator.allocateDeposit(residentId, stay->agreementId,
                                              std::min(figures.held, figures.unpaidDues));
    if (!adjusted)
        return adjusted.error();
    Money adjustedTotal;
    for (const PaymentAllocator::Allocation& allocation : adjusted.value())
        adjustedTotal += allocation.amount;
    const Money kept = std::min(figures.held - adjustedTotal, figures.charges());
    // Numbered and dated, like every document of the check-out, on the day it is recorded;
    // the stay's last day is the agreement's move-out.
    auto number =
        DocumentSeries(m_store).next(DocumentSeries::Kind::Settlement, stay->propertyId, today);
    if (!number)
        return number.error();
    QVariantMap settlement{
        {QStringLiteral("agreement_id"), stay->agreementId},
        {QStringLiteral("series_id"), number.value().seriesId},
        {QStringLiteral("number"), number.value().number},
        {QStringLiteral("financial_year"), number.value().financialYear},
        {QStringLiteral("settlement_date"), today},
        {QStringLiteral("deposit_held_paise"), figures.held.paise()},
        {QStringLiteral("unpaid_dues_paise"), figures.unpaidDues.paise()},
        {QStringLiteral("deductions_paise"), figures.deductions.paise()},
        {QStringLiteral("notice_shortfall_paise"), figures.noticeShortfall.paise()},
        {QStringLiteral("refund_paise"), figures.refund().paise()},
        {QStringLiteral("owed_paise"), figures.owed().paise()}};
    if (!billed.value().finalInvoiceId.isEmpty())
        settlement.insert(QStringLiteral("final_invoice_id"), billed.value().finalInvoiceId);
    auto settlementId = writer.insert(QStringLiteral("deposit_settlement"), settlement);
    if (!settlementId)
        return settlementId.error();
    for (const Deduction& deduction : deductions)
        if (auto written =
                writer.insert(QStringLiteral("settlement_deduction"),
                              {{QStringLiteral("settlement_id"), settlementId.value()},
                               {QStringLiteral("reason"), deduction.reason},
                               {QStringLiteral("amount_paise"), deduction.amount.paise()}});
            !written)
            return written.error();
    // The deposit's own ledger: what went to dues, what was kept, what is paid back.
    const Money depositRefund = figures.held - adjustedTotal - kept;
    for (const auto& [kind, amount, reason] :
         {std::tuple{QStringLiteral("adjusted"), adjustedTotal, QStringLiteral("Unpaid dues")},
          std::tuple{QStringLiteral("deduction"), kept,
                     QStringLiteral("Deductions, notice shortfall and tax due")},
          std::tuple{QStringLiteral("refund"), depositRefund, QStringLiteral("Refund")}}) {
        if (amount.paise() <= 0)
            continue;
        if (auto entry = writer.insert(QStringLiteral("deposit_entry"),
                                       {{QStringLiteral("agreement_id"), stay->agreementId},
                                        {QStringLiteral("kind"), kind},
                                        {QStringLiteral("amount_paise"), amount.paise()},
                                        {QStringLiteral("entry_date"), *date},
                                        {QStringLiteral("settlement_id"), settlementId.value()},
                                        {QStringLiteral("reason"), reason}});
            !entry)
            return entry.error();
    }
    // Every unused payment is used up here: returned with the deposit or set against the
    // charges, so no later stay spends it again.
    for (const HeldCredit::Payment& payment : credit.value().payments)
        if (auto settled = writer.insert(QStringLiteral("credit_settled"),
                                         {{QStringLiteral("payment_id"), payment.id},
                                          {QStringLiteral("settlement_id"), settlementId.value()},
                                          {QStringLiteral("amount_paise"), payment.free.paise()},
                                          {QStringLiteral("entry_date"), *date}});
            !settled)
            return settled.error();
    if (auto lines =
            writeSettlementLines(m_store, settlementId.value(), credit.value(), result.debitNotes);
        !lines)
        return lines.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    result.settlementId = settlementId.value();
    result.settlementNumber = number.value().number;
    return result;
}

StoreResult<CheckOut::Result> CheckOut::preview(const Input& input, QDate today)
{
    if (m_store.inTransaction())
        return StoreError{StoreError::Code::Database,
                          QCoreApplication::translate(
                              "CheckOut", "A check-out preview cannot run inside another change")};
    store::Transaction unit(m_store); // never committed: everything below rolls back
    if (!unit.started())
        return unit.error();
    auto result = run(input, today);
    if (!result)
        return result;
    if (auto read = store::checkedTransaction(m_store, QStringLiteral("The settlement preview"));
        !read)
        return read.error();
    result.value().settlementId.clear();
    return result;
}

} // namespace rentflow
