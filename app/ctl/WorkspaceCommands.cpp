// rentflowctl init, backup, restore, check: the workspace as a whole.
#include "CtlCommand.h"
#include "CtlContext.h"

#include "TerminalProgress.h"

#include <billing/BooksCheck.h>
#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <store/WorkspaceBackup.h>

#include <QDir>
#include <QJsonArray>

namespace rentflow::app {

namespace {

int init(CtlContext& ctx, const QCommandLineParser& args)
{
    const OrganisationInput input{
        args.value(QStringLiteral("org")),     args.value(QStringLiteral("gstin")),
        args.value(QStringLiteral("pan")),     args.value(QStringLiteral("state-code")),
        args.value(QStringLiteral("address")), args.value(QStringLiteral("upi"))};
    // Every field is checked before anything is created on disk.
    if (auto valid = OrganisationRepository::validate(input); !valid)
        return ctx.fail(valid.error());
    auto keys = ctx.keys();
    if (!keys)
        return ctx.fail(keys.error());
    auto created = store::Workspace::create(ctx.workspaceDir(), keys.value(), CtlContext::actor());
    if (!created)
        return ctx.fail(created.error());
    auto orgId = OrganisationRepository(created.value()->store()).create(input);
    if (!orgId)
        return ctx.fail(orgId.error());
    const QString dir = QDir::toNativeSeparators(created.value()->directory());
    return ctx.done({{QStringLiteral("workspace"), dir}, {QStringLiteral("orgId"), orgId.value()}},
                    QStringLiteral("Created the encrypted workspace %1 for %2 (organisation %3).")
                        .arg(dir, input.name.trimmed(), orgId.value()));
}

int demo(CtlContext& ctx, const QCommandLineParser& args)
{
    DemoData::Options options;
    bool ok = true;
    options.beds = args.value(QStringLiteral("beds")).toInt(&ok);
    if (!ok)
        return ctx.badInput(QStringLiteral("beds"), QStringLiteral("is a whole number of beds"));
    if (args.isSet(QStringLiteral("months")) &&
        (options.months = args.value(QStringLiteral("months")).toInt(&ok), !ok))
        return ctx.badInput(QStringLiteral("months"),
                            QStringLiteral("is a whole number of months"));
    if (args.isSet(QStringLiteral("seed")) &&
        (options.seed = args.value(QStringLiteral("seed")).toUInt(&ok), !ok))
        return ctx.badInput(QStringLiteral("seed"), QStringLiteral("is a whole number"));
    options.progress = terminalProgress();
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto counts = DemoData(workspace.value()->store()).generate(options);
    if (!counts)
        return ctx.fail(counts.error());
    const DemoData::Counts& c = counts.value();
    return ctx.done(
        {{QStringLiteral("properties"), c.properties},
         {QStringLiteral("beds"), c.beds},
         {QStringLiteral("residents"), c.residents},
         {QStringLiteral("invoices"), c.invoices},
         {QStringLiteral("payments"), c.payments}},
        QStringLiteral("Demo data: %1 properties, %2 beds, %3 residents, %4 invoices, %5 payments.")
            .arg(c.properties)
            .arg(c.beds)
            .arg(c.residents)
            .arg(c.invoices)
            .arg(c.payments));
}

int backup(CtlContext& ctx, const QCommandLineParser& args)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.badInput(QStringLiteral("out"),
                            QStringLiteral("is required: the backup file to write"));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto file = store::WorkspaceBackup::create(*workspace.value(), out);
    if (!file)
        return ctx.fail(file.error());
    return ctx.done({{QStringLiteral("file"), file.value()}},
                    QStringLiteral("Wrote the encrypted backup %1.")
                        .arg(QDir::toNativeSeparators(file.value())));
}

int restore(CtlContext& ctx, const QCommandLineParser& args)
{
    const QString from = args.value(QStringLiteral("from"));
    if (from.isEmpty())
        return ctx.badInput(QStringLiteral("from"),
                            QStringLiteral("is required: the backup file to restore"));
    auto keys = ctx.keys();
    if (!keys)
        return ctx.fail(keys.error());
    auto outcome = store::WorkspaceBackup::restore(ctx.workspaceDir(), from, keys.value(),
                                                   args.isSet(QStringLiteral("force")));
    if (!outcome)
        return ctx.fail(outcome.error());
    QString text =
        QStringLiteral("Restored %1.").arg(QDir::toNativeSeparators(outcome.value().restoredFrom));
    if (!outcome.value().previousKeptAt.isEmpty())
        text += QStringLiteral(" The replaced data is kept at %1.")
                    .arg(QDir::toNativeSeparators(outcome.value().previousKeptAt));
    return ctx.done({{QStringLiteral("file"), outcome.value().restoredFrom},
                     {QStringLiteral("previousKeptAt"), outcome.value().previousKeptAt}},
                    text);
}

int check(CtlContext& ctx, const QCommandLineParser&)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const QStringList problems = BooksCheck::workspaceProblems(*workspace.value());
    ctx.done(
        {{QStringLiteral("ok"), problems.isEmpty()},
         {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}},
        problems.isEmpty()
            ? QStringLiteral("The workspace is sound: cipher, database and books checks passed.")
            : QStringLiteral("Problems found:\n  ") + problems.join(QStringLiteral("\n  ")));
    return problems.isEmpty() ? kExitDone : kExitFailed;
}

} // namespace

QList<CtlCommand> workspaceCommands()
{
    return {
        {{QStringLiteral("init")},
         QStringLiteral("Create an encrypted workspace and its organisation."),
         {valueOption("org", "The organisation's name (required).", "NAME"),
          valueOption("gstin", "GSTIN, if GST-registered.", "GSTIN"),
          valueOption("pan", "PAN.", "PAN"),
          valueOption("state-code", "GST state code, e.g. 29.", "NN"),
          valueOption("address", "Postal address.", "TEXT"),
          valueOption("upi", "UPI ID for payments.", "VPA")},
         init},
        {{QStringLiteral("demo")},
         QStringLiteral(
             "Fill the workspace with a realistic, deterministic PG for trying things out."),
         {valueOption("beds", "Number of beds, 1 to 100000 (required).", "N"),
          valueOption("months", "Months of history billed and paid (default 3).", "M"),
          valueOption("seed", "Random seed (default 1).", "S")},
         demo},
        {{QStringLiteral("backup")},
         QStringLiteral("Write an encrypted backup of the whole workspace."),
         {valueOption("out", "The backup file to write (must not exist).", "FILE")},
         backup},
        {{QStringLiteral("restore")},
         QStringLiteral(
             "Replace the workspace's data with a backup (the current data is kept aside)."),
         {valueOption("from", "The backup file.", "FILE"),
          QCommandLineOption(QStringLiteral("force"),
                             QStringLiteral("Restore even if the workspace has newer changes."))},
         restore},
        {{QStringLiteral("check")},
         QStringLiteral("Verify the file (every page decrypts, SQLite integrity, foreign keys) and "
                        "the books."),
         {},
         check},
    };
}

} // namespace rentflow::app
