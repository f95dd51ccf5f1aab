#pragma once

#include <domain/Money.h>
#include <exports/SupplyRegister.h>
#include <payments/PaymentList.h>
#include <store/StoreError.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace rentflow::reports {

// The ledgers vouchers post to. Defaults a PG's accountant recognises; the names must
// exist in the Tally company (or be created) before the import.
struct TallyLedgers
{
    QString rent = QStringLiteral("Accommodation Rent");
    QString utility = QStringLiteral("Electricity Charges");
    QString other = QStringLiteral("Other Charges");
    QString cgst = QStringLiteral("Output CGST");
    QString sgst = QStringLiteral("Output SGST");
    QString igst = QStringLiteral("Output IGST");
    QString roundOff = QStringLiteral("Round Off");
    QString cash = QStringLiteral("Cash");
    QString bank = QStringLiteral("Bank Account"); // UPI, bank transfer, cheque, card
    QString deposits = QStringLiteral("Security Deposits Received");
};

// One voucher. Amounts in Tally's sign: a debit is negative (ISDEEMEDPOSITIVE Yes), a
// credit positive (No); a voucher's entries add up to zero.
struct TallyVoucher
{
    struct Entry
    {
        QString ledger;
        Money amount;
    };
    QString type; // Sales | Credit Note | Debit Note | Receipt
    QString number;
    QDate date;
    QString party;
    QString reference; // the original invoice of a credit or debit note
    QString narration;
    QList<Entry> entries;

    Money balance() const
    {
        Money sum;
        for (const Entry& e : entries)
            sum += e.amount;
        return sum;
    }
};

// Sales vouchers for the invoices issued (not cancelled), credit notes, debit notes
// (the party debited the tax, output tax credited), and receipt
// vouchers for the payments received (not reversed). An invoice whose lines do not add
// up to its total is an error, never an unbalanced voucher.
store::StoreResult<QList<TallyVoucher>> tallyVouchers(const SupplyRegister::Documents& issued,
                                                      const QList<PaymentList::Row>& payments,
                                                      const TallyLedgers& ledgers = {});

// TallyPrime's import envelope (Import Data / Vouchers), UTF-8, escaped by QXmlStreamWriter.
QByteArray tallyXml(const QList<TallyVoucher>& vouchers, const QString& company);

} // namespace rentflow::reports
