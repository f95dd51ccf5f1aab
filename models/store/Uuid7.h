#pragma once

#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace rentflow::store {

// Time-ordered UUIDs (RFC 9562 version 7), made on the device that creates a row
// so offline PCs never collide. Ids one generator makes later sort after earlier ones.
class Uuid7
{
public:
    // From the process-wide generator, at the current time.
    static QString generate();

    // The next id of this generator at `unixMs` (milliseconds since 1970).
    QString next(qint64 unixMs);

private:
    QMutex m_mutex;
    qint64 m_lastMs = -1;
    quint32 m_counter = 0;
};

} // namespace rentflow::store
