#pragma once

#include "domain/Quantity.h"
#include "store/StoreError.h"

#include <QDate>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// `reading add`: what a user types (SPEC §4.4, §6.3); all text, unchecked.
struct ReadingInput
{
    QString meterId;
    QString date;
    QString value;
    QString kind = QStringLiteral("regular"); // regular | rollover | replacement
    bool confirmed = false;                   // the user checked an unusual value
};

// Records a meter reading (append-only) and its consumption since the previous
// one. A value below the previous one is refused unless the register rolled
// over or the meter was replaced; a consumption over three times the recent
// average needs the user's confirmation.
class RecordReading
{
public:
    static constexpr int kSpikeFactor = 3;
    static constexpr int kAverageOver = 3; // readings

    struct Recorded
    {
        QString id;
        Quantity consumption = Quantity::fromHundredths(0);
    };

    explicit RecordReading(store::Store& store) : m_store(store) {}
    store::StoreResult<Recorded> run(const ReadingInput& input, QDate today);
    // After run() refused: whether only the user's confirmation was missing (a spike;
    // the same input with `confirmed` set records it). False after any other refusal.
    bool needsConfirmation() const { return m_needsConfirmation; }

private:
    store::Store& m_store;
    bool m_needsConfirmation = false;
};

} // namespace rentflow
