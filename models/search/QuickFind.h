#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QString>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// The desktop's quick-find (Ctrl+K): what a few typed characters may mean. Residents by any
// part of their name, phone, bed ("101-A") or room; beds by their name; rooms by number;
// invoices by number (beds, rooms and invoices only for text with a digit or a slash: all
// their names have one). One short read per kind, each cut at `perKind` rows, so a keystroke
// stays quick with tens of thousands of residents. A failed read is the error, never
// "nothing found".
class QuickFind
{
public:
    enum class Kind
    {
        Resident,
        Bed,
        Room,
        Invoice
    };
    struct Hit
    {
        Kind kind;
        QString id;
        QString title;  // "Lakshmi Narayanan", "101-A", "Room 101", "KORA/2627/0001"
        QString detail; // where or who: "+919845012345 · 101-A, Koramangala"
    };
    static constexpr int kPerKind = 8;
    // One character matches nearly everything, in no useful order: records are looked for
    // from the second character typed.
    static constexpr int kMinimumLength = 2;

    explicit QuickFind(store::Store& store) : m_store(store) {}

    // Hits in kind order (residents, beds, rooms, invoices). Blank text, or a single
    // character, finds nothing.
    store::StoreResult<QList<Hit>> find(const QString& text, int perKind = kPerKind) const;

private:
    store::StoreStatus residents(const QString& pattern, int limit, QList<Hit>& hits) const;
    store::StoreStatus beds(const QString& pattern, int limit, QList<Hit>& hits) const;
    store::StoreStatus rooms(const QString& pattern, int limit, QList<Hit>& hits) const;
    store::StoreStatus invoices(const QString& pattern, int limit, QList<Hit>& hits) const;

    store::Store& m_store;
};

} // namespace rentflow
