#pragma once

#include "domain/Money.h"

#include <QList>

namespace rentflow {

// One meter interval's charge divided among the stays that held a bed under
// the meter in it (SPEC §4.4). Pure arithmetic, no store.
//
// By days (the default): the interval has days × beds bed-days (the room's
// beds, or the property's for a common-area meter); each stay pays its days'
// part, and the bed-days nobody held are the operator's part, never billed.
// Per head: the charge is split equally among the stays that held a bed in the
// interval, whatever their days; nothing is the operator's.
// Units are split by the same weights, so a line can say how many of the
// interval's units it bills. Both splits use largest remainders: the parts add
// up to the charge and the units exactly; on a tie the operator's part comes first.
struct IntervalSplit
{
    struct Input
    {
        Money charge;
        qint64 unitsHundredths = 0;
        int days = 0; // days in the interval (after the previous reading, up to this one)
        int beds = 0; // beds under the meter
        bool perHead = false;
        QList<qint64> stayDays; // days each stay held a bed under the meter, all > 0
    };
    struct Part
    {
        Money amount;
        qint64 unitsHundredths = 0;
    };

    QList<Part> stays; // in the order of Input::stayDays
    Part operatorPart;
    qint64 bedDays = 0;   // by days: the denominator (at least the days the stays held)
    qint64 emptyDays = 0; // by days: bed-days nobody held

    static IntervalSplit of(const Input& input);
};

} // namespace rentflow
