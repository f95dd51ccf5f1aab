#include "Uuid7.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace rentflow::store {

QString Uuid7::generate()
{
    static Uuid7 processWide;
    return processWide.next(QDateTime::currentMSecsSinceEpoch());
}

QString Uuid7::next(qint64 unixMs)
{
    // rand_a (12 bits) is a counter within one millisecond, so ids stay ordered
    // when many are made in the same millisecond (RFC 9562 §6.2, method 1).
    quint32 sequence;
    {
        QMutexLocker lock(&m_mutex);
        if (unixMs <= m_lastMs) {
            unixMs = m_lastMs;
            if (++m_counter > 0xFFF) { // counter spent: borrow the next millisecond
                unixMs = ++m_lastMs;
                m_counter = QRandomGenerator::global()->bounded(0x400u);
            }
        } else {
            m_lastMs = unixMs;
            m_counter = QRandomGenerator::global()->bounded(0x400u);
        }
        sequence = m_counter;
    }
    std::array<quint32, 2> random;
    QRandomGenerator::global()->fillRange(random.data(), random.size());

    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((unixMs >> (8 * (5 - i))) & 0xFF);
    bytes[6] = char(0x70 | ((sequence >> 8) & 0x0F));
    bytes[7] = char(sequence & 0xFF);
    for (int i = 0; i < 8; ++i)
        bytes[8 + i] = char((random[i / 4] >> (8 * (i % 4))) & 0xFF);
    bytes[8] = char(0x80 | (quint8(bytes[8]) & 0x3F));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace rentflow::store
