#pragma once

#include "domain/BillingPeriod.h"

#include <QDate>
#include <QString>

namespace rentflow {

// The days an export covers: a month (`--month`) or a range of days (`--from/--to`,
// both inclusive). A month also keeps its "YYYY-MM", because the invoice register
// selects a month by billing period, as `invoice list --month` does.
struct ExportPeriod
{
    QDate from;
    QDate to;
    QString billingMonth; // "YYYY-MM" when chosen by month; empty for a range of days

    static ExportPeriod month(const BillingPeriod& period)
    {
        return {period.firstDay(), period.lastDay(), period.toString()};
    }
    static ExportPeriod between(QDate from, QDate to) { return {from, to, QString()}; }

    bool contains(QDate day) const { return day >= from && day <= to; }
};

} // namespace rentflow
