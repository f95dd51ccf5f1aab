#pragma once

#include "Parsed.h"

namespace rentflow {

// An Indian Financial System Code: 4 letters (bank), '0', 6 letters or digits (branch).
class Ifsc
{
public:
    static Parsed<Ifsc> parse(QStringView text);
    const QString& value() const { return m_value; }

private:
    explicit Ifsc(QString value) : m_value(std::move(value)) {}
    QString m_value;
};

} // namespace rentflow
