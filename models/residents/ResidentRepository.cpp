#include "ResidentRepository.h"

#include "domain/Aadhaar.h"
#include "domain/Email.h"
#include "domain/IndianMobile.h"
#include "domain/InputCheck.h"
#include "domain/Pan.h"
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
    QStringLiteral("id, first_name, last_name, phone, email, pan, aadhaar_masked");

Resident fromQuery(const QSqlQuery& q)
{
    return Resident{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString()};
}

// Names in any script: letters and marks (Devanagari vowel signs are marks),
// spaces, and . ' - as in "K. S. D'Souza-Rao".
bool isNameText(const QString& name)
{
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c.isLetter() || c.isMark() || c == QLatin1Char(' ') || c == QLatin1Char('.') ||
               c == QLatin1Char('\'') || c == QLatin1Char('-');
    });
}

} // namespace

StoreResult<QString> ResidentRepository::add(const ResidentInput& input)
{
    InputCheck check;
    const QString name = input.fullName.simplified();
    check.text(QStringLiteral("name"), name, kMaxNameLength, true);
    if (!name.isEmpty())
        check.require(
            isNameText(name), QStringLiteral("name"),
            QCoreApplication::translate("Resident", "has only letters, spaces and . ' -"));
    const auto phone =
        check.required<IndianMobile>(QStringLiteral("phone"), input.phone, &IndianMobile::parse);
    const auto email = check.optional<Email>(QStringLiteral("email"), input.email, &Email::parse);
    const auto pan = check.optional<Pan>(QStringLiteral("pan"), input.pan, &Pan::parse);
    const auto aadhaar =
        check.optional<Aadhaar>(QStringLiteral("aadhaar"), input.aadhaar, &Aadhaar::parse);
    if (!check.ok())
        return StoreError::invalid(check.errors());
    const auto orgRead = OrganisationRepository(m_store).current();
    if (!orgRead)
        return orgRead.error();
    const auto& org = orgRead.value();
    if (!org)
        return StoreError{StoreError::Code::InvalidInput,
                          QCoreApplication::translate("Resident", "Set up the organisation first")};

    const qsizetype lastSpace = name.lastIndexOf(QLatin1Char(' '));
    QVariantMap row{
        {QStringLiteral("organisation_id"), org->id},
        {QStringLiteral("first_name"), lastSpace < 0 ? name : name.left(lastSpace)},
        {QStringLiteral("last_name"), lastSpace < 0 ? QString() : name.mid(lastSpace + 1)},
        {QStringLiteral("phone"), phone->e164()}};
    if (email)
        row.insert(QStringLiteral("email"), email->address());
    if (pan)
        row.insert(QStringLiteral("pan"), pan->value());
    if (aadhaar) {
        // SPEC §1.6: stored masked unless the operator chose to keep full numbers.
        row.insert(QStringLiteral("aadhaar_masked"), aadhaar->masked());
        if (org->showFullAadhaar)
            row.insert(QStringLiteral("aadhaar_full"), aadhaar->digits());
    }
    return store::RecordWriter(m_store).insertAsUnit(QStringLiteral("resident"), row);
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
