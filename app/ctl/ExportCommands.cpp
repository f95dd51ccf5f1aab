// rentflowctl export invoices|payments|residents|readings|gstr1|tally: the accountant's
// files. What each is made of is reports/exports/AccountantExport (the desktop makes
// the same); here the options are checked and the file written whole.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <domain/IsoDate.h>
#include <exports/AccountantExport.h>
#include <exports/ExportFile.h>

#include <QFileInfo>

#include <variant>

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

// Checks the options, opens the workspace, makes the file and writes it whole.
int runExport(CtlContext& ctx, const QCommandLineParser& args, reports::ExportKind kind,
              const QString& countKey, const QString& noun)
{
    const auto period = readPeriod(args);
    if (const auto* refused = std::get_if<Refusal>(&period))
        return ctx.badInput(refused->field, refused->message);
    if (reports::exportNeedsMonth(kind) && std::get<ExportPeriod>(period).billingMonth.isEmpty())
        return ctx.badInput(kMonth, QStringLiteral("is required: the return is for a month"));
    if (const auto refused = checkOut(args, reports::exportSuffixes(kind)))
        return ctx.badInput(refused->field, refused->message);
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const QString path = args.value(kOut);
    const auto made =
        reports::makeExport(workspace.value()->store(), kind, std::get<ExportPeriod>(period),
                            QFileInfo(path).suffix().toLower());
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

int exportInvoices(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(ctx, args, reports::ExportKind::Invoices, QStringLiteral("rows"),
                     QStringLiteral("row(s)"));
}

int exportPayments(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(ctx, args, reports::ExportKind::Payments, QStringLiteral("rows"),
                     QStringLiteral("row(s)"));
}

int exportResidents(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(ctx, args, reports::ExportKind::Residents, QStringLiteral("rows"),
                     QStringLiteral("row(s)"));
}

int exportReadings(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(ctx, args, reports::ExportKind::Readings, QStringLiteral("rows"),
                     QStringLiteral("row(s)"));
}

int exportGstr1(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(ctx, args, reports::ExportKind::Gstr1, QString(), QString());
}

int exportTally(CtlContext& ctx, const QCommandLineParser& args)
{
    return runExport(ctx, args, reports::ExportKind::Tally, QStringLiteral("vouchers"),
                     QStringLiteral("voucher(s)"));
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
