#include "PdfProbe.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRectF>
#include <QTemporaryDir>

#include <poppler-qt6.h>

#include <memory>

namespace rentflow::test {

namespace {

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

Ran run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    Ran ran;
    if (!process.waitForFinished(60000)) {
        ran.err = program + QStringLiteral(" did not run: ") + process.errorString();
        return ran;
    }
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError());
    return ran;
}

} // namespace

QStringList PdfProbe::pageTexts(const QString& pdf)
{
    QStringList pages;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdf);
    if (!document || document->isLocked())
        return pages;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        pages.append(page ? page->text(QRectF()) : QString());
    }
    return pages;
}

QString PdfProbe::text(const QString& pdf)
{
    return pageTexts(pdf).join(QLatin1Char('\n'));
}

int PdfProbe::pageCount(const QString& pdf)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdf);
    return document ? document->numPages() : -1;
}

QString PdfProbe::qpdfProblems(const QString& pdf)
{
    const Ran ran = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    if (ran.exitCode == 0)
        return {};
    return QStringLiteral("qpdf exit %1: %2 %3").arg(ran.exitCode).arg(ran.out, ran.err);
}

QStringList PdfProbe::fonts(const QString& pdf)
{
    const Ran ran = run(QStringLiteral("pdffonts"), {pdf});
    QStringList fonts;
    if (ran.exitCode != 0)
        return fonts;
    // name  type…  encoding  emb sub uni object ID: the columns from the right.
    const QStringList lines = ran.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList columns = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() < 7)
            continue;
        const QString embedded = columns[columns.size() - 5];
        fonts.append(columns.first() + QStringLiteral(" emb=") + embedded);
    }
    return fonts;
}

bool PdfProbe::allFontsEmbedded(const QString& pdf)
{
    const QStringList all = fonts(pdf);
    if (all.isEmpty())
        return false;
    for (const QString& font : all)
        if (!font.endsWith(QLatin1String(" emb=yes")))
            return false;
    return true;
}

QStringList PdfProbe::qrCodes(const QString& pdf, int page)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("page"));
    const QString image = png(pdf, page, 300, base);
    if (image.isEmpty())
        return {};
    const Ran ran =
        run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"), image});
    QStringList codes = ran.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return codes;
}

QString PdfProbe::png(const QString& pdf, int page, int dpi, const QString& outBase)
{
    const Ran ran = run(QStringLiteral("pdftoppm"),
                        {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                         QString::number(page), QStringLiteral("-singlefile"), pdf, outBase});
    const QString file = outBase + QStringLiteral(".png");
    return ran.exitCode == 0 && QFileInfo::exists(file) ? file : QString();
}

} // namespace rentflow::test
