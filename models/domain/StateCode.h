#pragma once

#include "Parsed.h"

namespace rentflow {

// A GST state/UT code (01–38, 97 Other Territory, 99 Centre Jurisdiction) with
// its name, as printed on tax invoices (CGST Rule 46: "name of State and its code").
class StateCode
{
public:
    static Parsed<StateCode> parse(QStringView text);
    int code() const { return m_code; }
    QString twoDigits() const { return QStringLiteral("%1").arg(m_code, 2, 10, QLatin1Char('0')); }
    QString name() const;

private:
    explicit StateCode(int code) : m_code(code) {}
    int m_code;
};

} // namespace rentflow
