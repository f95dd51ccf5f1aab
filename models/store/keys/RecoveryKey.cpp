#include "RecoveryKey.h"

#include "KeyMaterial.h"

#include <QRandomGenerator>

namespace rentflow::store {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"; // RFC 4648 base 32
constexpr int kCharacters = 32;                                  // 160 bits
constexpr int kGroup = 4;

QString grouped(const QString& letters)
{
    QString out;
    for (int i = 0; i < letters.size(); ++i) {
        if (i > 0 && i % kGroup == 0)
            out.append(QLatin1Char('-'));
        out.append(letters[i]);
    }
    return out;
}

} // namespace

QString RecoveryKey::generate()
{
    quint32 words[5];
    QRandomGenerator::system()->fillRange(words, 5);
    QString letters;
    // 160 bits, five at a time.
    quint64 buffer = 0;
    int bits = 0;
    int word = 0;
    while (letters.size() < kCharacters) {
        if (bits < 5) {
            buffer = (buffer << 32) | words[word++];
            bits += 32;
        }
        letters.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]));
        bits -= 5;
    }
    for (quint32& w : words)
        w = 0;
    QString key = grouped(letters);
    wipeKeyMaterial(letters);
    return key;
}

std::optional<QString> RecoveryKey::normalize(const QString& typed)
{
    QString letters;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('0'))
            c = QLatin1Char('O');
        else if (c == QLatin1Char('1'))
            c = QLatin1Char('I');
        else if (c == QLatin1Char('8'))
            c = QLatin1Char('B');
        const bool inAlphabet = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                                (c >= QLatin1Char('2') && c <= QLatin1Char('7'));
        if (!inAlphabet) {
            wipeKeyMaterial(letters);
            return std::nullopt;
        }
        letters.append(c);
    }
    if (letters.size() != kCharacters) {
        wipeKeyMaterial(letters);
        return std::nullopt;
    }
    QString key = grouped(letters);
    wipeKeyMaterial(letters);
    return key;
}

} // namespace rentflow::store
