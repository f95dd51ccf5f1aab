#include "OrganisationRepository.h"

#include "domain/Gstin.h"
#include "domain/InputCheck.h"
#include "domain/Pan.h"
#include "domain/StateCode.h"
#include "domain/UpiVpa.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"
#include "tax/TaxRuleRepository.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

StoreResult<QVariantMap> OrganisationRepository::validate(const OrganisationInput& input)
{
    InputCheck check;
    const QString name = check.text(QStringLiteral("org"), input.name, 200, true);
    const auto gstin = check.optional<Gstin>(QStringLiteral("gstin"), input.gstin, &Gstin::parse);
    const auto pan = check.optional<Pan>(QStringLiteral("pan"), input.pan, &Pan::parse);
    const auto state =
        check.optional<StateCode>(QStringLiteral("state-code"), input.stateCode, &StateCode::parse);
    const auto upi = check.optional<UpiVpa>(QStringLiteral("upi"), input.upiVpa, &UpiVpa::parse);
    const QString address = check.text(QStringLiteral("address"), input.address, 500, false);
    if (gstin && pan)
        check.require(gstin->pan() == pan->value(), QStringLiteral("gstin"),
                      QCoreApplication::translate("Organisation",
                                                  "the GSTIN does not contain the PAN given"));
    if (gstin && state)
        check.require(gstin->stateCode() == state->twoDigits(), QStringLiteral("state-code"),
                      QCoreApplication::translate("Organisation",
                                                  "the state code differs from the GSTIN's (%1)")
                          .arg(gstin->stateCode()));
    if (!check.ok())
        return StoreError::invalid(check.errors());

    QVariantMap row{{QStringLiteral("name"), name}};
    if (gstin)
        row.insert(QStringLiteral("gstin"), gstin->value());
    // A GSTIN carries the PAN and the state: fill them in when not typed.
    if (pan || gstin)
        row.insert(QStringLiteral("pan"), pan ? pan->value() : gstin->pan());
    if (state || gstin)
        row.insert(QStringLiteral("state_code"), state ? state->twoDigits() : gstin->stateCode());
    if (upi)
        row.insert(QStringLiteral("upi_vpa"), upi->value());
    if (!address.isEmpty())
        row.insert(QStringLiteral("address"), address);
    return row;
}

StoreResult<QString> OrganisationRepository::create(const OrganisationInput& input)
{
    auto row = validate(input);
    if (!row)
        return row.error();
    // The organisation comes with the shipped GST rule table, in the same unit of work; the
    // one-organisation check runs inside it.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto existing = current();
    if (!existing)
        return existing.error();
    if (existing.value())
        return StoreError{StoreError::Code::AlreadyExists,
                          QCoreApplication::translate(
                              "Organisation", "This workspace already has an organisation")};
    auto id = store::RecordWriter(m_store).insert(QStringLiteral("organisation"), row.value());
    if (!id)
        return id;
    if (auto seeded = TaxRuleRepository(m_store).seedDefaults(); !seeded)
        return seeded.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return id;
}

StoreResult<std::optional<Organisation>> OrganisationRepository::current() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, name, gstin, pan, state_code, address, upi_vpa, "
                       "show_full_aadhaar FROM organisation WHERE deleted = 0 ORDER BY created_at "
                       "LIMIT 1"));
    const auto found =
        store::checkedFirstRow(m_store, query, QStringLiteral("Reading the organisation"));
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Organisation>();
    Organisation org;
    org.id = query.value(0).toString();
    org.name = query.value(1).toString();
    org.gstin = query.value(2).toString();
    org.pan = query.value(3).toString();
    org.stateCode = query.value(4).toString();
    org.address = query.value(5).toString();
    org.upiVpa = query.value(6).toString();
    org.showFullAadhaar = query.value(7).toBool();
    return std::optional(org);
}

} // namespace rentflow
