#include "Gstin.h"

#include "Pan.h"
#include "StateCode.h"

#include <QCoreApplication>

namespace rentflow {

namespace {
const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
}

QChar Gstin::checkCharacter(QStringView first14)
{
    // Each character's value is weighted 1, 2, 1, 2, …; the product's base-36
    // digits are summed; the check character brings the sum to a multiple of 36.
    int sum = 0;
    for (qsizetype i = 0; i < first14.size(); ++i) {
        const int value = int(kAlphabet.indexOf(first14.at(i)));
        const int product = value * (i % 2 == 0 ? 1 : 2);
        sum += product / 36 + product % 36;
    }
    return kAlphabet.at((36 - sum % 36) % 36);
}

Parsed<Gstin> Gstin::parse(QStringView text)
{
    const QString value = text.trimmed().toString().toUpper();
    auto fail = [](const char* why) {
        return Parsed<Gstin>::fail(QCoreApplication::translate("Gstin", why));
    };
    if (value.size() != 15 ||
        !std::all_of(value.begin(), value.end(), [](QChar c) { return kAlphabet.contains(c); }))
        return fail("a GSTIN has 15 letters and digits (e.g. 29ABCPE1234F1Z5)");
    if (!StateCode::parse(value.left(2)))
        return fail("a GSTIN starts with a GST state code (01–38, 97 or 99)");
    if (!Pan::parse(value.mid(2, 10)))
        return fail("characters 3 to 12 of a GSTIN are the holder's PAN");
    if (value.at(12) == QLatin1Char('0'))
        return fail("the 13th character of a GSTIN (entity number) is 1–9 or A–Z");
    if (value.at(13) != QLatin1Char('Z'))
        return fail("the 14th character of a GSTIN is Z");
    if (checkCharacter(QStringView(value).left(14)) != value.at(14))
        return fail("the GSTIN's check character does not match; check for a typing mistake");
    return Parsed<Gstin>::ok(Gstin(value));
}

} // namespace rentflow
