#pragma once

#include "Parsed.h"

namespace rentflow {

// An Indian Postal Index Number: six digits, the first not zero.
class Pincode
{
public:
    static Parsed<Pincode> parse(QStringView text);
    const QString& value() const { return m_value; }

private:
    explicit Pincode(QString value) : m_value(std::move(value)) {}
    QString m_value;
};

} // namespace rentflow
