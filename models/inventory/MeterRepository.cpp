#include "MeterRepository.h"

#include "domain/InputCheck.h"
#include "domain/Money.h"
#include "domain/Quantity.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

store::StoreResult<QString> MeterRepository::addElectricity(const QString& propertyId,
                                                            const QString& roomId)
{
    QVariantMap row{{QStringLiteral("property_id"), propertyId},
                    {QStringLiteral("kind"), QStringLiteral("electricity")}};
    if (!roomId.isEmpty())
        row.insert(QStringLiteral("room_id"), roomId);
    return store::RecordWriter(m_store).insertAsUnit(QStringLiteral("meter"), row);
}

namespace {

std::optional<Money> tariffAmount(InputCheck& check, const QString& field, const QString& text)
{
    const auto amount = check.optional<Money>(field, text, &Money::parse);
    if (amount)
        check.require(!amount->isNegative() && amount->paise() <= Money::fromRupees(100000).paise(),
                      field,
                      QCoreApplication::translate("MeterRepository", "is from 0 to 1,00,000"));
    return amount;
}

} // namespace

store::StoreStatus MeterRepository::setTariff(const TariffInput& input)
{
    InputCheck check;
    const QString meterId = input.meterId.trimmed();
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    QSqlQuery& found =
        m_store.prepared(QStringLiteral("SELECT 1 FROM meter WHERE id = ? AND deleted = 0"));
    found.addBindValue(meterId);
    const auto meterFound =
        store::checkedFirstRow(m_store, found, QStringLiteral("Reading the meter"));
    if (!meterFound)
        return meterFound.error();
    check.require(
        meterFound.value(), QStringLiteral("meter"),
        QCoreApplication::translate("MeterRepository", "no meter with id '%1'").arg(input.meterId));
    found.finish();
    const auto rate = tariffAmount(check, QStringLiteral("rate"), input.unitRate);
    const auto fixed = tariffAmount(check, QStringLiteral("fixed"), input.fixedCharge);
    struct Slab
    {
        std::optional<qint64> upto;
        Money rate;
    };
    QList<Slab> slabs;
    for (const QString& text : input.slabs) {
        const QString upto = text.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString field = QStringLiteral("slab");
        const auto slabRate = tariffAmount(check, field, text.section(QLatin1Char(':'), 1));
        if (!text.contains(QLatin1Char(':')) || !slabRate) {
            check.require(false, field,
                          QCoreApplication::translate("MeterRepository",
                                                      "'%1' is not UNITS:RATE, e.g. 100:6.50")
                              .arg(text));
            continue;
        }
        if (upto == QLatin1String("*")) {
            slabs.append({std::nullopt, *slabRate});
            continue;
        }
        const auto units = Quantity::parse(upto);
        const bool rising =
            units && units->hundredths() > 0 &&
            (slabs.isEmpty() || (slabs.last().upto && units->hundredths() > *slabs.last().upto));
        check.require(rising, field,
                      QCoreApplication::translate("MeterRepository",
                                                  "'%1': slab limits rise, and '*' comes last")
                          .arg(text));
        if (rising)
            slabs.append({units->hundredths(), *slabRate});
    }
    check.require(rate.has_value() || !slabs.isEmpty(), QStringLiteral("rate"),
                  QCoreApplication::translate("MeterRepository", "is required, or give slabs"));
    if (!check.ok())
        return store::StoreError::invalid(check.errors());

    store::RecordWriter writer(m_store);
    if (auto updated = writer.update(
            QStringLiteral("meter"), meterId,
            {{QStringLiteral("unit_rate_paise"), rate.value_or(Money()).paise()},
             {QStringLiteral("fixed_charge_paise"), fixed.value_or(Money()).paise()}});
        !updated)
        return updated;
    QSqlQuery old(m_store.database());
    old.prepare(QStringLiteral("SELECT id FROM meter_slab WHERE meter_id = ? AND deleted = 0"));
    old.addBindValue(meterId);
    if (!old.exec())
        return m_store.error(QStringLiteral("Reading the meter's slabs"), old);
    QStringList oldSlabs;
    while (old.next())
        oldSlabs << old.value(0).toString();
    for (const QString& id : std::as_const(oldSlabs))
        if (auto removed = writer.remove(QStringLiteral("meter_slab"), id); !removed)
            return removed;
    for (const Slab& slab : std::as_const(slabs)) {
        QVariantMap row{{QStringLiteral("meter_id"), meterId},
                        {QStringLiteral("rate_paise"), slab.rate.paise()}};
        if (slab.upto)
            row.insert(QStringLiteral("upto_units"), *slab.upto);
        if (auto added = writer.insert(QStringLiteral("meter_slab"), row); !added)
            return added.error();
    }
    return tx.commit();
}

} // namespace rentflow
