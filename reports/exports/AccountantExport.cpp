#include "AccountantExport.h"

#include "AccountantCsv.h"
#include "Gstr1Files.h"
#include "TallyXml.h"

#include <exports/Gstr1Summary.h>
#include <exports/InvoiceRegister.h>
#include <exports/ReadingRegister.h>
#include <exports/ResidentRegister.h>
#include <exports/SupplyRegister.h>
#include <organisation/OrganisationRepository.h>
#include <payments/PaymentList.h>
#include <store/Store.h>

namespace rentflow::reports {

namespace {

MadeExport csvMade(const CsvTable& csv)
{
    return {csv.toBytes(), csv.rows()};
}

store::StoreResult<Organisation> organisation(store::Store& s)
{
    auto org = OrganisationRepository(s).current();
    if (!org)
        return org.error();
    if (!org.value())
        return store::StoreError{store::StoreError::Code::Database,
                                 QStringLiteral("the workspace has no organisation")};
    return *org.value();
}

store::StoreResult<MadeExport> make(store::Store& s, ExportKind kind, const ExportPeriod& p,
                                    const QString& suffix)
{
    switch (kind) {
    case ExportKind::Invoices: {
        auto register_ = InvoiceRegister::read(s, p);
        if (!register_)
            return register_.error();
        return csvMade(invoicesCsv(register_.value()));
    }
    case ExportKind::Payments: {
        auto payments = PaymentList(s).list({QString(), p.from, p.to});
        if (!payments)
            return payments.error();
        return csvMade(paymentsCsv(payments.value()));
    }
    case ExportKind::Residents: {
        auto residents = ResidentRegister(s).stayedIn(p);
        if (!residents)
            return residents.error();
        return csvMade(residentsCsv(residents.value()));
    }
    case ExportKind::Readings: {
        auto readings = ReadingRegister(s).readings(p);
        if (!readings)
            return readings.error();
        return csvMade(readingsCsv(readings.value()));
    }
    case ExportKind::Gstr1: {
        auto org = organisation(s);
        if (!org)
            return org.error();
        if (org.value().gstin.isEmpty())
            return store::StoreError::invalid(
                {{QStringLiteral("month"),
                  QStringLiteral("there is no GSTR-1 to file: the organisation has no "
                                 "GSTIN (set it with `rentflowctl org set --gstin GSTIN`)")}});
        auto issued = SupplyRegister(s).issuedIn(p);
        if (!issued)
            return issued.error();
        const Gstr1 gstr1 =
            summariseGstr1(issued.value(), org.value().gstin, BillingPeriod::containing(p.from));
        return MadeExport{suffix == u"json" ? gstr1Json(gstr1) : gstr1Csv(gstr1).toBytes(), 0};
    }
    case ExportKind::Tally: {
        auto org = organisation(s);
        if (!org)
            return org.error();
        auto issued = SupplyRegister(s).issuedIn(p);
        if (!issued)
            return issued.error();
        auto payments = PaymentList(s).list({QString(), p.from, p.to});
        if (!payments)
            return payments.error();
        auto vouchers = tallyVouchers(issued.value(), payments.value());
        if (!vouchers)
            return vouchers.error();
        return MadeExport{tallyXml(vouchers.value(), org.value().name), vouchers.value().size()};
    }
    }
    return store::StoreError{store::StoreError::Code::InvalidInput,
                             QStringLiteral("unknown export")};
}

} // namespace

QStringList exportSuffixes(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Gstr1:
        return {QStringLiteral("json"), QStringLiteral("csv")};
    case ExportKind::Tally:
        return {QStringLiteral("xml")};
    default:
        return {QStringLiteral("csv")};
    }
}

store::StoreResult<MadeExport> makeExport(store::Store& store, ExportKind kind,
                                          const ExportPeriod& period, const QString& suffix)
{
    // One snapshot: nothing is written, so the unit rolls back.
    store::Transaction snapshot(store);
    if (!snapshot.started())
        return snapshot.error();
    return make(store, kind, period, suffix);
}

} // namespace rentflow::reports
