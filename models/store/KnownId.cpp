#include "KnownId.h"
#include "CheckedRead.h"

#include "Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <array>

namespace rentflow::store {

namespace {

struct KindInfo
{
    RecordKind kind;
    const char* table;
    const char* name;  // "a bed", "a resident" …
    const char* owner; // "bed's", "resident's" …
};

constexpr std::array kKinds{
    KindInfo{RecordKind::Property, "property", "property", "property's"},
    KindInfo{RecordKind::Room, "room", "room", "room's"},
    KindInfo{RecordKind::Bed, "bed", "bed", "bed's"},
    KindInfo{RecordKind::Meter, "meter", "meter", "meter's"},
    KindInfo{RecordKind::Resident, "resident", "resident", "resident's"},
    KindInfo{RecordKind::Agreement, "agreement", "stay", "stay's"},
    KindInfo{RecordKind::Invoice, "invoice", "invoice", "invoice's"},
    KindInfo{RecordKind::Payment, "payment", "payment", "payment's"},
    KindInfo{RecordKind::Charge, "charge", "charge", "charge's"},
    KindInfo{RecordKind::CreditNote, "credit_note", "credit note", "credit note's"},
    KindInfo{RecordKind::Settlement, "deposit_settlement", "deposit settlement",
             "deposit settlement's"},
    KindInfo{RecordKind::DebitNote, "debit_note", "debit note", "debit note's"},
};

const KindInfo& infoOf(RecordKind kind)
{
    for (const KindInfo& info : kKinds)
        if (info.kind == kind)
            return info;
    qFatal("KnownId: a record kind without a table");
}

// Whether `id` is a live row of `table`, or why the query failed.
StoreResult<bool> exists(Store& store, const char* table, const QString& id)
{
    QSqlQuery& q = store.prepared(
        QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted = 0").arg(QLatin1String(table)));
    q.addBindValue(id);
    auto found = checkedFirstRow(store, q, QStringLiteral("Looking up an id"));
    q.finish();
    return found;
}

// "a bed's", "an invoice's".
QString withArticle(const char* owner)
{
    const QString word = QLatin1String(owner);
    const bool vowel = QStringLiteral("aeiou").contains(word.left(1));
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + word;
}

StoreError refused(const QString& field, const QString& message)
{
    return StoreError::invalid({{field, message}});
}

} // namespace

StoreStatus requireKnownId(Store& store, const QString& field, RecordKind kind, const QString& id)
{
    const KindInfo& wanted = infoOf(kind);
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return refused(field, QCoreApplication::translate("KnownId", "is required"));
    auto found = exists(store, wanted.table, trimmed);
    if (!found)
        return found.error();
    if (found.value())
        return Done{};
    for (const KindInfo& other : kKinds) {
        if (other.kind == kind)
            continue;
        auto elsewhere = exists(store, other.table, trimmed);
        if (!elsewhere)
            return elsewhere.error();
        if (elsewhere.value())
            return refused(field,
                           QCoreApplication::translate("KnownId", "'%1' is %2 id, not %3")
                               .arg(trimmed, withArticle(other.owner), withArticle(wanted.owner)));
    }
    return refused(field, QCoreApplication::translate("KnownId", "no %1 has the id '%2'")
                              .arg(QLatin1String(wanted.name), trimmed));
}

} // namespace rentflow::store
