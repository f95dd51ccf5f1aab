#include "FinancialYear.h"

namespace rentflow {

QString FinancialYear::label() const
{
    return QStringLiteral("%1-%2")
        .arg(m_startYear)
        .arg((m_startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString FinancialYear::shortLabel() const
{
    return QStringLiteral("%1-%2")
        .arg(m_startYear % 100, 2, 10, QLatin1Char('0'))
        .arg((m_startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace rentflow
