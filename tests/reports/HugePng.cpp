#include "HugePng.h"

#include <QtEndian>

namespace rentflow::test {

namespace {

// CRC-32 as PNG defines it (ISO/IEC 15948 annex D: polynomial 0xEDB88320, reflected,
// initial and final XOR 0xFFFFFFFF), bit by bit.
quint32 crc32(const QByteArray& bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1u) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(const QByteArray& type, const QByteArray& data)
{
    return bigEndian(quint32(data.size())) + type + data + bigEndian(crc32(type + data));
}

} // namespace

QByteArray pngDeclaring(quint32 width, quint32 height)
{
    // Bit depth 8, colour type 6 (RGBA), compression 0, filter 0, no interlace.
    const QByteArray header =
        bigEndian(width) + bigEndian(height) + QByteArray("\x08\x06\x00\x00\x00", 5);
    // An IDAT with an empty zlib stream (header 78 9C, an empty final block 03 00,
    // Adler-32 of nothing 00 00 00 01): a decoder reads the header up to here.
    const QByteArray data("\x78\x9c\x03\x00\x00\x00\x00\x01", 8);
    // 8 (signature) + 12 + 13 (IHDR) + 12 + 8 (IDAT) + 12 (IEND) = 65 bytes.
    return QByteArrayLiteral("\x89PNG\r\n\x1a\n") + chunk("IHDR", header) + chunk("IDAT", data) +
           chunk("IEND", {});
}

} // namespace rentflow::test
