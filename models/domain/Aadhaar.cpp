#include "Aadhaar.h"

#include <QCoreApplication>

namespace rentflow {

namespace {
// Verhoeff's dihedral-group D5 tables: multiplication, permutation.
constexpr int kMultiply[10][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
                                   {2, 3, 4, 0, 1, 7, 8, 9, 5, 6}, {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
                                   {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
                                   {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
                                   {8, 7, 6, 5, 9, 3, 2, 1, 0, 4}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
constexpr int kPermute[8][10] = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
                                 {5, 8, 0, 3, 7, 9, 6, 1, 4, 2}, {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
                                 {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
                                 {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
} // namespace

bool Aadhaar::verhoeffValid(QStringView digits)
{
    int check = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits.at(digits.size() - 1 - i);
        if (!c.isDigit() || c.unicode() >= 128)
            return false;
        check = kMultiply[check][kPermute[i % 8][c.unicode() - '0']];
    }
    return !digits.isEmpty() && check == 0;
}

Parsed<Aadhaar> Aadhaar::parse(QStringView text)
{
    QString digits = text.trimmed().toString();
    digits.remove(QLatin1Char(' '));
    digits.remove(QLatin1Char('-'));
    const bool allDigits = std::all_of(digits.begin(), digits.end(),
                                       [](QChar c) { return c.isDigit() && c.unicode() < 128; });
    if (digits.size() != 12 || !allDigits)
        return Parsed<Aadhaar>::fail(
            QCoreApplication::translate("Aadhaar", "an Aadhaar number has 12 digits"));
    if (digits.at(0) == QLatin1Char('0') || digits.at(0) == QLatin1Char('1'))
        return Parsed<Aadhaar>::fail(
            QCoreApplication::translate("Aadhaar", "an Aadhaar number does not start with 0 or 1"));
    if (!verhoeffValid(digits))
        return Parsed<Aadhaar>::fail(QCoreApplication::translate(
            "Aadhaar", "this Aadhaar number fails its check digit; check for a typing mistake"));
    return Parsed<Aadhaar>::ok(Aadhaar(digits));
}

QString Aadhaar::masked() const
{
    return QStringLiteral("XXXX XXXX ") + m_digits.right(4);
}

} // namespace rentflow
