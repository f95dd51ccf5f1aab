#include "ResidentRepository.h"

#include "ResidentFields.h"

#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "organisation/OrganisationRepository.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {

const QString kColumns =
    QStringLiteral("id, first_name, last_name, phone, email, pan, aadhaar_masked, language, gstin, "
                   "permanent_address, date_of_birth, gender, father_name, occupation, employer, "
                   "emergency_contact_name, emergency_contact_phone, coalesce(length(photo), 0), "
                   "coalesce(notes, ''), kyc_status, police_verification_status, "
                   "police_verified_on");

Resident fromQuery(const QSqlQuery& q)
{
    Resident r;
    r.id = q.value(0).toString();
    r.firstName = q.value(1).toString();
    r.lastName = q.value(2).toString();
    r.phone = q.value(3).toString();
    r.email = q.value(4).toString();
    r.pan = q.value(5).toString();
    r.aadhaarMasked = q.value(6).toString();
    r.language = q.value(7).toString();
    r.gstin = q.value(8).toString();
    r.permanentAddress = q.value(9).toString();
    r.dateOfBirth = storedDate(q.value(10));
    r.gender = q.value(11).toString();
    r.fatherName = q.value(12).toString();
    r.occupation = q.value(13).toString();
    r.employer = q.value(14).toString();
    r.emergencyName = q.value(15).toString();
    r.emergencyPhone = q.value(16).toString();
    r.photoBytes = q.value(17).toLongLong();
    r.notes = q.value(18).toString();
    r.kycStatus = q.value(19).toString();
    r.policeStatus = q.value(20).toString();
    r.policeVerifiedOn = storedDate(q.value(21));
    return r;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Resident", text);
}

} // namespace

ResidentChanges ResidentChanges::of(const ResidentInput& input)
{
    const auto given = [](const QString& text) {
        return text.trimmed().isEmpty() ? std::nullopt : std::optional(text);
    };
    ResidentChanges changes;
    changes.fullName = input.fullName; // required: checked even when empty
    changes.phone = input.phone;
    changes.email = given(input.email);
    changes.pan = given(input.pan);
    changes.aadhaar = given(input.aadhaar);
    changes.language = given(input.language);
    changes.gstin = given(input.gstin);
    changes.permanentAddress = given(input.permanentAddress);
    changes.dateOfBirth = given(input.dateOfBirth);
    changes.gender = given(input.gender);
    changes.fatherName = given(input.fatherName);
    changes.occupation = given(input.occupation);
    changes.employer = given(input.employer);
    changes.emergencyName = given(input.emergencyName);
    changes.emergencyPhone = given(input.emergencyPhone);
    if (!input.photo.isEmpty())
        changes.photo = input.photo;
    changes.notes = given(input.notes);
    return changes;
}

StoreResult<QString> ResidentRepository::add(const ResidentInput& input, QDate today)
{
    InputCheck check;
    // The organisation's Aadhaar choice is read before the checks so that every refused
    // field is reported at once; the field checks do not depend on anything written.
    const auto orgRead = OrganisationRepository(m_store).current();
    if (!orgRead)
        return orgRead.error();
    const auto& org = orgRead.value();
    QVariantMap row =
        residentColumns(ResidentChanges::of(input), check, org && org->showFullAadhaar, today);
    if (!check.ok())
        return StoreError::invalid(check.errors());
    if (!org)
        return StoreError{StoreError::Code::InvalidInput, tr("Set up the organisation first")};
    // A new row needs no NULLs: the columns' defaults are NULL.
    for (auto it = row.begin(); it != row.end();)
        it = it.value().isNull() ? row.erase(it) : std::next(it);
    row.insert(QStringLiteral("organisation_id"), org->id);
    return store::RecordWriter(m_store).insertAsUnit(QStringLiteral("resident"), row);
}

StoreResult<Resident> ResidentRepository::update(const QString& id, const ResidentChanges& changes,
                                                 QDate today)
{
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    InputCheck check;
    const auto orgRead = OrganisationRepository(m_store).current();
    if (!orgRead)
        return orgRead.error();
    const auto existing = required(id, check);
    if (!existing)
        return existing.error();
    const QVariantMap row =
        residentColumns(changes, check, orgRead.value() && orgRead.value()->showFullAadhaar, today);
    if (!check.ok())
        return StoreError::invalid(check.errors());
    const QString residentId = existing.value()->id;
    if (auto written =
            store::RecordWriter(m_store).update(QStringLiteral("resident"), residentId, row);
        !written)
        return written.error();
    auto updated = find(residentId);
    if (!updated)
        return updated.error();
    if (!updated.value())
        return StoreError{StoreError::Code::Database,
                          tr("The resident %1 was not there after the change").arg(residentId)};
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return *updated.value();
}

StoreResult<std::optional<Resident>> ResidentRepository::find(const QString& id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM resident WHERE id = ? AND deleted = 0").arg(kColumns));
    q.addBindValue(id);
    const auto found = store::checkedFirstRow(m_store, q, QStringLiteral("Reading the resident"));
    if (!found)
        return found.error();
    return found.value() ? std::optional(fromQuery(q)) : std::nullopt;
}

StoreResult<QByteArray> ResidentRepository::photo(const QString& id) const
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT photo FROM resident WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    const auto found =
        store::checkedFirstRow(m_store, q, QStringLiteral("Reading the resident's photo"));
    if (!found)
        return found.error();
    if (!found.value())
        return StoreError::invalid(
            {{QStringLiteral("resident"), tr("no resident with id '%1'").arg(id)}});
    return q.value(0).toByteArray();
}

StoreResult<QList<Resident>> ResidentRepository::list() const
{
    QList<Resident> residents;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (auto read = store::checkedExec(
            m_store, q,
            QStringLiteral(
                "SELECT %1 FROM resident WHERE deleted = 0 ORDER BY first_name, last_name")
                .arg(kColumns),
            QStringLiteral("Listing the residents"));
        !read)
        return read.error();
    while (q.next())
        residents.append(fromQuery(q));
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing the residents")); !read)
        return read.error();
    return residents;
}

store::StoreResult<std::optional<Resident>> ResidentRepository::required(const QString& id,
                                                                         InputCheck& check) const
{
    auto resident = find(id.trimmed());
    if (resident)
        check.require(
            resident.value().has_value(), QStringLiteral("resident"),
            QCoreApplication::translate("ResidentRepository", "no resident with id '%1'").arg(id));
    return resident;
}

} // namespace rentflow
