#pragma once

#include "../UiTestContext.h"

#include <billing/MonthlyRun.h>
#include <payments/PaymentList.h>
#include <support/SamplePg.h>

#include <gtest/gtest.h>

namespace rentflow::test {

// SamplePg in the recent past, so that the window's "today" (the real one) follows it:
// Lakshmi Narayanan (+919845012345) from the 1st of the month before last, Arjun Mehta
// from the 1st of last month, both at ₹12,000 a month due on the 5th; both months billed
// on their 1st (the organisation has a PAN, so rent receipts can be printed). Lakshmi owes 2 ×
// 12,000 = 24,000; Arjun 12,000. No payment yet.
struct OwingPg : SamplePg
{
    OwingPg()
        : SamplePg(organisation()), firstMonth(firstOfMonth(QDate::currentDate().addMonths(-2))),
          lastMonth(firstOfMonth(QDate::currentDate().addMonths(-1))), ui(*workspace)
    {
        checkIn(0, 0, firstMonth);
        checkIn(1, 1, lastMonth);
        billMonth(firstMonth);
        billMonth(lastMonth);
    }
    // With a PAN: a rent receipt for ₹1,44,000 a year must show the landlord's.
    static OrganisationInput organisation()
    {
        OrganisationInput org = defaultOrganisation();
        org.pan = QStringLiteral("ABCPE1234F");
        org.address = QStringLiteral("12, 5th Cross, Koramangala, Bengaluru 560034");
        return org;
    }
    static QDate firstOfMonth(QDate day) { return QDate(day.year(), day.month(), 1); }
    void billMonth(QDate first)
    {
        const QString month = first.toString(QStringLiteral("yyyy-MM"));
        const BillingPeriod period = BillingPeriod::parse(month).value();
        const auto run = MonthlyRun(store()).run({period, first, false, {}, first});
        EXPECT_TRUE(run.ok()) << (run.ok() ? "" : run.error().message.toStdString());
    }
    QList<PaymentList::Row> payments()
    {
        const auto rows = PaymentList(store()).list({});
        EXPECT_TRUE(rows.ok());
        return rows.ok() ? rows.value() : QList<PaymentList::Row>();
    }
    QString lakshmi() const { return residentIds[0]; }
    QString arjun() const { return residentIds[1]; }

    QDate firstMonth;
    QDate lastMonth;
    UiTestContext ui;
};

} // namespace rentflow::test
