#include "TenantVerification.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/KnownId.h"
#include "store/Store.h"
#include "store/StoredValues.h"

#include <QSqlQuery>
#include <QStringList>

namespace rentflow {

namespace {

store::StoreStatus readResident(store::Store& store, TenantVerification& v)
{
    const QString what = QStringLiteral("Reading resident %1").arg(v.residentId);
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT trim(r.first_name || ' ' || r.last_name), r.date_of_birth, r.gender, r.phone, "
        "r.email, r.permanent_address, r.occupation, r.employer, r.aadhaar_masked, r.pan, "
        "r.emergency_contact_name, r.emergency_contact_phone, r.photo, r.language, r.father_name "
        "FROM resident r WHERE r.id = ? AND r.deleted = 0"));
    q.addBindValue(v.residentId);
    auto found = store::checkedFirstRow(store, q, what);
    if (!found)
        return found.error();
    if (!found.value())
        return store::StoreError{store::StoreError::Code::Database,
                                 what + QStringLiteral(": no row")};
    v.fullName = q.value(0).toString();
    v.dateOfBirth = storedDate(q.value(1));
    v.gender = q.value(2).toString();
    v.phone = q.value(3).toString();
    v.email = q.value(4).toString();
    v.permanentAddress = q.value(5).toString();
    v.occupation = q.value(6).toString();
    v.employer = q.value(7).toString();
    v.aadhaarMasked = q.value(8).toString();
    v.pan = q.value(9).toString();
    v.emergencyName = q.value(10).toString();
    v.emergencyPhone = q.value(11).toString();
    v.photo = q.value(12).toByteArray();
    v.language = q.value(13).toString();
    v.fatherName = q.value(14).toString();
    return store::Done{};
}

// The current stay (active or under notice), else the latest; its last bed.
store::StoreStatus readStay(store::Store& store, TenantVerification& v)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT p.name, p.address, p.city, p.pincode, a.start_date, (SELECT rm.number || '/' || "
        "b.label FROM occupancy o JOIN bed b ON b.id = o.bed_id JOIN room rm ON rm.id = "
        "b.room_id WHERE o.agreement_id = a.id AND o.deleted = 0 ORDER BY o.from_date DESC "
        "LIMIT 1) FROM agreement a JOIN property p ON p.id = a.property_id WHERE a.resident_id "
        "= ? AND a.deleted = 0 AND a.status <> 'cancelled' ORDER BY CASE WHEN a.status IN "
        "('active', 'notice') THEN 0 ELSE 1 END, a.start_date DESC LIMIT 1"));
    q.addBindValue(v.residentId);
    auto found = store::checkedFirstRow(store, q, QStringLiteral("Reading the resident's stay"));
    if (!found)
        return found.error();
    if (!found.value())
        return store::Done{};
    v.propertyName = q.value(0).toString();
    v.propertyAddress =
        store::joinedParts({q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    v.city = q.value(2).toString();
    v.occupiedFrom = storedDate(q.value(4));
    v.bed = q.value(5).toString();
    return store::Done{};
}

} // namespace

int TenantVerification::ageOn(QDate day) const
{
    if (!dateOfBirth.isValid() || dateOfBirth > day)
        return -1;
    int years = day.year() - dateOfBirth.year();
    if (day.month() < dateOfBirth.month() ||
        (day.month() == dateOfBirth.month() && day.day() < dateOfBirth.day()))
        --years;
    return years;
}

store::StoreResult<TenantVerification>
TenantVerification::of(store::Store& store, const QString& residentId, const QString& field)
{
    if (auto known = store::requireKnownId(store, field, store::RecordKind::Resident, residentId);
        !known)
        return known.error();
    TenantVerification v;
    v.residentId = residentId;
    if (auto read = readResident(store, v); !read)
        return read.error();
    if (auto read = readStay(store, v); !read)
        return read.error();
    return v;
}

} // namespace rentflow
