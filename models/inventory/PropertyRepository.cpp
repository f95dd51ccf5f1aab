#include "PropertyRepository.h"

#include "domain/InputCheck.h"
#include "domain/Pincode.h"
#include "domain/StateCode.h"
#include "organisation/OrganisationRepository.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {
const QString kColumns = QStringLiteral("id, name, kind, city, state_code, address, pincode");

Property fromQuery(const QSqlQuery& q)
{
    return Property{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString()};
}
} // namespace

StoreResult<QString> PropertyRepository::add(const PropertyInput& input)
{
    InputCheck check;
    const QString name = check.text(QStringLiteral("name"), input.name, 200, true);
    const QString city = check.text(QStringLiteral("city"), input.city, 100, true);
    const auto state =
        check.required<StateCode>(QStringLiteral("state-code"), input.stateCode, &StateCode::parse);
    const QString address = check.text(QStringLiteral("address"), input.address, 500, false);
    const auto pincode =
        check.optional<Pincode>(QStringLiteral("pincode"), input.pincode, &Pincode::parse);
    static const QStringList kinds = {QStringLiteral("pg"), QStringLiteral("hostel"),
                                      QStringLiteral("coliving"), QStringLiteral("apartment")};
    check.require(
        kinds.contains(input.kind), QStringLiteral("type"),
        QCoreApplication::translate("Property", "is one of pg, hostel, coliving, apartment"));
    if (!check.ok())
        return StoreError::invalid(check.errors());
    const auto orgRead = OrganisationRepository(m_store).current();
    if (!orgRead)
        return orgRead.error();
    const auto& org = orgRead.value();
    if (!org)
        return StoreError{StoreError::Code::InvalidInput,
                          QCoreApplication::translate("Property", "Set up the organisation first")};

    QVariantMap row{{QStringLiteral("organisation_id"), org->id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("kind"), input.kind},
                    {QStringLiteral("city"), city},
                    {QStringLiteral("state_code"), state->twoDigits()}};
    if (!address.isEmpty())
        row.insert(QStringLiteral("address"), address);
    if (pincode)
        row.insert(QStringLiteral("pincode"), pincode->value());
    return store::RecordWriter(m_store).insertAsUnit(QStringLiteral("property"), row);
}

StoreResult<std::optional<Property>> PropertyRepository::find(const QString& id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT %1 FROM property WHERE id = ? AND deleted = 0").arg(kColumns));
    q.addBindValue(id);
    const auto found = store::checkedFirstRow(m_store, q, QStringLiteral("Reading the property"));
    if (!found)
        return found.error();
    return found.value() ? std::optional(fromQuery(q)) : std::nullopt;
}

StoreResult<QList<Property>> PropertyRepository::list() const
{
    QList<Property> properties;
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (auto read = store::checkedExec(
            m_store, q,
            QStringLiteral("SELECT %1 FROM property WHERE deleted = 0 ORDER BY name").arg(kColumns),
            QStringLiteral("Listing the properties"));
        !read)
        return read.error();
    while (q.next())
        properties.append(fromQuery(q));
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Listing the properties")); !read)
        return read.error();
    return properties;
}

} // namespace rentflow
