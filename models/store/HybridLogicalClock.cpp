#include "HybridLogicalClock.h"

#include <QDateTime>
#include <QStringList>

namespace rentflow::store {

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 15, 10, QLatin1Char('0'))
        .arg(counter, 6, 10, QLatin1Char('0'))
        .arg(device);
}

std::optional<Hlc> Hlc::parse(const QString& text)
{
    const qsizetype first = text.indexOf(QLatin1Char('-'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char('-'), first + 1);
    if (first != 15 || second != 22)
        return std::nullopt;
    bool okMs = false, okCounter = false;
    Hlc hlc;
    hlc.wallMs = text.left(first).toLongLong(&okMs);
    hlc.counter = text.mid(first + 1, second - first - 1).toUInt(&okCounter);
    hlc.device = text.mid(second + 1);
    if (!okMs || !okCounter)
        return std::nullopt;
    return hlc;
}

bool operator<(const Hlc& a, const Hlc& b)
{
    if (a.wallMs != b.wallMs)
        return a.wallMs < b.wallMs;
    if (a.counter != b.counter)
        return a.counter < b.counter;
    return a.device < b.device;
}

HybridLogicalClock::HybridLogicalClock(QString device, WallClock wallClock)
    : m_device(std::move(device)), m_wallClock(std::move(wallClock))
{
    if (!m_wallClock)
        m_wallClock = [] {
            return QDateTime::currentMSecsSinceEpoch();
        };
}

Hlc HybridLogicalClock::now()
{
    const qint64 wall = m_wallClock();
    if (wall > m_lastMs) {
        m_lastMs = wall;
        m_counter = 0;
    } else {
        ++m_counter; // the wall clock stood still or went back: stay ahead of it
    }
    return Hlc{m_lastMs, m_counter, m_device};
}

void HybridLogicalClock::observe(const Hlc& remote)
{
    if (remote.wallMs > m_lastMs) {
        m_lastMs = remote.wallMs;
        m_counter = remote.counter;
    } else if (remote.wallMs == m_lastMs && remote.counter > m_counter) {
        m_counter = remote.counter;
    }
}

} // namespace rentflow::store
