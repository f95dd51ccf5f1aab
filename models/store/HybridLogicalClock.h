#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <optional>

namespace rentflow::store {

// A hybrid logical clock value (Kulkarni et al., 2014): wall time in ms, a
// counter for events within one ms, and the device that made it. Its text form
// sorts in clock order, so SQL can compare HLC columns as strings.
struct Hlc
{
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString device;

    QString toString() const;
    static std::optional<Hlc> parse(const QString& text);
    friend bool operator<(const Hlc& a, const Hlc& b);
};

class HybridLogicalClock
{
public:
    using WallClock = std::function<qint64()>;
    explicit HybridLogicalClock(QString device, WallClock wallClock = {});

    // The stamp of a local change: strictly after every stamp seen so far.
    Hlc now();
    // Takes in a stamp from elsewhere (a pulled change, or the last one on disk).
    void observe(const Hlc& remote);

private:
    QString m_device;
    WallClock m_wallClock;
    qint64 m_lastMs = 0;
    quint32 m_counter = 0;
};

} // namespace rentflow::store
