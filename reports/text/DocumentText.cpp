#include "DocumentText.h"

#include "HindiWords.h"

#include <domain/Rate.h>
#include <domain/StateCode.h>

namespace rentflow::reports::text {

namespace {

constexpr Label kMonths[12] = {
    {"January", "जनवरी"},   {"February", "फ़रवरी"}, {"March", "मार्च"},    {"April", "अप्रैल"},
    {"May", "मई"},          {"June", "जून"},        {"July", "जुलाई"},     {"August", "अगस्त"},
    {"September", "सितंबर"}, {"October", "अक्टूबर"},  {"November", "नवंबर"}, {"December", "दिसंबर"},
};

} // namespace

QString rupees(Money amount)
{
    if (amount.isNegative())
        return QStringLiteral("-₹") + (-amount).toIndianString();
    return QStringLiteral("₹") + amount.toIndianString();
}

QString figures(Money amount)
{
    return amount.toIndianString();
}

QString inWords(Money amount, Lang lang)
{
    return lang == Lang::Hindi ? hindiAmountInWords(amount) : amount.toWords();
}

QString date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString monthYear(const QDate& anyDayOfMonth, Lang lang)
{
    if (!anyDayOfMonth.isValid())
        return {};
    return kMonths[anyDayOfMonth.month() - 1].in(lang) + QLatin1Char(' ') +
           QString::number(anyDayOfMonth.year());
}

QString dateRange(const QDate& from, const QDate& to, Lang lang)
{
    const QString joiner = lang == Lang::Hindi ? QStringLiteral(" से ") : QStringLiteral(" to ");
    return date(from) + joiner + date(to);
}

QString stateWithCode(const QString& code)
{
    const auto state = StateCode::parse(code);
    return state ? QStringLiteral("%1 (%2)").arg(state.value().name(), state.value().twoDigits())
                 : code;
}

QString percent(int basisPoints)
{
    return Rate::fromBasisPoints(basisPoints).toString();
}

QString phone(const QString& stored)
{
    return stored.startsWith(QLatin1String("+91")) && stored.size() == 13
               ? QStringLiteral("+91 %1 %2").arg(stored.mid(3, 5), stored.mid(8))
               : stored;
}

} // namespace rentflow::reports::text
