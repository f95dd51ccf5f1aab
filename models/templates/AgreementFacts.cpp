#include "AgreementFacts.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

namespace {

QString textAt(const QSqlQuery& q, int column)
{
    return q.value(column).toString().trimmed();
}

store::StoreStatus readParties(store::Store& store, const QString& id, AgreementFacts& facts)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT a.language, a.start_date, a.end_date, a.signed_on, a.rent_paise, "
        "a.deposit_paise, a.rent_due_day, a.late_fee_kind, a.late_fee_value, "
        "a.late_fee_grace_days, a.notice_days, a.lock_in_months, "
        "coalesce(nullif(trim(g.legal_name), ''), g.name), g.address, g.pan, g.logo, "
        "r.id, trim(r.first_name || ' ' || r.last_name), r.permanent_address, r.phone, "
        "r.aadhaar_masked, r.pan, r.language, r.photo, g.signatory_name, r.father_name, "
        "p.name, p.address, p.pincode, p.city, p.state_code, p.house_rules, p.utility_split "
        "FROM agreement a JOIN resident r ON r.id = a.resident_id "
        "JOIN organisation g ON g.id = r.organisation_id "
        "JOIN property p ON p.id = a.property_id WHERE a.id = ? AND a.deleted = 0"));
    q.addBindValue(id);
    const auto found = store::checkedFirstRow(store, q, QStringLiteral("Reading the agreement"));
    if (!found)
        return found.error();
    if (!found.value())
        return store::StoreError{store::StoreError::Code::Database,
                                 QStringLiteral("The agreement %1 has no resident, organisation "
                                                "or property on file")
                                     .arg(id)};
    facts.language = textAt(q, 0);
    facts.start = storedDate(q.value(1));
    facts.end = storedDate(q.value(2));
    facts.signedOn = storedDate(q.value(3));
    facts.rent = Money::fromPaise(q.value(4).toLongLong());
    facts.deposit = Money::fromPaise(q.value(5).toLongLong());
    facts.dueDay = q.value(6).toInt();
    facts.lateFeeKind = textAt(q, 7);
    facts.lateFeeValue = q.value(8).toLongLong();
    facts.lateFeeGraceDays = q.value(9).toInt();
    facts.noticeDays = q.value(10).toInt();
    facts.lockInMonths = q.value(11).toInt();
    facts.licensorName = textAt(q, 12);
    facts.licensorAddress = textAt(q, 13);
    facts.licensorPan = textAt(q, 14);
    facts.logo = q.value(15).toByteArray();
    facts.residentId = textAt(q, 16);
    facts.licenseeName = textAt(q, 17);
    facts.licenseeAddress = textAt(q, 18);
    facts.licenseePhone = textAt(q, 19);
    facts.licenseeAadhaarMasked = textAt(q, 20);
    facts.licenseePan = textAt(q, 21);
    facts.residentLanguage = textAt(q, 22);
    facts.photo = q.value(23).toByteArray();
    facts.licensorSignatory = textAt(q, 24);
    facts.licenseeFatherName = textAt(q, 25);
    facts.propertyName = textAt(q, 26);
    facts.propertyAddress = textAt(q, 27);
    facts.propertyPincode = textAt(q, 28);
    facts.propertyCity = textAt(q, 29);
    facts.propertyStateCode = textAt(q, 30);
    facts.houseRules = q.value(31).toString();
    facts.splitPerHead = textAt(q, 32) == QLatin1String("head");
    return store::Done{};
}

// The bed the stay began on, its room and how many beds the room has; the meter
// that measures that room (its own, else the property's common-area meter).
store::StoreResult<QString> readBed(store::Store& store, const QString& id, AgreementFacts& facts)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT b.label, rm.number, rm.id, (SELECT count(*) FROM bed x WHERE x.room_id = rm.id "
        "AND x.deleted = 0) FROM occupancy o JOIN bed b ON b.id = o.bed_id "
        "JOIN room rm ON rm.id = b.room_id WHERE o.agreement_id = ? AND o.deleted = 0 "
        "ORDER BY o.from_date, o.created_at LIMIT 1"));
    q.addBindValue(id);
    const auto found =
        store::checkedFirstRow(store, q, QStringLiteral("Reading the agreement's bed"));
    if (!found)
        return found.error();
    if (!found.value())
        return QString();
    facts.bedLabel = textAt(q, 0);
    facts.roomNumber = textAt(q, 1);
    facts.roomBeds = q.value(3).toInt();
    return textAt(q, 2);
}

