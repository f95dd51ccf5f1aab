#include "server/mail/HeaderEncoding.h"

#include <QList>
#include <QString>

namespace rentflow::server {

namespace {

constexpr int kFoldAt = 78;
// "=?UTF-8?B?" + base64 + "?=" within 75 characters (RFC 2047 §2): 63 base64
// characters at most, so 45 bytes of UTF-8 (a multiple of 3: no padding mid-text).
constexpr int kBytesPerWord = 45;

QByteArray foldAscii(const QByteArray& text, int used)
{
    QByteArray out;
    int lineLength = used;
    const QList<QByteArray> words = text.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray& word = words[i];
        if (i > 0) {
            if (lineLength + 1 + word.size() > kFoldAt && lineLength > 1) {
                out += "\r\n ";
                lineLength = 1;
            } else {
                out += ' ';
                ++lineLength;
            }
        }
        out += word;
        lineLength += int(word.size());
    }
    return out;
}

int utf8SequenceLength(unsigned char lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    return 4;
}

} // namespace

bool isPrintableAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    }
    return true;
}

QByteArray encodeHeaderText(QStringView text, int usedOnFirstLine)
{
    if (isPrintableAscii(text) && !text.contains(QLatin1String("=?")))
        return foldAscii(text.toLatin1(), usedOnFirstLine);

    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = start;
        while (end < utf8.size()) {
            const int length = utf8SequenceLength(static_cast<unsigned char>(utf8[end]));
            if (end + length - start > kBytesPerWord)
                break;
            end += length;
        }
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=";
        start = end;
    }
    return out;
}

} // namespace rentflow::server
