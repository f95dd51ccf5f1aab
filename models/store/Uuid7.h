#pragma once

#include <QString>
#include <QtGlobal>

namespace rentflow::store {

// Time-ordered UUIDs (RFC 9562 version 7), made on the device that creates a row
// so offline PCs never collide. Ids made later in one process sort after earlier ones.
class Uuid7
{
public:
    static QString generate();
    // For tests: the same layout at a given Unix time in milliseconds.
    static QString generateAt(qint64 unixMs);
};

} // namespace rentflow::store
