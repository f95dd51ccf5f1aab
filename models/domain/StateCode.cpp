#include "StateCode.h"

#include <QCoreApplication>

namespace rentflow {

namespace {
const char* const kStateNames[] = {nullptr,
                                   "Jammu and Kashmir",
                                   "Himachal Pradesh",
                                   "Punjab",
                                   "Chandigarh",
                                   "Uttarakhand",
                                   "Haryana",
                                   "Delhi",
                                   "Rajasthan",
                                   "Uttar Pradesh",
                                   "Bihar",
                                   "Sikkim",
                                   "Arunachal Pradesh",
                                   "Nagaland",
                                   "Manipur",
                                   "Mizoram",
                                   "Tripura",
                                   "Meghalaya",
                                   "Assam",
                                   "West Bengal",
                                   "Jharkhand",
                                   "Odisha",
                                   "Chhattisgarh",
                                   "Madhya Pradesh",
                                   "Gujarat",
                                   "Daman and Diu",
                                   "Dadra and Nagar Haveli and Daman and Diu",
                                   "Maharashtra",
                                   "Andhra Pradesh (before division)",
                                   "Karnataka",
                                   "Goa",
                                   "Lakshadweep",
                                   "Kerala",
                                   "Tamil Nadu",
                                   "Puducherry",
                                   "Andaman and Nicobar Islands",
                                   "Telangana",
                                   "Andhra Pradesh",
                                   "Ladakh"};
constexpr int kLastState = 38;
} // namespace

Parsed<StateCode> StateCode::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    bool ok = false;
    const int code = trimmed.toInt(&ok);
    const bool shapeOk =
        ok && (trimmed.size() == 1 || trimmed.size() == 2) &&
        std::all_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isDigit(); });
    if (!shapeOk || !((code >= 1 && code <= kLastState) || code == 97 || code == 99))
        return Parsed<StateCode>::fail(
            QCoreApplication::translate(
                "StateCode",
                "'%1' is not a GST state code (01–38, 97 or 99; e.g. 29 for Karnataka)")
                .arg(trimmed));
    return Parsed<StateCode>::ok(StateCode(code));
}

QString StateCode::name() const
{
    if (m_code >= 1 && m_code <= kLastState)
        return QString::fromLatin1(kStateNames[m_code]);
    return m_code == 97 ? QStringLiteral("Other Territory") : QStringLiteral("Centre Jurisdiction");
}

} // namespace rentflow
