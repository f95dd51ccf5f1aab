#include "OrganisationRepository.h"

#include "ImageFile.h"

#include "domain/Email.h"
#include "domain/Gstin.h"
#include "domain/Ifsc.h"
#include "domain/IndianMobile.h"
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
    query.prepare(QStringLiteral(
        "SELECT id, name, gstin, pan, state_code, address, upi_vpa, show_full_aadhaar, "
        "legal_name, phone, email, bank_name, bank_account, bank_ifsc, invoice_terms, "
        "signatory_name, coalesce(length(logo), 0) FROM organisation WHERE deleted = 0 "
        "ORDER BY created_at LIMIT 1"));
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
    org.legalName = query.value(8).toString();
    org.phone = query.value(9).toString();
    org.email = query.value(10).toString();
    org.bankName = query.value(11).toString();
    org.bankAccount = query.value(12).toString();
    org.bankIfsc = query.value(13).toString();
    org.invoiceTerms = query.value(14).toString();
    org.signatoryName = query.value(15).toString();
    org.logoBytes = query.value(16).toLongLong();
    return std::optional(org);
}

StoreResult<QByteArray> OrganisationRepository::logo() const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT logo FROM organisation WHERE deleted = 0 "
                                 "ORDER BY created_at LIMIT 1"));
    const auto found =
        store::checkedFirstRow(m_store, query, QStringLiteral("Reading the organisation's logo"));
    if (!found)
        return found.error();
    return found.value() ? query.value(0).toByteArray() : QByteArray();
}

