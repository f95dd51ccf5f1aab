#pragma once

#include <support/SamplePg.h>

#include <integration/CtlInProcess.h>

#include <QDate>
#include <QVariantMap>

namespace rentflow::test {

// A PG to print invoices from: SamplePg (Sunrise PG, property Koramangala in
// Karnataka, room 101), registered for GST with a UPI ID unless told otherwise.
// Invoices are issued on the billed month's first day; numbers are KORA/2627/NNNN
// (property KOR, PC A, financial year 2026-27).
struct InvoicePg : SamplePg
{
    static OrganisationInput registeredWithUpi();
    explicit InvoicePg(const OrganisationInput& organisation = registeredWithUpi());

    // Changes resident `resident`'s row (gstin, language, name…) as a later edit would.
    void setResident(int resident, const QVariantMap& changes);
    // A one-off charge on resident `resident`, dated `date`.
    void charge(int resident, const QString& amount, const QString& description, QDate date);
    // A payment towards dues on `date`.
    void pay(int resident, const QString& amount, QDate date);
    // The id of the invoice `number`.
    QString invoiceId(const QString& number);

    // `rentflowctl pdf invoice --id ID --out FILE extra…` in-process.
    CtlRun pdf(const QString& id, const QString& file, const QStringList& extra = {});
    // A path for an output file in the test's temporary folder.
    QString out(const QString& name) const { return files.scratch(name); }
};

} // namespace rentflow::test
