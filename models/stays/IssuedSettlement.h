#pragma once

#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// A deposit settlement as CheckOut recorded it (SPEC §3.5), with what a printed
// statement shows: the stay, every figure from the stored rows (deposit_settlement,
// settlement_deduction, settlement_line, deposit_entry, the deposit's allocations
// to the dues), never recomputed another way.
struct IssuedSettlement
{
    struct Deduction
    {
        QString reason;
        Money amount;
    };
    // A settlement_line: credit returned (advance_credit, credit_note_credit) or tax
    // due on a debit note (debit_note, with its number and the invoice it puts right).
    struct Line
    {
        QString kind;
        QString description; // as the check-out wrote it (English)
        Money amount;
        QString debitNoteNumber;
        QString invoiceNumber;
    };
    // An invoice the deposit paid at the settlement.
    struct DuesPaid
    {
        QString invoiceNumber;
        QDate invoiceDate;
        Money amount;
    };
    // The deposit's own ledger (deposit_entry, demands left out).
    struct DepositEntry
    {
        QDate date;
        QString kind; // received | adjusted | deduction | refund
        Money amount;
        QString receiptNumber; // received: the payment's receipt
    };

    QString id;
    QString number;
    QDate date;
    QString agreementId;
    QString residentId;
    QString residentName;
    QString residentPhone;
    QString residentLanguage;
    QString propertyName;
    QString propertyAddress;
    QString bed; // "101/A": the stay's last bed
    QString finalInvoiceNumber;
    // The stay.
    QDate stayFrom;
    QDate lastDay;
    QDate noticeGivenOn; // invalid: no notice given
    int noticeDays = 0;
    Money monthlyRent; // the rent the notice shortfall is charged at
    int daysShort = 0;
    // The figures as stored.
    Money held;
    Money unpaidDues;
    Money deductionsTotal;
    Money noticeShortfall;
    Money refund;
    Money owed;
    QList<Deduction> deductions;
    QList<Line> lines;
    QList<DuesPaid> duesPaid;
    QList<DepositEntry> depositEntries;
    QStringList creditNoteNumbers; // the notes whose money is in credit_note_credit

    Money lineTotal(const QString& kind) const;
    Money credit() const { return lineTotal(QStringLiteral("advance_credit")) + creditNotes(); }
    Money creditNotes() const { return lineTotal(QStringLiteral("credit_note_credit")); }
    Money taxDue() const { return lineTotal(QStringLiteral("debit_note")); }
    // Deposit + credit − dues − deductions − shortfall − tax: refund − owed.
    Money net() const
    {
        return held + credit() - unpaidDues - deductionsTotal - noticeShortfall - taxDue();
    }
    // Whether the shortfall's basis (monthly rent × days short / 30) gives the stored charge.
    bool shortfallBasisHolds() const;
};

// Reads one settlement whole. An id that names no settlement is bad input naming
// `field`; a failed read is the error; stored figures that do not add up (net ≠ refund −
// owed, deductions ≠ their rows) are an error too, never a wrong statement.
store::StoreResult<IssuedSettlement>
loadIssuedSettlement(store::Store& store, const QString& id,
                     const QString& field = QStringLiteral("id"));

} // namespace rentflow
