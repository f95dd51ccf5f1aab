#pragma once

#include "Parsed.h"

#include <QDate>

namespace rentflow {

// A calendar month that charges are for ("2026-11").
class BillingPeriod
{
public:
    static BillingPeriod containing(QDate date) { return BillingPeriod(date.year(), date.month()); }
    // "YYYY-MM".
    static Parsed<BillingPeriod> parse(QStringView text);

    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    int days() const { return firstDay().daysInMonth(); }
    bool contains(QDate date) const { return date >= firstDay() && date <= lastDay(); }
    BillingPeriod next() const { return containing(firstDay().addMonths(1)); }
    BillingPeriod previous() const { return containing(firstDay().addMonths(-1)); }
    // Days of [from, to] (to empty: open-ended) that fall in this month.
    int daysOverlapping(QDate from, QDate to) const;
    QString toString() const;

    friend bool operator==(const BillingPeriod&, const BillingPeriod&) = default;
    friend auto operator<=>(const BillingPeriod&, const BillingPeriod&) = default;

private:
    BillingPeriod(int year, int month) : m_year(year), m_month(month) {}
    int m_year;
    int m_month;
};

} // namespace rentflow
