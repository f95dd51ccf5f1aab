// rentflowctl init, backup, restore, check, recovery-key show: the workspace as a whole.
#include "CtlCommand.h"
#include "CtlContext.h"

#include "TerminalProgress.h"

#include <billing/BooksCheck.h>
#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <store/IntegrityCheck.h>
#include <store/WorkspaceBackup.h>
#include <store/keys/KeyMaterial.h>

#include <QDir>
#include <QJsonArray>

namespace rentflow::app {

namespace {

// A recovery key just made (at setup, or for an older workspace at its first backup) is
// shown once: the only way to open the backups on a PC whose keychain lacks the key.
void handOverNewRecoveryKey(store::Workspace& workspace, QJsonObject& result, QString& text,
                            const QString& intro)
{
    auto recovery = workspace.takeNewRecoveryKey();
    if (!recovery)
        return;
    result.insert(QStringLiteral("recoveryKey"), *recovery);
    text += intro + QStringLiteral("\n\nRecovery key: %1\nWrite it down and keep it apart from "
                                   "the backups: restoring one on another PC asks for it "
                                   "(rentflowctl restore --recovery-key-env VAR). 'rentflowctl "
                                   "recovery-key show' shows it again on this PC.")
                        .arg(*recovery);
    store::wipeKeyMaterial(*recovery);
}

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
    QJsonObject result{{QStringLiteral("workspace"), dir},
                       {QStringLiteral("orgId"), orgId.value()}};
    QString text = QStringLiteral("Created the encrypted workspace %1 for %2 (organisation %3).")
                       .arg(dir, input.name.trimmed(), orgId.value());
    handOverNewRecoveryKey(*created.value(), result, text, QStringLiteral("\n"));
    return ctx.done(result, text);
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
    QJsonObject result{{QStringLiteral("file"), file.value()}};
    QString text = QStringLiteral("Wrote the encrypted backup %1.")
                       .arg(QDir::toNativeSeparators(file.value()));
    // A workspace made before recovery keys gets one at its first backup.
    handOverNewRecoveryKey(*workspace.value(), result, text,
                           QStringLiteral(" This workspace had no recovery key; its backups are "
                                          "now encrypted with this one."));
    return ctx.done(result, text);
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
    if (args.isSet(QStringLiteral("recovery-key-env"))) {
        auto recovery = ctx.secretFromEnv(QStringLiteral("recovery-key-env"),
                                          args.value(QStringLiteral("recovery-key-env")));
        if (!recovery)
            return ctx.fail(recovery.error());
        keys.value().recoveryKey = recovery.take();
    }
    auto outcome = store::WorkspaceBackup::restore(ctx.workspaceDir(), from, keys.value(),
                                                   args.isSet(QStringLiteral("force")));
    if (keys.value().recoveryKey)
        store::wipeKeyMaterial(*keys.value().recoveryKey);
    if (!outcome)
        return ctx.fail(outcome.error());
    QString text =
        QStringLiteral("Restored %1.").arg(QDir::toNativeSeparators(outcome.value().restoredFrom));
    if (!outcome.value().previousKeptAt.isEmpty())
        text += QStringLiteral(" The replaced data is kept at %1.")
                    .arg(QDir::toNativeSeparators(outcome.value().previousKeptAt));
    return ctx.done(
        {{QStringLiteral("file"), outcome.value().restoredFrom},
         {QStringLiteral("workspace"), QDir::toNativeSeparators(outcome.value().workspace)},
         {QStringLiteral("previousKeptAt"), outcome.value().previousKeptAt}},
        text);
}

int showRecoveryKey(CtlContext& ctx, const QCommandLineParser&)
{
    // Only someone who can open the workspace sees its recovery key.
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto key = workspace.value()->recoveryKey();
    if (!key)
        return ctx.fail(key.error());
    const int code =
        ctx.done({{QStringLiteral("recoveryKey"), key.value()}},
                 QStringLiteral("Recovery key: %1\nRestoring a backup on another PC asks for it "
                                "(rentflowctl restore --recovery-key-env VAR).")
                     .arg(key.value()));
    store::wipeKeyMaterial(key.value());
    return code;
}

int check(CtlContext& ctx, const QCommandLineParser&)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    // A file that fails its integrity check is damaged (exit 3), like one that does not open.
    const QStringList damage = store::IntegrityCheck::problems(*workspace.value());
    if (!damage.isEmpty())
        return ctx.fail(store::StoreError{
            store::StoreError::Code::Damaged,
            QStringLiteral("The workspace file %1 is damaged: %2. Restore the latest backup "
                           "(rentflowctl restore --from FILE).")
                .arg(QDir::toNativeSeparators(workspace.value()->databasePath()),
                     damage.mid(0, 5).join(QStringLiteral("; ")))});
    const QStringList problems = BooksCheck::problems(workspace.value()->store());
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
         QStringLiteral("Replace the workspace's data with a backup, or create the workspace "
                        "from it in an empty folder (the current data is kept aside)."),
         {valueOption("from", "The backup file.", "FILE"),
          QCommandLineOption(QStringLiteral("force"),
                             QStringLiteral("Restore even if the workspace has newer changes, or "
                                            "the backup is another workspace's.")),
          valueOption("recovery-key-env",
                      "Read the recovery key (for a keychain workspace's backup on a PC whose "
                      "keychain lacks its key) from this environment variable.",
                      "VAR")},
         restore},
        {{QStringLiteral("recovery-key"), QStringLiteral("show")},
         QStringLiteral("Show the recovery key of a keychain workspace again (to write it down)."),
         {},
         showRecoveryKey},
        {{QStringLiteral("check")},
         QStringLiteral("Verify the file (every page decrypts, SQLite integrity, foreign keys) and "
                        "the books."),
         {},
         check},
    };
}

} // namespace rentflow::app
