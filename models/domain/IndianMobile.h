#pragma once

#include "Parsed.h"

namespace rentflow {

// An Indian mobile number, kept in E.164 form "+91XXXXXXXXXX" (SPEC §3.1).
class IndianMobile
{
public:
    // Accepts "98765 43210", "+91-98765-43210", "09876543210"; the ten digits
    // must start with 6–9 (TRAI numbering plan for mobiles).
    static Parsed<IndianMobile> parse(QStringView text);
    const QString& e164() const { return m_e164; }

private:
    explicit IndianMobile(QString e164) : m_e164(std::move(e164)) {}
    QString m_e164;
};

} // namespace rentflow
