#pragma once

#include "Parsed.h"

namespace rentflow {

// A GST identification number: 2-digit state code, the holder's PAN, an entity
// number, 'Z', and a mod-36 check character (the GSTN checksum).
class Gstin
{
public:
    static Parsed<Gstin> parse(QStringView text);
    // The check character the first 14 characters call for.
    static QChar checkCharacter(QStringView first14);

    const QString& value() const { return m_value; }
    QString stateCode() const { return m_value.left(2); }
    QString pan() const { return m_value.mid(2, 10); }

private:
    explicit Gstin(QString value) : m_value(std::move(value)) {}
    QString m_value;
};

} // namespace rentflow
