// rentflowctl pdf …: every document as a PDF (reports/), and a month's invoices in a batch.
#include "CtlCommand.h"
#include "CtlContext.h"
#include "TerminalProgress.h"

#include <agreement/AgreementDocument.h>
#include <documents/DocumentRequest.h>
#include <documents/InvoiceBatch.h>

#include <QElapsedTimer>
#include <QJsonArray>

#include <atomic>
#include <csignal>

namespace rentflow::app {

namespace {

using WriteDocument =
    store::StoreResult<reports::WrittenDocument> (*)(const reports::DocumentRequest&);

// One `pdf KIND --id ID` document: its word, what --id names, and its writer.
struct PdfKind
{
    const char* word;
    const char* summary;
    const char* idHelp;
    WriteDocument write;
};

const PdfKind kKinds[] = {
    {"invoice",
     "Write an issued invoice (tax invoice, bill of supply or invoice-cum-bill of supply) as a "
     "PDF.",
     "The invoice's id.", reports::writeInvoicePdf},
    {"receipt", "Write a payment's rent receipt (for HRA claims) as a PDF.", "The payment's id.",
     reports::writeReceiptPdf},
    {"deposit-receipt", "Write a security deposit payment's receipt as a PDF.",
     "The deposit payment's id.", reports::writeDepositReceiptPdf},
    {"deposit-refund",
     "Write the deposit refund voucher of a check-out's settlement as a PDF, for the resident to "
     "sign.",
     "The settlement's id (checkout prints it).", reports::writeDepositRefundPdf},
    {"credit-note", "Write a credit note (Rule 53) against an issued invoice as a PDF.",
     "The credit note's id.", reports::writeCreditNotePdf},
    {"debit-note",
     "Write a debit note (Rule 53(1A): tax on a short stay's exempt months) as a PDF.",
     "The debit note's id.", reports::writeDebitNotePdf},
    {"agreement",
     "Write a resident's leave-and-licence agreement, from the agreement template in use "
     "(`template export|import`), with signature blocks for both parties and two witnesses.",
     "The agreement's id (checkin prints it), or a resident's id for the resident's latest "
     "agreement.",
     reports::writeAgreementPdf},
    {"settlement", "Write a deposit settlement statement (the check-out's figures) as a PDF.",
     "The settlement's id.", reports::writeSettlementPdf},
    {"police-form", "Write a tenant-verification form for the police, filled from the profile.",
     "The resident's id.", reports::writePoliceFormPdf},
};

// What every pdf command starts with: --lang and --a5 read, the options it needs
// present, the workspace open. On a mistake `exitCode` is the answer already given.
struct PdfStart
{
    std::optional<reports::Lang> lang;
    reports::PageSetup setup;
    std::unique_ptr<store::Workspace> workspace;
    int exitCode = 0;

