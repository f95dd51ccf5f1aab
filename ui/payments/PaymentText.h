#pragma once

#include <domain/Money.h>

#include <QDate>
#include <QString>
#include <QStringList>

// How the payments screen words what RecordPayment and PaymentList store: the
// method codes (cash, upi…), rupees and days, in one place for every widget.
namespace rentflow::ui::payments {

// cash, upi, bank, cheque, card: the methods RecordPayment takes, in the order shown.
QStringList methodCodes();
// "Cash", "UPI", "Bank transfer", "Cheque", "Card".
QString methodName(const QString& code);
// The same with its keyboard mnemonic: "&Cash", "C&heque"…
QString methodLabel(const QString& code);
// Whether the window asks for a reference: a UPI or bank transfer's UTR, a cheque's number.
bool methodNeedsReference(const QString& code);
// "Dues" or "Deposit"; "Received" or "Reversed".
QString purposeName(const QString& purpose);
QString statusName(const QString& status);

} // namespace rentflow::ui::payments
