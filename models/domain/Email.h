#pragma once

#include "Parsed.h"

namespace rentflow {

// An e-mail address, trimmed and with its domain lower-cased.
class Email
{
public:
    static Parsed<Email> parse(QStringView text);
    const QString& address() const { return m_address; }

private:
    explicit Email(QString address) : m_address(std::move(address)) {}
    QString m_address;
};

} // namespace rentflow
