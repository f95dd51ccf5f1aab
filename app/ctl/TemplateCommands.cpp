// rentflowctl template export, import, reset.
#include "CtlCommand.h"
#include "CtlContext.h"

#include <templates/DocumentTemplates.h>
#include <templates/TemplatePlaceholders.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace rentflow::app {

namespace {

const QString kKind = QStringLiteral("kind");
const QString kLang = QStringLiteral("lang");
const QString kFile = QStringLiteral("file");

// --kind and --lang, checked before the workspace is opened; the exit code when refused.
int checkKindAndLanguage(CtlContext& ctx, const QCommandLineParser& args)
{
    auto valid = DocumentTemplates::checkKindAndLanguage(args.value(kKind), args.value(kLang));
    return valid ? 0 : ctx.fail(valid.error());
}

QString described(const QCommandLineParser& args)
{
    return QStringLiteral("%1 template (%2)").arg(args.value(kKind), args.value(kLang));
}

int exportTemplate(CtlContext& ctx, const QCommandLineParser& args)
{
    if (int refused = checkKindAndLanguage(ctx, args))
        return refused;
    const QString path = args.value(kFile);
    if (path.isEmpty())
        return ctx.badInput(kFile, QStringLiteral("is required: the file to write"));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto used =
        DocumentTemplates(workspace.value()->store()).inUse(args.value(kKind), args.value(kLang));
    if (!used)
        return ctx.fail(used.error());
    // Written beside its name and renamed into place: never half a template.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(used.value().body.toUtf8()) < 0 ||
        !file.commit())
        return ctx.badInput(kFile, QStringLiteral("cannot write %1: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    const bool own = used.value().fromWorkspace;
    return ctx.done(
        {{kFile, path},
         {QStringLiteral("source"), own ? QStringLiteral("workspace") : QStringLiteral("shipped")}},
        QStringLiteral("Wrote the %1 %2 to %3; edit it and bring it back with `template import`.")
            .arg(own ? QStringLiteral("workspace's") : QStringLiteral("shipped"), described(args),
                 QDir::toNativeSeparators(path)));
}

int importTemplate(CtlContext& ctx, const QCommandLineParser& args)
{
    if (int refused = checkKindAndLanguage(ctx, args))
        return refused;
    const QString path = args.value(kFile);
    if (path.isEmpty())
        return ctx.badInput(kFile, QStringLiteral("is required: the template file to import"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.badInput(kFile, QStringLiteral("cannot read %1: %2")
                                       .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.read(qint64(DocumentTemplates::kMaxChars) * 4 + 4);
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto imported = DocumentTemplates(workspace.value()->store())
                        .import(args.value(kKind), args.value(kLang), bytes);
    if (!imported)
        return ctx.fail(imported.error());
    return ctx.done({{kFile, path}},
                    QStringLiteral("Imported the %1 from %2; documents use it from now on.")
                        .arg(described(args), QDir::toNativeSeparators(path)));
}

int resetTemplate(CtlContext& ctx, const QCommandLineParser& args)
{
    if (int refused = checkKindAndLanguage(ctx, args))
        return refused;
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto reset =
        DocumentTemplates(workspace.value()->store()).reset(args.value(kKind), args.value(kLang));
    if (!reset)
        return ctx.fail(reset.error());
    return ctx.done({{QStringLiteral("reset"), reset.value()}},
                    reset.value()
                        ? QStringLiteral("The %1 is the shipped one again.").arg(described(args))
                        : QStringLiteral("The workspace had no %1 of its own; the shipped one "
                                         "is in use.")
                              .arg(described(args)));
}

int listPlaceholders(CtlContext& ctx, const QCommandLineParser& args)
{
    const QString kind = args.value(kKind);
    if (kind != QLatin1String("agreement"))
        return ctx.badInput(
            kKind, QStringLiteral("'%1' is not a template kind; the kind is: agreement").arg(kind));
    QJsonArray list;
    QStringList lines;
    for (const Placeholder& p : agreementPlaceholders()) {
        const QString name = QString::fromLatin1(p.name);
        const QString meaning = QString::fromUtf8(p.meaning);
        list.append(
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("meaning"), meaning}});
        lines << QStringLiteral("{{%1}}  %2").arg(name, meaning);
    }
    return ctx.done({{QStringLiteral("placeholders"), list}}, lines.join(QLatin1Char('\n')));
}

QList<QCommandLineOption> kindAndLanguage()
{
    return {valueOption("kind", "The template: agreement (required).", "KIND"),
            valueOption("lang", "Its language: en or hi (required).", "LANG")};
}

} // namespace

QList<CtlCommand> templateCommands()
{
    return {
        {{QStringLiteral("template"), QStringLiteral("export")},
         QStringLiteral("Write the template documents use (the workspace's own copy, else the "
                        "shipped one) to a file, to edit in a text editor."),
         kindAndLanguage() << valueOption("file", "The file to write (required).", "FILE"),
         exportTemplate},
        {{QStringLiteral("template"), QStringLiteral("import")},
         QStringLiteral("Keep an edited template in the workspace. Every {{placeholder}} is "
                        "checked first; a mistake is named with its line and nothing is kept."),
         kindAndLanguage() << valueOption("file", "The template file, UTF-8 (required).", "FILE"),
         importTemplate},
        {{QStringLiteral("template"), QStringLiteral("placeholders")},
         QStringLiteral("List the placeholders a template may use, and what each stands for."),
         {valueOption("kind", "The template: agreement (required).", "KIND")},
         listPlaceholders},
        {{QStringLiteral("template"), QStringLiteral("reset")},
         QStringLiteral("Go back to the shipped template (the workspace's copy is removed)."),
         kindAndLanguage(),
         resetTemplate},
    };
}

} // namespace rentflow::app
