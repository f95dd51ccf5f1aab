#pragma once

#include "Parsed.h"

namespace rentflow {

// An Income-Tax Permanent Account Number: AAAAA9999A, the fourth letter naming
// the holder type (P person, C company, H HUF, F firm/LLP, A AOP, T trust,
// B BOI, L local authority, J artificial juridical person, G government).
class Pan
{
public:
    static Parsed<Pan> parse(QStringView text);
    const QString& value() const { return m_value; }
    QChar holderType() const { return m_value.at(3); }
    // "XXXXX1234X": what screens show to users who may not see PAN (SPEC §1.6).
    QString masked() const;

private:
    explicit Pan(QString value) : m_value(std::move(value)) {}
    QString m_value;
};

} // namespace rentflow
