#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QHash>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// Hands out consecutive document numbers, one series per kind, property, PC
// and financial year (so offline PCs never collide, SPEC §7.5). Numbers are
// taken inside the caller's transaction: a rolled-back run leaves no gap.
class DocumentSeries
{
public:
    enum class Kind
    {
        Invoice,
        Receipt,
        CreditNote,
        Settlement
    };
    struct Issued
    {
        QString seriesId;
        QString number;
        QString financialYear; // "2026-27"
    };

    explicit DocumentSeries(store::Store& store) : m_store(store) {}

    store::StoreResult<Issued> next(Kind kind, const QString& propertyId, QDate date);
    // For a run issuing many numbers in one transaction: next() keeps the
    // series' counters in memory and flush() writes each series once.
    void deferWrites() { m_deferred = true; }
    store::StoreStatus flush();
    // The property's three-character code (KOR), given it on first use, unique in the workspace.
    store::StoreResult<QString> propertyCode(const QString& propertyId);
    // This PC's letter in every series prefix (A for a lone PC); a failed read is an error.
    store::StoreResult<QString> deviceLetter() const;

private:
    struct Counter
    {
        QString seriesId;
        QString prefix;
        qint64 next = 1;
        bool dirty = false;
    };

    store::Store& m_store;
    bool m_deferred = false;
    QHash<QString, Counter> m_counters; // deferred: by kind, property and financial year
};

} // namespace rentflow
