#pragma once

#include "ExportPeriod.h"

#include "store/StoreError.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Meter readings taken in a period, with the units used since the meter's previous
// reading (through a rollover or from a replacement's start, as billing counts them).
class ReadingRegister
{
public:
    struct Row
    {
        QString id;
        QString meterId;
        QString meterKind; // electricity | water | gas
        QString serial;
        QString property;
        QString room; // empty: a common-area meter
        QDate date;
        qint64 valueHundredths = 0;
        QString kind;                                // regular | rollover | replacement | …
        std::optional<qint64> consumptionHundredths; // none: the meter's first reading
    };

    explicit ReadingRegister(store::Store& store) : m_store(store) {}

    store::StoreResult<QList<Row>> readings(const ExportPeriod& period) const;

private:
    store::Store& m_store;
};

} // namespace rentflow
