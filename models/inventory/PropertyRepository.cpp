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
const QString kColumns = QStringLiteral(
    "id, name, kind, city, state_code, address, pincode, house_rules, utility_split");
const QVariant kNullText{QMetaType::fromType<QString>()};

Property fromQuery(const QSqlQuery& q)
{
    return Property{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString(), q.value(7).toString(), q.value(8).toString()};
}

QString tr(const char* text)
{
    return QCoreApplication::translate("Property", text);
}

// The columns `changes` asks for, each checked; refused fields go to `check`. An empty
// optional field is cleared (NULL); a required one is refused.
QVariantMap changedColumns(const PropertyChanges& changes, InputCheck& check)
{
    QVariantMap row;
    const auto text = [&](const std::optional<QString>& value, const char* field,
                          const char* column, int maxLength, bool isRequired) {
        if (!value)
            return;
        const QString typed = check.text(QString::fromLatin1(field), *value, maxLength, isRequired);
        row.insert(QString::fromLatin1(column), typed.isEmpty() ? kNullText : QVariant(typed));
    };
    text(changes.name, "name", "name", 200, true);
    text(changes.city, "city", "city", 100, true);
    text(changes.address, "address", "address", 500, false);
    text(changes.houseRules, "house-rules", "house_rules", PropertyRepository::kMaxHouseRulesLength,
         false);
    if (changes.pincode) {
        if (hasBidiControl(*changes.pincode))
            check.fail(QStringLiteral("pincode"), bidiControlMessage());
        else if (changes.pincode->trimmed().isEmpty())
            row.insert(QStringLiteral("pincode"), kNullText);
        else if (const auto pin = check.optional<Pincode>(QStringLiteral("pincode"),
                                                          *changes.pincode, &Pincode::parse))
            row.insert(QStringLiteral("pincode"), pin->value());
    }
    if (changes.stateCode) {
        if (hasBidiControl(*changes.stateCode))
            check.fail(QStringLiteral("state-code"), bidiControlMessage());
        else if (const auto state = check.required<StateCode>(
                     QStringLiteral("state-code"), *changes.stateCode, &StateCode::parse))
            row.insert(QStringLiteral("state_code"), state->twoDigits());
    }
    if (changes.utilitySplit) {
        const QString split = changes.utilitySplit->trimmed();
        if (split == QLatin1String("days") || split == QLatin1String("head"))
            row.insert(QStringLiteral("utility_split"), split);
        else
            check.fail(QStringLiteral("utility-split"),
                       tr("is days (shared by the days each resident stayed) or head (shared "
                          "equally by the residents of the month)"));
    }
    return row;
}

// Whether any invoice (issued or cancelled) was written for the property.
StoreResult<bool> hasInvoices(store::Store& store, const QString& propertyId)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT 1 FROM invoice WHERE property_id = ? LIMIT 1"));
    q.addBindValue(propertyId);
    return store::checkedFirstRow(store, q, QStringLiteral("Reading the property's invoices"));
}

// A new property's fields, checked (errors into `check`).
struct CheckedProperty
{
    QString name;
    QString city;
    std::optional<StateCode> state;
    QString address;
    std::optional<Pincode> pincode;
};

CheckedProperty checkProperty(const PropertyInput& input, InputCheck& check)
{
    CheckedProperty checked;
    checked.name = check.text(QStringLiteral("name"), input.name, 200, true);
    checked.city = check.text(QStringLiteral("city"), input.city, 100, true);
    checked.state =
        check.required<StateCode>(QStringLiteral("state-code"), input.stateCode, &StateCode::parse);
    checked.address = check.text(QStringLiteral("address"), input.address, 500, false);
    checked.pincode =
        check.optional<Pincode>(QStringLiteral("pincode"), input.pincode, &Pincode::parse);
    static const QStringList kinds = {QStringLiteral("pg"), QStringLiteral("hostel"),
                                      QStringLiteral("coliving"), QStringLiteral("apartment")};
    check.require(
        kinds.contains(input.kind), QStringLiteral("type"),
        QCoreApplication::translate("Property", "is one of pg, hostel, coliving, apartment"));
    return checked;
}

} // namespace

store::StoreStatus PropertyRepository::validate(const PropertyInput& input)
{
    InputCheck check;
    checkProperty(input, check);
    if (!check.ok())
        return StoreError::invalid(check.errors());
    return store::Done{};
}

StoreResult<QString> PropertyRepository::add(const PropertyInput& input)
{
    InputCheck check;
    const CheckedProperty checked = checkProperty(input, check);
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
                    {QStringLiteral("name"), checked.name},
                    {QStringLiteral("kind"), input.kind},
                    {QStringLiteral("city"), checked.city},
                    {QStringLiteral("state_code"), checked.state->twoDigits()}};
    if (!checked.address.isEmpty())
        row.insert(QStringLiteral("address"), checked.address);
    if (checked.pincode)
        row.insert(QStringLiteral("pincode"), checked.pincode->value());
    return store::RecordWriter(m_store).insertAsUnit(QStringLiteral("property"), row);
}

StoreResult<Property> PropertyRepository::update(const QString& id, const PropertyChanges& changes)
{
    // The invoice check guards the write, so both happen in one transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    InputCheck check;
    const auto existing = find(id.trimmed());
    if (!existing)
        return existing.error();
    if (!existing.value())
        check.fail(QStringLiteral("id"), tr("no property with id '%1'").arg(id));
    const QVariantMap row = changedColumns(changes, check);
    if (!check.ok())
        return StoreError::invalid(check.errors());
    const Property& before = *existing.value();
    const QString newState = row.value(QStringLiteral("state_code"), before.stateCode).toString();
    if (newState != before.stateCode) {
        const auto invoiced = hasInvoices(m_store, before.id);
        if (!invoiced)
            return invoiced.error();
        if (invoiced.value())
            return StoreError::invalid(
                {{QStringLiteral("state-code"),
                  tr("cannot change from %1 to %2: the property has invoices issued with "
                     "place of supply %1 under that state's GST registration; a property does "
                     "not move (add the other state's property with `property add`)")
                      .arg(before.stateCode, newState)}});
    }
    if (auto written =
            store::RecordWriter(m_store).update(QStringLiteral("property"), before.id, row);
        !written)
        return written.error();
    auto updated = find(before.id);
    if (!updated)
        return updated.error();
    if (!updated.value())
        return StoreError{StoreError::Code::Database,
                          tr("The property %1 was not there after the change").arg(before.id)};
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return *updated.value();
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
