#include "Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace rentflow {

namespace {

// Digits grouped the Indian way (12,34,567: threes at the end, pairs before) or the
// international way (1,234,567), so "1,00" or "1,2,3" — a slip of the finger, not an
// amount — is refused rather than read as 100 or 123.
bool wellGrouped(const QString& whole)
{
    if (!whole.contains(QLatin1Char(',')))
        return true;
    const QStringList groups = whole.split(QLatin1Char(','));
    if (groups.constLast().size() != 3 || groups.constFirst().isEmpty())
        return false;
    const QStringList middle = groups.mid(1, groups.size() - 2);
    auto allOfSize = [&middle](qsizetype size) {
        return std::all_of(middle.begin(), middle.end(),
                           [size](const QString& g) { return g.size() == size; });
    };
    if (middle.isEmpty())
        return groups.constFirst().size() <= 3;
    if (allOfSize(2))
        return groups.constFirst().size() <= 2;
    return allOfSize(3) && groups.constFirst().size() <= 3;
}

} // namespace

Parsed<Money> Money::parse(QStringView input)
{
    QString text = input.trimmed().toString();
    if (text.startsWith(QChar(0x20B9))) // ₹
        text = text.mid(1).trimmed();
    else if (text.startsWith(QLatin1String("Rs."), Qt::CaseInsensitive))
        text = text.mid(3).trimmed();
    if (text.isEmpty())
        return Parsed<Money>::fail(QCoreApplication::translate("Money", "an amount is required"));

    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString grouped = dot < 0 ? text : text.left(dot);
    if (!wellGrouped(grouped))
        return Parsed<Money>::fail(
            QCoreApplication::translate(
                "Money", "'%1' has its digits grouped wrongly (write 1,00,000 or 100000)")
                .arg(input.toString()));
    const QString whole = QString(grouped).remove(QLatin1Char(','));
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    auto allDigits = [](const QString& s) {
        return std::all_of(s.begin(), s.end(),
                           [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !allDigits(whole) || !allDigits(fraction) ||
        (dot >= 0 && fraction.isEmpty()))
        return Parsed<Money>::fail(
            QCoreApplication::translate("Money",
                                        "'%1' is not an amount in rupees (e.g. 12000 or 12000.50)")
                .arg(input.toString()));
    if (fraction.size() > 2)
        return Parsed<Money>::fail(QCoreApplication::translate(
            "Money", "amounts have at most two decimal places (paise)"));
    if (whole.size() > 13)
        return Parsed<Money>::fail(QCoreApplication::translate("Money", "the amount is too large"));

    const qint64 rupees = whole.isEmpty() ? 0 : whole.toLongLong();
    const qint64 paise =
        rupees * 100 + (fraction.isEmpty()
                            ? 0
                            : QString(fraction).leftJustified(2, QLatin1Char('0')).toLongLong());
    if (paise > kMaxPaise)
        return Parsed<Money>::fail(QCoreApplication::translate("Money", "the amount is too large"));
    return Parsed<Money>::ok(Money(negative ? -paise : paise));
}

QString Money::toDecimalString() const
{
    const qint64 magnitude = m_paise < 0 ? -m_paise : m_paise;
    return QStringLiteral("%1%2.%3")
        .arg(m_paise < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toIndianString() const
{
    const qint64 magnitude = m_paise < 0 ? -m_paise : m_paise;
    static const QLocale india(QLocale::English, QLocale::India);
    return QStringLiteral("%1%2.%3")
        .arg(m_paise < 0 ? QStringLiteral("-") : QString(), india.toString(magnitude / 100))
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

namespace {

// 128-bit intermediates for proration; __extension__ keeps -Wpedantic quiet about the GCC type.
__extension__ typedef __int128 Wide;

const char* const kOnes[] = {"Zero",    "One",     "Two",       "Three",    "Four",
                             "Five",    "Six",     "Seven",     "Eight",    "Nine",
                             "Ten",     "Eleven",  "Twelve",    "Thirteen", "Fourteen",
                             "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"};
const char* const kTens[] = {"",      "",      "Twenty",  "Thirty", "Forty",
                             "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"};

// 1–999 in words.
QStringList belowThousand(int n)
{
    QStringList words;
    if (n >= 100) {
        words << QString::fromLatin1(kOnes[n / 100]) << QStringLiteral("Hundred");
        n %= 100;
    }
    if (n >= 20) {
        words << QString::fromLatin1(kTens[n / 10]);
        n %= 10;
    }
    if (n > 0)
        words << QString::fromLatin1(kOnes[n]);
    return words;
}

// A whole number in the Indian system: crore (10^7), lakh (10^5), thousand, hundred.
QStringList indianWords(qint64 n)
{
    QStringList words;
    if (n >= 10'000'000) {
        words << indianWords(n / 10'000'000) << QStringLiteral("Crore");
        n %= 10'000'000;
    }
    if (n >= 100'000) {
        words << belowThousand(int(n / 100'000)) << QStringLiteral("Lakh");
        n %= 100'000;
    }
    if (n >= 1000) {
        words << belowThousand(int(n / 1000)) << QStringLiteral("Thousand");
        n %= 1000;
    }
    if (n > 0)
        words << belowThousand(int(n));
    return words;
}

} // namespace

QString Money::toWords() const
{
    const qint64 magnitude = m_paise < 0 ? -m_paise : m_paise;
    const qint64 rupees = magnitude / 100;
    const int paise = int(magnitude % 100);
    QStringList words;
    if (m_paise < 0)
        words << QStringLiteral("Minus");
    if (rupees > 0 || paise == 0)
        words << QStringLiteral("Rupees")
              << (rupees > 0 ? indianWords(rupees) : QStringList{QStringLiteral("Zero")});
    if (paise > 0) {
        if (rupees > 0)
            words << QStringLiteral("and");
        words << belowThousand(paise)
              << (paise == 1 ? QStringLiteral("Paisa") : QStringLiteral("Paise"));
    }
    words << QStringLiteral("Only");
    return words.join(QLatin1Char(' '));
}

Money operator+(Money a, Money b)
{
    qint64 sum;
    if (__builtin_add_overflow(a.m_paise, b.m_paise, &sum))
        qFatal("Money overflow: %lld + %lld paise", a.m_paise, b.m_paise);
    return Money(sum);
}

Money operator-(Money a, Money b)
{
    qint64 difference;
    if (__builtin_sub_overflow(a.m_paise, b.m_paise, &difference))
        qFatal("Money overflow: %lld - %lld paise", a.m_paise, b.m_paise);
    return Money(difference);
}

Money Money::times(qint64 factor) const
{
    qint64 product;
    if (__builtin_mul_overflow(m_paise, factor, &product))
        qFatal("Money overflow: %lld paise x %lld", m_paise, factor);
    return Money(product);
}

Money Money::prorated(qint64 numerator, qint64 denominator) const
{
    if (denominator <= 0)
        qFatal("Money::prorated: denominator %lld is not positive", denominator);
    // 128-bit intermediate: paise × numerator cannot overflow before the division.
    const Wide product = Wide(m_paise) * numerator;
    const Wide magnitude = product < 0 ? -product : product;
    const Wide rounded = (magnitude * 2 + denominator) / (2 * Wide(denominator)); // half up
    const Wide result = product < 0 ? -rounded : rounded;
    if (result > std::numeric_limits<qint64>::max() || result < std::numeric_limits<qint64>::min())
        qFatal("Money overflow in prorated()");
    return Money(qint64(result));
}

} // namespace rentflow
