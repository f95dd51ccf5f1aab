// rentflowctl export invoices|payments|residents|readings|gstr1|tally: the accountant's
// files. The numbers are model reads (models/exports, PaymentList); the formats are
// reports/exports; here the options are checked and the file written whole.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <domain/IsoDate.h>
#include <exports/AccountantCsv.h>
#include <exports/ExportFile.h>
#include <exports/Gstr1Files.h>
#include <exports/Gstr1Summary.h>
#include <exports/InvoiceRegister.h>
#include <exports/ReadingRegister.h>
#include <exports/ResidentRegister.h>
#include <exports/SupplyRegister.h>
#include <exports/TallyXml.h>
#include <organisation/OrganisationRepository.h>
#include <store/Store.h>

#include <QFileInfo>

#include <functional>

namespace rentflow::app {

namespace {

const QString kMonth = QStringLiteral("month");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kOut = QStringLiteral("out");

// A refused option: its name and why.
struct Refusal
{
    QString field;
    QString message;
};

// --month, or --from and --to; exactly one of the two ways.
std::variant<ExportPeriod, Refusal> readPeriod(const QCommandLineParser& args)
{
    const bool month = args.isSet(kMonth);
    const bool range = args.isSet(kFrom) || args.isSet(kTo);
    if (month && range)
        return Refusal{kMonth, QStringLiteral("give either --month or --from and --to, not both")};
    if (!month && !range)
        return Refusal{kMonth, QStringLiteral("is required (YYYY-MM), or --from and --to")};
    if (month) {
        const auto period = BillingPeriod::parse(args.value(kMonth));
        if (!period)
            return Refusal{kMonth, period.error()};
        return ExportPeriod::month(*period);
    }
    QDate days[2];
    for (int i = 0; i < 2; ++i) {
        const QString& field = i == 0 ? kFrom : kTo;
        if (!args.isSet(field))
            return Refusal{
                field,
                QStringLiteral("is required with --%1 (YYYY-MM-DD)").arg(i == 0 ? kTo : kFrom)};
        const auto day = parseIsoDate(args.value(field));
        if (!day)
            return Refusal{field, day.error()};
        days[i] = *day;
    }
    if (days[0] > days[1])
        return Refusal{kTo, QStringLiteral("is before --from")};
    return ExportPeriod::between(days[0], days[1]);
}

// --out: a file of one of `extensions` in a folder that can be written.
std::optional<Refusal> checkOut(const QCommandLineParser& args, const QStringList& extensions)
{
    const QString path = args.value(kOut);
    if (!args.isSet(kOut) || path.trimmed().isEmpty())
        return Refusal{kOut, QStringLiteral("is required: the file to write")};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!extensions.contains(suffix))
        return Refusal{
            kOut, QStringLiteral("must end in .%1").arg(extensions.join(QStringLiteral(" or .")))};
    if (const QString problem = reports::exportPathProblem(path); !problem.isEmpty())
        return Refusal{kOut, problem};
    return std::nullopt;
}

// What an export makes: the file's bytes and the number for the JSON answer.
struct Made
{
    QByteArray bytes;
    qint64 count = 0;
};
using Maker = std::function<store::StoreResult<Made>(store::Store&, const ExportPeriod&,
                                                     const QString& suffix)>;

// Checks the options, opens the workspace, makes the file and writes it whole.
int runExport(CtlContext& ctx, const QCommandLineParser& args, const QStringList& extensions,
              const QString& countKey, const QString& noun, const Maker& make,
              bool monthOnly = false)
{
    const auto period = readPeriod(args);
    if (const auto* refused = std::get_if<Refusal>(&period))
        return ctx.badInput(refused->field, refused->message);
    if (monthOnly && std::get<ExportPeriod>(period).billingMonth.isEmpty())
        return ctx.badInput(kMonth, QStringLiteral("is required: the return is for a month"));
    if (const auto refused = checkOut(args, extensions))
        return ctx.badInput(refused->field, refused->message);
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const QString path = args.value(kOut);
    store::StoreResult<Made> made = Made{};
    {
        // One snapshot: every read of the export sees the same books, even while another
        // program writes. Nothing is written; the unit rolls back.
        store::Transaction snapshot(workspace.value()->store());
        if (!snapshot.started())
            return ctx.fail(snapshot.error());
        made = make(workspace.value()->store(), std::get<ExportPeriod>(period),
                    QFileInfo(path).suffix().toLower());
    }
    if (!made)
        return ctx.fail(made.error());
    if (const QString problem = reports::writeExportFile(path, made.value().bytes);
        !problem.isEmpty())
        return ctx.fail({store::StoreError::Code::Io, problem});
    const QString file = QFileInfo(path).absoluteFilePath();
    QJsonObject result{{QStringLiteral("file"), file}};
    if (!countKey.isEmpty())
        result.insert(countKey, made.value().count);
    return ctx.done(
        result, noun.isEmpty()
                    ? QStringLiteral("Wrote %1.").arg(file)
                    : QStringLiteral("Wrote %1 %2 to %3.").arg(made.value().count).arg(noun, file));
}

Made csvMade(const reports::CsvTable& csv)
{
    return {csv.toBytes(), csv.rows()};
}

int exportInvoices(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(
        ctx, args, {QStringLiteral("csv")}, QStringLiteral("rows"), QStringLiteral("row(s)"),
        [](store::Store& s, const ExportPeriod& p, const QString&) -> store::StoreResult<Made> {
            auto register_ = InvoiceRegister::read(s, p);
            if (!register_)
                return register_.error();
            return csvMade(reports::invoicesCsv(register_.value()));
        });
}

int exportPayments(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(
        ctx, args, {QStringLiteral("csv")}, QStringLiteral("rows"), QStringLiteral("row(s)"),
        [](store::Store& s, const ExportPeriod& p, const QString&) -> store::StoreResult<Made> {
            auto payments = PaymentList(s).list({QString(), p.from, p.to});
            if (!payments)
                return payments.error();
            return csvMade(reports::paymentsCsv(payments.value()));
        });
}

int exportResidents(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(
        ctx, args, {QStringLiteral("csv")}, QStringLiteral("rows"), QStringLiteral("row(s)"),
        [](store::Store& s, const ExportPeriod& p, const QString&) -> store::StoreResult<Made> {
            auto residents = ResidentRegister(s).stayedIn(p);
            if (!residents)
                return residents.error();
            return csvMade(reports::residentsCsv(residents.value()));
        });
}

int exportReadings(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(
        ctx, args, {QStringLiteral("csv")}, QStringLiteral("rows"), QStringLiteral("row(s)"),
        [](store::Store& s, const ExportPeriod& p, const QString&) -> store::StoreResult<Made> {
            auto readings = ReadingRegister(s).readings(p);
            if (!readings)
                return readings.error();
            return csvMade(reports::readingsCsv(readings.value()));
        });
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

int exportGstr1(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(
        ctx, args, {QStringLiteral("json"), QStringLiteral("csv")}, QString(), QString(),
        [](store::Store& s, const ExportPeriod& p,
           const QString& suffix) -> store::StoreResult<Made> {
            auto org = organisation(s);
            if (!org)
                return org.error();
            if (org.value().gstin.isEmpty())
                return store::StoreError::invalid(
                    {{QStringLiteral("month"),
                      QStringLiteral("there is no GSTR-1 to file: the organisation has no "
                                     "GSTIN (init --gstin)")}});
            auto issued = SupplyRegister(s).issuedIn(p);
            if (!issued)
                return issued.error();
            const Gstr1 gstr1 = summariseGstr1(issued.value(), org.value().gstin,
                                               BillingPeriod::containing(p.from));
            return Made{suffix == u"json" ? reports::gstr1Json(gstr1)
                                          : reports::gstr1Csv(gstr1).toBytes(),
                        0};
        },
        true);
}

int exportTally(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(
        ctx, args, {QStringLiteral("xml")}, QStringLiteral("vouchers"),
        QStringLiteral("voucher(s)"),
        [](store::Store& s, const ExportPeriod& p, const QString&) -> store::StoreResult<Made> {
            auto org = organisation(s);
            if (!org)
                return org.error();
            auto issued = SupplyRegister(s).issuedIn(p);
            if (!issued)
                return issued.error();
            auto payments = PaymentList(s).list({QString(), p.from, p.to});
            if (!payments)
                return payments.error();
            auto vouchers = reports::tallyVouchers(issued.value(), payments.value());
            if (!vouchers)
                return vouchers.error();
            return Made{reports::tallyXml(vouchers.value(), org.value().name),
                        vouchers.value().size()};
        });
}

QList<QCommandLineOption> periodOptions(const char* outDescription)
{
    return {valueOption("month", "The month, YYYY-MM.", "YYYY-MM"),
            valueOption("from", "From this day, YYYY-MM-DD (with --to).", "D"),
            valueOption("to", "To this day, YYYY-MM-DD (with --from).", "D"),
            valueOption("out", outDescription, "FILE")};
}

} // namespace

QList<CtlCommand> exportCommands()
{
    const auto words = [](const char* what) {
        return QStringList{QStringLiteral("export"), QString::fromLatin1(what)};
    };
    return {
        {words("invoices"),
         QStringLiteral("CSV of invoices and their credit notes (--month: the billing month, "
                        "as invoice list; --from/--to: issue dates)."),
         periodOptions("The CSV file to write (required)."), exportInvoices},
        {words("payments"), QStringLiteral("CSV of payments received in the period."),
         periodOptions("The CSV file to write (required)."), exportPayments},
        {words("residents"),
         QStringLiteral("CSV of the residents who stayed in the period, with today's balance."),
         periodOptions("The CSV file to write (required)."), exportResidents},
        {words("readings"), QStringLiteral("CSV of the meter readings taken in the period."),
         periodOptions("The CSV file to write (required)."), exportReadings},
        {words("gstr1"),
         QStringLiteral("GSTR-1 for a month (B2B, B2C small, exempt, credit notes, SAC "
                        "summary, documents issued) as the GST offline tool's JSON or as CSV."),
         periodOptions("FILE.json or FILE.csv (required)."), exportGstr1},
        {words("tally"),
         QStringLiteral("TallyPrime vouchers: sales, credit notes and receipts of the period."),
         periodOptions("The XML file to write (required)."), exportTally},
    };
}

} // namespace rentflow::app
