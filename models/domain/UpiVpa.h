#pragma once

#include "Parsed.h"

namespace rentflow {

// A UPI virtual payment address, "name@bank" (NPCI: handle of letters, digits, '.', '-', '_').
class UpiVpa
{
public:
    static Parsed<UpiVpa> parse(QStringView text);
    const QString& value() const { return m_value; }

private:
    explicit UpiVpa(QString value) : m_value(std::move(value)) {}
    QString m_value;
};

} // namespace rentflow
