#include "BedRepository.h"

#include "domain/InputCheck.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QString> BedRepository::add(const QString& roomId, const QString& label,
                                               Money rent, Money deposit)
{
    return store::RecordWriter(m_store).insert(
        QStringLiteral("bed"), {{QStringLiteral("room_id"), roomId},
                                {QStringLiteral("label"), label},
                                {QStringLiteral("rent_paise"), rent.paise()},
                                {QStringLiteral("deposit_paise"), deposit.paise()},
                                {QStringLiteral("status"), QStringLiteral("vacant")}});
}

store::StoreResult<QList<Bed>> BedRepository::listForRoom(const QString& roomId) const
{
    QList<Bed> beds;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, room_id, label, rent_paise, deposit_paise, status FROM bed "
                       "WHERE room_id = ? AND deleted = 0 ORDER BY label"));
    q.addBindValue(roomId);
    if (!q.exec())
        return m_store.error(QStringLiteral("Listing the room's beds"), q);
    while (q.next())
        beds.append(Bed{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        Money::fromPaise(q.value(3).toLongLong()),
                        Money::fromPaise(q.value(4).toLongLong()), q.value(5).toString()});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing the room's beds")); !read)
        return read.error();
    return beds;
}

store::StoreResult<std::optional<Bed>> BedRepository::find(const QString& id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(
        QStringLiteral("SELECT id, room_id, label, rent_paise, deposit_paise, status FROM bed "
                       "WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    const auto found = store::checkedFirstRow(m_store, q, QStringLiteral("Reading the bed"));
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Bed>();
    return std::optional(Bed{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             Money::fromPaise(q.value(3).toLongLong()),
                             Money::fromPaise(q.value(4).toLongLong()), q.value(5).toString()});
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BedRepository", text);
}

} // namespace

store::StoreResult<Bed> BedRepository::update(const QString& id, const BedChanges& changes)
{
    InputCheck check;
    QVariantMap row;
    if (changes.rent) {
        const auto rent =
            check.required<Money>(QStringLiteral("rent"), *changes.rent, &Money::parse);
        if (rent && (rent->paise() <= 0 || rent->paise() > Money::kMaxEverydayPaise))
            check.fail(QStringLiteral("rent"),
                       tr("is a monthly rent above 0 and at most 10,00,000"));
        else if (rent)
            row.insert(QStringLiteral("rent_paise"), rent->paise());
    }
    if (changes.deposit) {
        const auto deposit =
            check.required<Money>(QStringLiteral("deposit"), *changes.deposit, &Money::parse);
        if (deposit && (deposit->isNegative() || deposit->paise() > Money::kMaxEverydayPaise))
            check.fail(QStringLiteral("deposit"), tr("is from 0 to 10,00,000"));
        else if (deposit)
            row.insert(QStringLiteral("deposit_paise"), deposit->paise());
    }
    // The status checks guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto existing = find(id.trimmed());
    if (!existing)
        return existing.error();
    if (!existing.value()) {
        check.fail(QStringLiteral("bed"), tr("no bed with id '%1'").arg(id));
        return store::StoreError::invalid(check.errors());
    }
    const Bed& before = *existing.value();
    if (changes.maintenance) {
        const bool inMaintenance = before.status == QLatin1String("maintenance");
        if (*changes.maintenance && !inMaintenance) {
            if (before.status == QLatin1String("vacant"))
                row.insert(QStringLiteral("status"), QStringLiteral("maintenance"));
            else
                check.fail(QStringLiteral("status"),
                           tr("bed %1 is %2: only a vacant bed goes under maintenance (check "
                              "the resident out or transfer them first)")
                               .arg(before.label, before.status));
        } else if (!*changes.maintenance && inMaintenance) {
            row.insert(QStringLiteral("status"), QStringLiteral("vacant"));
        }
    }
    if (!check.ok())
        return store::StoreError::invalid(check.errors());
    if (auto written = store::RecordWriter(m_store).update(QStringLiteral("bed"), before.id, row);
        !written)
        return written.error();
    auto updated = find(before.id);
    if (!updated)
        return updated.error();
    if (!updated.value())
        return store::StoreError{store::StoreError::Code::Database,
                                 tr("The bed %1 was not there after the change").arg(before.id)};
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return *updated.value();
}

} // namespace rentflow
