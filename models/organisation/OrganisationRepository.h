#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace rentflow::store {
class Store;
}

namespace rentflow {

// What a user types to set up the organisation (SPEC §1.2); all text, unchecked.
struct OrganisationInput
{
    QString name;
    QString gstin;
    QString pan;
    QString stateCode;
    QString address;
    QString upiVpa;
};

// A change to the organisation (`org set`): only the fields given change; an empty
// value clears an optional field. All text, unchecked.
struct OrganisationChanges
{
    std::optional<QString> name;
    std::optional<QString> legalName;
    std::optional<QString> address;
    std::optional<QString> stateCode;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> gstin;
    std::optional<QString> pan;
    std::optional<QString> upiVpa;
    std::optional<QString> bankName;
    std::optional<QString> bankAccount;
    std::optional<QString> bankIfsc;
    std::optional<QString> invoiceTerms;
    std::optional<QString> signatoryName;
    std::optional<QByteArray> logo; // PNG or JPEG bytes; empty: remove the logo
};

// Every fact the organisation's documents print; empty text when not set.
struct Organisation
{
    QString id;
    QString name;
    QString gstin;
    QString pan;
    QString stateCode;
    QString address;
    QString upiVpa;
    bool showFullAadhaar = false;
    QString legalName; // the registered name, when it differs from the trade name
    QString phone;     // +91XXXXXXXXXX
    QString email;
    QString bankName;
    QString bankAccount; // digits
    QString bankIfsc;
    QString invoiceTerms;    // printed under every invoice; may hold line breaks
    QString signatoryName;   // the "Authorised signatory" under the signature line
    qsizetype logoBytes = 0; // the logo's size, 0 without one; the bytes: logo()
};

// The workspace's one organisation.
class OrganisationRepository
{
public:
    explicit OrganisationRepository(store::Store& store) : m_store(store) {}

    // Checks every field without touching the store: the row to write, or field errors.
    static store::StoreResult<QVariantMap> validate(const OrganisationInput& input);
    // Validates and creates it; refused if the workspace already has one.
    store::StoreResult<QString> create(const OrganisationInput& input);
    // The organisation, none before setup, or the error when it could not be read.
    store::StoreResult<std::optional<Organisation>> current() const;
    // Validates every field given and changes only those, audited, in one transaction;
    // nothing is written when any field is refused. A new GSTIN brings its PAN and state
    // unless they are given too. Issued invoices keep the GSTIN they were issued with.
    store::StoreResult<Organisation> update(const OrganisationChanges& changes);
    // The logo's PNG or JPEG bytes, empty when there is none.
    store::StoreResult<QByteArray> logo() const;

    static constexpr int kMaxTermsLength = 2000;

private:
    store::Store& m_store;
};

} // namespace rentflow
