#include "MeterRepository.h"

#include "domain/InputCheck.h"
#include "domain/Money.h"
#include "domain/Quantity.h"
#include "store/CheckedRead.h"
#include "store/KnownId.h"
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

store::StoreResult<QString> MeterRepository::add(const QString& propertyId, const QString& roomId,
                                                 const TariffInput& tariff)
{
    // The checks guard the write: they run inside its transaction, which setTariff joins
    // (its refusal abandons the whole unit, meter included).
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    if (auto known = store::requireKnownId(m_store, QStringLiteral("property"),
                                           store::RecordKind::Property, propertyId.trimmed());
        !known)
        return known.error();
    if (!roomId.trimmed().isEmpty()) {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT 1 FROM room WHERE id = ? AND property_id = ? AND "
                                 "deleted = 0"));
        q.addBindValue(roomId.trimmed());
        q.addBindValue(propertyId.trimmed());
        const auto found = store::checkedFirstRow(m_store, q, QStringLiteral("Reading the room"));
        if (!found)
            return found.error();
        if (!found.value())
            return store::StoreError::invalid(
                {{QStringLiteral("room"),
                  QCoreApplication::translate("MeterRepository",
                                              "no room with id '%1' in this property")
                      .arg(roomId)}});
    }
    auto meterId = addElectricity(propertyId.trimmed(), roomId.trimmed());
    if (!meterId)
        return meterId.error();
    TariffInput withId = tariff;
    withId.meterId = meterId.value();
    if (auto priced = setTariff(withId); !priced)
        return priced.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return meterId.value();
}

store::StoreResult<MeterRepository::TariffInput>
MeterRepository::tariff(const QString& meterId) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT unit_rate_paise, fixed_charge_paise FROM meter WHERE id = ? "
                             "AND deleted = 0"));
    q.addBindValue(meterId.trimmed());
    const auto found = store::checkedFirstRow(m_store, q, QStringLiteral("Reading the meter"));
    if (!found)
        return found.error();
    if (!found.value())
        return store::StoreError::invalid(
            {{QStringLiteral("meter"),
              QCoreApplication::translate("MeterRepository", "no meter with id '%1'")
                  .arg(meterId)}});
    TariffInput input;
    input.meterId = meterId.trimmed();
    input.unitRate = Money::fromPaise(q.value(0).toLongLong()).toDecimalString();
    input.fixedCharge = Money::fromPaise(q.value(1).toLongLong()).toDecimalString();
    QSqlQuery slabs(m_store.database());
    slabs.setForwardOnly(true);
    slabs.prepare(QStringLiteral("SELECT upto_units, rate_paise FROM meter_slab WHERE meter_id "
                                 "= ? AND deleted = 0 ORDER BY upto_units IS NULL, upto_units"));
    slabs.addBindValue(input.meterId);
    if (auto read = store::checkedExec(m_store, slabs, QStringLiteral("Reading the meter's slabs"));
        !read)
        return read.error();
    while (slabs.next()) {
        const QString upto = slabs.value(0).isNull()
                                 ? QStringLiteral("*")
                                 : Quantity::fromHundredths(slabs.value(0).toLongLong()).toString();
        input.slabs << upto + QLatin1Char(':') +
                           Money::fromPaise(slabs.value(1).toLongLong()).toDecimalString();
    }
    if (auto read = store::checkedEnd(m_store, slabs, QStringLiteral("Reading the meter's slabs"));
        !read)
        return read.error();
    return input;
}

} // namespace rentflow
