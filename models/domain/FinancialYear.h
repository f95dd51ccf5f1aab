#pragma once

#include <QDate>
#include <QString>

namespace rentflow {

// India's financial year, 1 April to 31 March; invoice numbers restart with it
// (CGST Rule 46(b): unique for a financial year).
class FinancialYear
{
public:
    static FinancialYear containing(QDate date)
    {
        return FinancialYear(date.month() >= 4 ? date.year() : date.year() - 1);
    }

    int startYear() const { return m_startYear; }
    QDate firstDay() const { return QDate(m_startYear, 4, 1); }
    QDate lastDay() const { return QDate(m_startYear + 1, 3, 31); }
    // "2026-27".
    QString label() const;
    // "26-27".
    QString shortLabel() const;
    // "2627": the form inside document numbers, where every character counts.
    QString compactLabel() const { return QString(shortLabel()).remove(QLatin1Char('-')); }

    friend bool operator==(const FinancialYear&, const FinancialYear&) = default;

private:
    explicit FinancialYear(int startYear) : m_startYear(startYear) {}
    int m_startYear;
};

} // namespace rentflow
