#pragma once

#include "domain/BillingPeriod.h"
#include "domain/Money.h"
#include "store/StoreError.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// One resident's share of one reading period of one meter (SPEC §4.4).
struct UtilityShare
{
    QString readingId; // the later reading: a share is billed once per stay and reading
    QString description;
    QString basis; // previous, current, units, rate, share: printed under the line
    Money amount;
    qint64 unitsHundredths = 0; // this share of the interval's units (the line's quantity)
    // The meter's interval: the day after the previous reading to this reading's day.
    QDate periodFrom{}, periodTo{};
};

// Works out every stay's unbilled utility shares: for each reading taken in
// the window, consumption since the meter's previous reading, charged at the
// meter's tariff, split (IntervalSplit) among everyone who held a bed in the
// room (or, for a common-area meter, in the property) in those days, by the
// property's rule: days occupied over the beds' days (the default; empty beds'
// days are the operator's) or equal per head. A stay that has ended still gets
// its share of a reading taken after it. Shares already on an issued invoice
// of the stay are left out, so a run or a check-out never bills one twice.
class UtilityShareLoader
{
public:
    // Readings older than this before the month being billed are not picked up
    // by a run; a reading entered late is still billed by the next month's run.
    static constexpr int kLookbackMonths = 3;

    explicit UtilityShareLoader(store::Store& store) : m_store(store) {}

    // Readings dated in (since, through], keyed by agreement id.
    store::StoreResult<QHash<QString, QList<UtilityShare>>> unbilled(QDate since, QDate through);
    // The window a month's run uses.
    static QDate sinceFor(BillingPeriod period)
    {
        return period.firstDay().addMonths(-kLookbackMonths);
    }

private:
    store::Store& m_store;
};

} // namespace rentflow