namespace {

const QVariant kNullText{QMetaType::fromType<QString>()};

// A bank account number as Indian banks issue them: 9 to 18 digits (spaces allowed
// when typed, dropped when kept).
Parsed<QString> parseBankAccount(QStringView text)
{
    QString digits = text.toString();
    digits.remove(QLatin1Char(' '));
    const bool allDigits = std::all_of(digits.begin(), digits.end(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!allDigits || digits.size() < 9 || digits.size() > 18)
        return Parsed<QString>::fail(QCoreApplication::translate(
            "Organisation", "is a bank account number: 9 to 18 digits"));
    return Parsed<QString>::ok(digits);
}

// The columns `changes` asks for, each checked; refused fields go to `check`.
class ChangeReader
{
public:
    explicit ChangeReader(InputCheck& check) : m_check(check) {}

    // Plain text: empty clears it (unless required).
    void text(const std::optional<QString>& value, const QString& field, const QString& column,
              int maxLength, bool isRequired = false)
    {
        if (!value)
            return;
        const QString typed = m_check.text(field, *value, maxLength, isRequired);
        m_row.insert(column, typed.isEmpty() ? kNullText : QVariant(typed));
    }
    // A domain value (Gstin, Pan, …): empty clears it. Returns the value when one was given.
    template <typename T, typename Parser, typename Text>
    std::optional<T> parsed(const std::optional<QString>& value, const QString& field,
                            const QString& column, Parser parse, Text textOf)
    {
        if (!value)
            return std::nullopt;
        if (hasBidiControl(*value)) {
            m_check.fail(field, bidiControlMessage());
            return std::nullopt;
        }
        const auto result = m_check.optional<T>(field, *value, parse);
        if (result)
            m_row.insert(column, textOf(*result));
        else if (value->trimmed().isEmpty())
            m_row.insert(column, kNullText);
        return result;
    }

    QVariantMap& row() { return m_row; }

private:
    InputCheck& m_check;
    QVariantMap m_row;
};

} // namespace

StoreResult<Organisation> OrganisationRepository::update(const OrganisationChanges& changes)
{
    InputCheck check;
    ChangeReader read(check);
    read.text(changes.name, QStringLiteral("name"), QStringLiteral("name"), 200, true);
    read.text(changes.legalName, QStringLiteral("legal-name"), QStringLiteral("legal_name"), 200);
    read.text(changes.address, QStringLiteral("address"), QStringLiteral("address"), 500);
    read.text(changes.bankName, QStringLiteral("bank-name"), QStringLiteral("bank_name"), 100);
    read.text(changes.invoiceTerms, QStringLiteral("terms"), QStringLiteral("invoice_terms"),
              kMaxTermsLength);
    read.text(changes.signatoryName, QStringLiteral("signatory"), QStringLiteral("signatory_name"),
              100);
    const auto gstin =
        read.parsed<Gstin>(changes.gstin, QStringLiteral("gstin"), QStringLiteral("gstin"),
                           &Gstin::parse, [](const Gstin& g) { return g.value(); });
    read.parsed<Pan>(changes.pan, QStringLiteral("pan"), QStringLiteral("pan"), &Pan::parse,
                     [](const Pan& p) { return p.value(); });
    read.parsed<StateCode>(changes.stateCode, QStringLiteral("state-code"),
                           QStringLiteral("state_code"), &StateCode::parse,
                           [](const StateCode& c) { return c.twoDigits(); });
    read.parsed<IndianMobile>(changes.phone, QStringLiteral("phone"), QStringLiteral("phone"),
                              &IndianMobile::parse, [](const IndianMobile& m) { return m.e164(); });
    read.parsed<Email>(changes.email, QStringLiteral("email"), QStringLiteral("email"),
                       &Email::parse, [](const Email& e) { return e.address(); });
    read.parsed<UpiVpa>(changes.upiVpa, QStringLiteral("upi"), QStringLiteral("upi_vpa"),
                        &UpiVpa::parse, [](const UpiVpa& u) { return u.value(); });
    read.parsed<QString>(changes.bankAccount, QStringLiteral("bank-account"),
                         QStringLiteral("bank_account"), &parseBankAccount,
                         [](const QString& digits) { return digits; });
    read.parsed<Ifsc>(changes.bankIfsc, QStringLiteral("ifsc"), QStringLiteral("bank_ifsc"),
                      &Ifsc::parse, [](const Ifsc& i) { return i.value(); });
    if (changes.logo) {
        if (changes.logo->isEmpty()) {
            read.row().insert(QStringLiteral("logo"), QVariant(QMetaType::fromType<QByteArray>()));
        } else if (const auto image = ImageFile::parse(*changes.logo, ImageFile::kMaxLogoBytes);
                   !image) {
            check.fail(QStringLiteral("logo"), image.error());
        } else {
            read.row().insert(QStringLiteral("logo"), image->bytes());
        }
    }
    if (!check.ok())
        return StoreError::invalid(check.errors());

    // The GSTIN, PAN and state must agree as they will be after the change, so the
    // check reads the organisation inside the transaction that writes it.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto existing = current();
    if (!existing)
        return existing.error();
    if (!existing.value())
        return StoreError{
            StoreError::Code::InvalidInput,
            QCoreApplication::translate("Organisation", "Set up the organisation first (init)")};
    const Organisation& org = *existing.value();
    QVariantMap& row = read.row();
    // A new GSTIN carries its PAN and state: they follow it unless given too.
    if (gstin && !changes.pan)
        row.insert(QStringLiteral("pan"), gstin->pan());
    if (gstin && !changes.stateCode)
        row.insert(QStringLiteral("state_code"), gstin->stateCode());
    const auto after = [&](const char* column, const QString& now) {
        const QString key = QString::fromLatin1(column);
        return row.contains(key) ? row.value(key).toString() : now;
    };
    const QString newGstin = after("gstin", org.gstin);
    const QString newPan = after("pan", org.pan);
    const QString newState = after("state_code", org.stateCode);
    if (!newGstin.isEmpty() && !newPan.isEmpty() && newGstin.mid(2, 10) != newPan)
        check.fail(
            changes.pan && !gstin ? QStringLiteral("pan") : QStringLiteral("gstin"),
            QCoreApplication::translate("Organisation", "the GSTIN %1 does not contain the PAN %2")
                .arg(newGstin, newPan));
    if (!newGstin.isEmpty() && !newState.isEmpty() && newGstin.left(2) != newState)
        check.fail(changes.stateCode && !gstin ? QStringLiteral("state-code")
                                               : QStringLiteral("gstin"),
                   QCoreApplication::translate("Organisation",
                                               "the state code %1 differs from the GSTIN's (%2)")
                       .arg(newState, newGstin.left(2)));
    if (!check.ok())
        return StoreError::invalid(check.errors());
    if (auto written =
            store::RecordWriter(m_store).update(QStringLiteral("organisation"), org.id, row);
        !written)
        return written.error();
    auto updated = current();
    if (!updated)
        return updated.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return *updated.value();
}

} // namespace rentflow
