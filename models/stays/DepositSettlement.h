#pragma once

#include "domain/Money.h"

#include <QDate>

namespace rentflow {

// The arithmetic of a deposit settlement (SPEC §3.5): deposit held + the
// resident's unused credit (advance paid, money credit notes gave back) − unpaid
// dues − deductions − notice-shortfall charge − tax put right by debit notes =
// the refund, or, when that is below zero, what the resident still owes.
struct DepositSettlement
{
    // The charge for notice not served is a month's rent per 30 days short.
    static constexpr int kDaysPerNoticeMonth = 30;

    Money held;
    Money unpaidDues;
    Money deductions;
    Money noticeShortfall;
    Money advanceCredit;    // payments not used by any invoice
    Money creditNoteCredit; // money credit notes gave back, not used since
    Money taxDue;           // debit notes: tax on earlier months billed exempt

    Money credit() const { return advanceCredit + creditNoteCredit; }
    // What the deposit and the credit are set against besides unpaid dues.
    Money charges() const { return deductions + noticeShortfall + taxDue; }
    Money net() const { return held + credit() - unpaidDues - charges(); }
    Money refund() const { return std::max(net(), Money()); }
    Money owed() const { return std::max(-net(), Money()); }

    // Days of notice short: the notice period counts the day notice is given
    // and the last day of the stay; no notice at all is the whole period short.
    static int shortfallDays(int noticeDays, QDate givenOn, QDate lastDay)
    {
        const int served = givenOn.isValid() ? int(givenOn.daysTo(lastDay)) + 1 : 0;
        return std::max(0, noticeDays - served);
    }
    static Money shortfallCharge(Money monthlyRent, int days)
    {
        return monthlyRent.prorated(days, kDaysPerNoticeMonth);
    }
};

} // namespace rentflow
