#pragma once

#include "Parsed.h"

namespace rentflow {

// A 12-digit Aadhaar number, checked with the Verhoeff check digit UIDAI uses.
class Aadhaar
{
public:
    static Parsed<Aadhaar> parse(QStringView text);
    static bool verhoeffValid(QStringView digits);

    const QString& digits() const { return m_digits; }
    // "XXXX XXXX 1234": the form stored by default (SPEC §1.6).
    QString masked() const;

private:
    explicit Aadhaar(QString digits) : m_digits(std::move(digits)) {}
    QString m_digits;
};

} // namespace rentflow
