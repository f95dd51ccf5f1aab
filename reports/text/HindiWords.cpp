#include "HindiWords.h"

#include <QStringList>

namespace rentflow::reports {

namespace {

// Hindi names every number below a hundred with its own word.
constexpr const char* kBelowHundred[100] = {
    "शून्य",     "एक",      "दो",     "तीन",     "चार",    "पाँच",     "छह",     "सात",    "आठ",
    "नौ",      "दस",      "ग्यारह",  "बारह",    "तेरह",    "चौदह",    "पंद्रह",   "सोलह",   "सत्रह",
    "अठारह",   "उन्नीस",   "बीस",    "इक्कीस",   "बाईस",   "तेईस",     "चौबीस",  "पच्चीस",  "छब्बीस",
    "सत्ताईस",  "अट्ठाईस",  "उनतीस",  "तीस",     "इकतीस",  "बत्तीस",   "तैंतीस",   "चौंतीस",  "पैंतीस",
    "छत्तीस",   "सैंतीस",    "अड़तीस",  "उनतालीस", "चालीस",  "इकतालीस", "बयालीस", "तैंतालीस", "चौवालीस",
    "पैंतालीस",  "छियालीस", "सैंतालीस", "अड़तालीस", "उनचास",  "पचास",    "इक्यावन", "बावन",   "तिरपन",
    "चौवन",    "पचपन",    "छप्पन",   "सत्तावन",  "अट्ठावन", "उनसठ",    "साठ",    "इकसठ",   "बासठ",
    "तिरसठ",   "चौंसठ",    "पैंसठ",    "छियासठ",  "सड़सठ",   "अड़सठ",    "उनहत्तर", "सत्तर",   "इकहत्तर",
    "बहत्तर",   "तिहत्तर",  "चौहत्तर", "पचहत्तर",  "छिहत्तर", "सतहत्तर",  "अठहत्तर", "उन्यासी", "अस्सी",
    "इक्यासी",  "बयासी",   "तिरासी", "चौरासी",  "पचासी",  "छियासी",  "सत्तासी", "अट्ठासी", "नवासी",
    "नब्बे",     "इक्यानबे",  "बानबे",   "तिरानबे",  "चौरानबे", "पचानबे",   "छियानबे", "सत्तानबे", "अट्ठानबे",
    "निन्यानबे",
};

QString word(qint64 n)
{
    return QString::fromUtf8(kBelowHundred[n]);
}

// 1 … 999 as words.
void appendBelowThousand(qint64 n, QStringList& words)
{
    if (n >= 100) {
        words << word(n / 100) << QStringLiteral("सौ");
        n %= 100;
    }
    if (n > 0)
        words << word(n);
}

} // namespace

QString hindiNumberInWords(qint64 number)
{
    if (number == 0)
        return word(0);
    QStringList words;
    if (number < 0) {
        words << QStringLiteral("ऋण");
        number = -number;
    }
    // Crores may themselves run past a hundred: "एक सौ बीस करोड़".
    const qint64 crores = number / 1'00'00'000;
    number %= 1'00'00'000;
    if (crores > 0) {
        if (crores >= 1000)
            words << hindiNumberInWords(crores);
        else
            appendBelowThousand(crores, words);
        words << QStringLiteral("करोड़");
    }
    const qint64 lakhs = number / 1'00'000;
    number %= 1'00'000;
    if (lakhs > 0)
        words << word(lakhs) << QStringLiteral("लाख");
    const qint64 thousands = number / 1000;
    number %= 1000;
    if (thousands > 0)
        words << word(thousands) << QStringLiteral("हज़ार");
    appendBelowThousand(number, words);
    return words.join(QLatin1Char(' '));
}

QString hindiAmountInWords(Money amount)
{
    const qint64 magnitude = amount.paise() < 0 ? -amount.paise() : amount.paise();
    const qint64 rupees = magnitude / 100;
    const qint64 paise = magnitude % 100;
    QStringList words;
    if (amount.isNegative())
        words << QStringLiteral("ऋण");
    if (rupees > 0 || paise == 0)
        words << hindiNumberInWords(rupees)
              << (rupees == 1 ? QStringLiteral("रुपया") : QStringLiteral("रुपये"));
    if (paise > 0) {
        if (rupees > 0)
            words << QStringLiteral("और");
        words << word(paise) << (paise == 1 ? QStringLiteral("पैसा") : QStringLiteral("पैसे"));
    }
    words << QStringLiteral("मात्र");
    return words.join(QLatin1Char(' '));
}

} // namespace rentflow::reports