// The recurring charges that began with the stay (agreed at check-in), in the order made.
store::StoreStatus readCharges(store::Store& store, const QString& id, AgreementFacts& facts)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT c.kind, c.description, c.amount_paise FROM agreement_charge c JOIN agreement a "
        "ON a.id = c.agreement_id WHERE c.agreement_id = ? AND c.deleted = 0 AND c.from_date <= "
        "a.start_date ORDER BY c.created_at, c.id"));
    q.addBindValue(id);
    const QString what = QStringLiteral("Reading the agreement's monthly charges");
    if (auto run = store::checkedExec(store, q, what); !run)
        return run.error();
    while (q.next())
        facts.charges.append(
            {textAt(q, 0), textAt(q, 1), Money::fromPaise(q.value(2).toLongLong())});
    return store::checkedEnd(store, q, what);
}

store::StoreStatus readMeter(store::Store& store, const QString& id, const QString& roomId,
                             AgreementFacts& facts)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral(
        "SELECT m.id, m.room_id IS NULL, m.unit_rate_paise, m.fixed_charge_paise FROM meter m "
        "JOIN agreement a ON a.property_id = m.property_id WHERE a.id = ? AND m.deleted = 0 "
        "AND m.active = 1 AND m.kind = 'electricity' AND (m.room_id = ? OR m.room_id IS NULL) "
        "ORDER BY m.room_id IS NULL, m.created_at LIMIT 1"));
    q.addBindValue(id);
    q.addBindValue(roomId);
    const auto found = store::checkedFirstRow(store, q, QStringLiteral("Reading the meter"));
    if (!found)
        return found.error();
    if (!found.value())
        return store::Done{};
    const QString meterId = textAt(q, 0);
    AgreementFacts::Meter meter;
    meter.commonArea = q.value(1).toBool();
    meter.tariff.unitRate = Money::fromPaise(q.value(2).toLongLong());
    meter.tariff.fixedCharge = Money::fromPaise(q.value(3).toLongLong());
    QSqlQuery slabs(store.database());
    slabs.prepare(QStringLiteral("SELECT upto_units, rate_paise FROM meter_slab WHERE meter_id = "
                                 "? AND deleted = 0 ORDER BY upto_units IS NULL, upto_units"));
    slabs.addBindValue(meterId);
    const QString what = QStringLiteral("Reading the meter's slabs");
    if (auto run = store::checkedExec(store, slabs, what); !run)
        return run.error();
    while (slabs.next()) {
        TariffSlab slab;
        if (!slabs.value(0).isNull())
            slab.uptoHundredths = slabs.value(0).toLongLong();
        slab.ratePerUnit = Money::fromPaise(slabs.value(1).toLongLong());
        meter.tariff.slabs.append(slab);
    }
    if (auto end = store::checkedEnd(store, slabs, what); !end)
        return end.error();
    facts.meter = meter;
    return store::Done{};
}

// A resident's id stands for the resident's latest agreement (the stay that began last):
// agreement ids are printed only at check-in. Empty when `id` is no such resident's.
store::StoreResult<QString> latestAgreementOf(store::Store& store, const QString& id)
{
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("SELECT a.id FROM agreement a JOIN resident r ON r.id = "
                       "a.resident_id AND r.deleted = 0 WHERE a.resident_id = ? AND "
                       "a.deleted = 0 ORDER BY a.start_date DESC, a.created_at DESC LIMIT 1"));
    q.addBindValue(id);
    const auto found =
        store::checkedFirstRow(store, q, QStringLiteral("Reading the resident's agreement"));
    if (!found)
        return found.error();
    return found.value() ? textAt(q, 0) : QString();
}

} // namespace

std::optional<int> AgreementFacts::termMonths() const
{
    if (!start.isValid() || !end.isValid() || end < start)
        return std::nullopt;
    const QDate after = end.addDays(1);
    int months = 0;
    while (start.addMonths(months + 1) <= after)
        ++months;
    if (months == 0 || start.addMonths(months) != after)
        return std::nullopt;
    return months;
}

store::StoreResult<AgreementFacts> AgreementFacts::load(store::Store& store, const QString& field,
                                                        const QString& agreementId)
{
    auto latest = latestAgreementOf(store, agreementId.trimmed());
    if (!latest)
        return latest.error();
    const QString id = latest.value().isEmpty() ? agreementId.trimmed() : latest.value();
    if (auto known = store::requireKnownId(store, field, store::RecordKind::Agreement, id); !known)
        return known.error();
    AgreementFacts facts;
    facts.agreementId = id;
    if (auto parties = readParties(store, id, facts); !parties)
        return parties.error();
    auto roomId = readBed(store, id, facts);
    if (!roomId)
        return roomId.error();
    if (auto meter = readMeter(store, id, roomId.value(), facts); !meter)
        return meter.error();
    if (auto charges = readCharges(store, id, facts); !charges)
        return charges.error();
    return facts;
}

} // namespace rentflow