    store::Store& store() { return workspace->store(); }
};

// `required`: each option the command needs, with what to say when it is missing.
PdfStart startPdf(CtlContext& ctx, const QCommandLineParser& args,
                  std::initializer_list<std::pair<const char*, const char*>> required)
{
    PdfStart start;
    if (args.isSet(QStringLiteral("lang"))) {
        start.lang = reports::parseLang(args.value(QStringLiteral("lang")));
        if (!start.lang) {
            start.exitCode = ctx.badInput(QStringLiteral("lang"),
                                          QStringLiteral("'%1' is not a document language: use "
                                                         "en (English) or hi (Hindi)")
                                              .arg(args.value(QStringLiteral("lang"))));
            return start;
        }
    }
    start.setup.paper = args.isSet(QStringLiteral("a5")) ? reports::Paper::A5 : reports::Paper::A4;
    for (const auto& [option, missing] : required)
        if (!args.isSet(QString::fromLatin1(option))) {
            start.exitCode = ctx.badInput(QString::fromLatin1(option), QString::fromUtf8(missing));
            return start;
        }
    auto workspace = ctx.openWorkspace();
    if (!workspace) {
        start.exitCode = ctx.fail(workspace.error());
        return start;
    }
    start.workspace = workspace.take();
    return start;
}

// The reply to a command that wrote one PDF: its file and page count, or the error.
int replyWritten(CtlContext& ctx, const store::StoreResult<reports::WrittenDocument>& written)
{
    if (!written)
        return ctx.fail(written.error());
    return ctx.done({{QStringLiteral("file"), written.value().file},
                     {QStringLiteral("pages"), written.value().pages}},
                    QStringLiteral("Wrote %1 (%2 page(s)).")
                        .arg(written.value().file)
                        .arg(written.value().pages));
}

int writeOne(const PdfKind& kind, CtlContext& ctx, const QCommandLineParser& args)
{
    PdfStart start =
        startPdf(ctx, args, {{"id", "is required"}, {"out", "is required: the PDF file to write"}});
    if (!start.workspace)
        return start.exitCode;
    return replyWritten(ctx,
                        kind.write({start.store(), args.value(QStringLiteral("id")), start.lang,
                                    start.setup, args.value(QStringLiteral("out"))}));
}

int writeStatement(CtlContext& ctx, const QCommandLineParser& args)
{
    PdfStart start = startPdf(
        ctx, args, {{"resident", "is required"}, {"out", "is required: the PDF file to write"}});
    if (!start.workspace)
        return start.exitCode;
    return replyWritten(ctx,
                        reports::writeStatementPdf(
                            {start.store(), args.value(QStringLiteral("resident")),
                             args.value(QStringLiteral("from")), args.value(QStringLiteral("to")),
                             start.lang, start.setup, args.value(QStringLiteral("out"))}));
}

// Ctrl+C during a batch finishes the file being written, then stops.
std::atomic<bool> g_interrupted{false};

class StopOnInterrupt
{
public:
    StopOnInterrupt()
    {
        g_interrupted = false;
        m_previous = std::signal(SIGINT, [](int) { g_interrupted = true; });
        m_previousTerm = std::signal(SIGTERM, [](int) { g_interrupted = true; });
    }
    ~StopOnInterrupt()
    {
        std::signal(SIGINT, m_previous);
        std::signal(SIGTERM, m_previousTerm);
    }
    StopOnInterrupt(const StopOnInterrupt&) = delete;
    StopOnInterrupt& operator=(const StopOnInterrupt&) = delete;

private:
    void (*m_previous)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
};

int writeMonth(CtlContext& ctx, const QCommandLineParser& args)
{
    PdfStart start = startPdf(ctx, args,
                              {{"month", "is required (YYYY-MM)"},
                               {"out", "is required: a folder, or a file with --single"}});
    if (!start.workspace)
        return start.exitCode;
    StopOnInterrupt stop;
    QElapsedTimer clock;
    clock.start();
    auto progress = terminalProgress();
    auto batch = reports::writeInvoiceBatch(
        {start.store(), args.value(QStringLiteral("month")), args.value(QStringLiteral("out")),
         args.isSet(QStringLiteral("single")), start.setup, start.lang, [&](int done, int total) {
             progress(QStringLiteral("Writing invoices"), done, total);
             return !g_interrupted.load();
         }});
    if (!batch)
        return ctx.fail(batch.error());
    const auto& result = batch.value();
    const double seconds = clock.elapsed() / 1000.0;
    if (result.cancelled)
        return ctx.fail(store::StoreError{
            store::StoreError::Code::Io,
            args.isSet(QStringLiteral("single"))
                ? QStringLiteral("stopped after %1 invoice(s); the single PDF was not written")
                      .arg(result.invoices)
                : QStringLiteral("stopped after %1 invoice(s); the %2 file(s) written are whole")
                      .arg(result.invoices)
                      .arg(result.files.size())});
    QJsonArray files;
    for (const QString& file : result.files)
        files.append(file);
    return ctx.done({{QStringLiteral("files"), files},
                     {QStringLiteral("invoices"), result.invoices},
                     {QStringLiteral("pages"), result.pages},
                     {QStringLiteral("seconds"), seconds}},
                    QStringLiteral("Wrote %1 invoice(s) in %2 file(s), %3 page(s), in %4 s.")
                        .arg(result.invoices)
                        .arg(result.files.size())
                        .arg(result.pages)
                        .arg(seconds, 0, 'f', 1));
}

QList<QCommandLineOption> pageOptions()
{
    return {valueOption("lang", "en or hi (default: the resident's language).", "LANG"),
            QCommandLineOption(QStringLiteral("a5"), QStringLiteral("Print on A5 (default A4)."))};
}

} // namespace

QList<CtlCommand> pdfCommands()
{
    QList<CtlCommand> commands;
    for (const PdfKind& kind : kKinds) {
        QList<QCommandLineOption> options{valueOption("id", kind.idHelp, "ID"),
                                          valueOption("out", "The PDF file to write.", "FILE")};
        options << pageOptions();
        commands.append({{QStringLiteral("pdf"), QString::fromLatin1(kind.word)},
                         QString::fromLatin1(kind.summary),
                         options,
                         [&kind](CtlContext& ctx, const QCommandLineParser& args) {
                             return writeOne(kind, ctx, args);
                         }});
    }
    QList<QCommandLineOption> statement{
        valueOption("resident", "The resident's id.", "ID"),
        valueOption("from", "The first day of the period, YYYY-MM-DD.", "D"),
        valueOption("to", "The last day of the period, YYYY-MM-DD.", "D"),
        valueOption("out", "The PDF file to write.", "FILE")};
    statement << pageOptions();
    commands.append({{QStringLiteral("pdf"), QStringLiteral("statement")},
                     QStringLiteral("Write a resident's statement of account for a period (the "
                                    "ledger with its running balance) as a PDF."),
                     statement,
                     writeStatement});
    QList<QCommandLineOption> batch{
        valueOption("month", "The billing month, YYYY-MM.", "MONTH"),
        valueOption("out",
                    "The folder for one file per invoice (NUMBER_Resident-Name.pdf), or "
                    "with --single the file.",
                    "DIR|FILE"),
        QCommandLineOption(QStringLiteral("single"),
                           QStringLiteral("Write every invoice into one PDF, to print."))};
    batch << pageOptions();
    commands.append({{QStringLiteral("pdf"), QStringLiteral("invoices")},
                     QStringLiteral("Write every invoice of a month: one PDF each, or one PDF to "
                                    "print (Ctrl+C stops after the file being written)."),
                     batch,
                     writeMonth});
    return commands;
}

// Documents need fonts, which need a GUI application object (on no display).
bool commandNeedsFonts(const QStringList& words)
{
    return !words.isEmpty() && words.first() == QLatin1String("pdf");
}

} // namespace rentflow::app
