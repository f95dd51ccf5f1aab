#include "InvoiceBatch.h"

#include "DocumentRequest.h"
#include "InvoiceDocument.h"
#include "Issuer.h"

#include <render/DocumentFile.h>
#include <render/DocumentFonts.h>
#include <render/PdfOutput.h>

#include <billing/IssuedInvoice.h>
#include <domain/BillingPeriod.h>

#include <QDir>
#include <QFileInfo>

namespace rentflow::reports {

namespace {

QString safePart(const QString& text)
{
    QString safe;
    for (const QChar c : text) {
        const bool keep =
            c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('.') || c == QLatin1Char('_');
        const QChar put = keep ? c : QLatin1Char('-');
        if (put == QLatin1Char('-') && safe.endsWith(QLatin1Char('-')))
            continue;
        safe.append(put);
    }
    while (safe.startsWith(QLatin1Char('-')) || safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    while (safe.endsWith(QLatin1Char('-')))
        safe.chop(1);
    return safe.left(80);
}

store::StoreStatus checkFolder(const QString& path)
{
    const QFileInfo info(path);
    const auto refuse = [](const QString& message) {
        return store::StoreError::invalid({{QStringLiteral("out"), message}});
    };
    if (path.isEmpty())
        return refuse(QStringLiteral("the output folder is required"));
    if (info.exists() && !info.isDir())
        return refuse(QStringLiteral("%1 is a file; give a folder, or add --single to write one "
                                     "PDF")
                          .arg(path));
    if (!info.exists()) {
        if (!QFileInfo(info.absolutePath()).isDir())
            return refuse(QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
        if (!QDir().mkdir(info.absoluteFilePath()))
            return refuse(QStringLiteral("cannot create the folder %1").arg(path));
    }
    if (!QFileInfo(info.absoluteFilePath()).isWritable())
        return refuse(QStringLiteral("cannot write in the folder %1").arg(path));
    return store::Done{};
}

} // namespace

QString invoiceFileName(const QString& number, const QString& residentName)
{
    const QString name = safePart(residentName); // empty for a name like ".."
    return safePart(number) + (name.isEmpty() ? QString() : QLatin1Char('_') + name) +
           QStringLiteral(".pdf");
}

store::StoreResult<InvoiceBatchResult> writeInvoiceBatch(const InvoiceBatchRequest& request)
{
    const auto period = BillingPeriod::parse(request.month);
    if (!period)
        return store::StoreError::invalid({{QStringLiteral("month"), period.error()}});
    auto ids = invoiceIdsOfMonth(request.store, period.value().toString());
    if (!ids)
        return ids.error();
    if (ids.value().isEmpty())
        return store::StoreError::invalid(
            {{QStringLiteral("month"), QStringLiteral("no invoices are for %1; nothing was written")
                                           .arg(period.value().toString())}});
    auto issuer = loadIssuer(request.store);
    if (!issuer)
        return issuer.error();
    auto fonts = DocumentFonts::load();
    if (!fonts)
        return fonts.error();
    // Every invoice read and checked before the first file: one the fonts cannot print
    // refuses the batch (naming it) with nothing written.
    QList<IssuedInvoice> invoices;
    for (const QString& id : ids.value()) {
        auto invoice = loadIssuedInvoice(request.store, id);
        if (!invoice)
            return invoice.error();
        if (const QString problem = InvoiceDocument::unprintable(fonts.value(), invoice.value());
            !problem.isEmpty())
            return store::StoreError::invalid({{QStringLiteral("month"), problem}});
        invoices.append(invoice.take());
    }
    std::unique_ptr<DocumentFile> single;
    if (request.single) {
        auto file = DocumentFile::open(request.out, QStringLiteral("out"));
        if (!file)
            return file.error();
        single = file.take();
    } else if (auto folder = checkFolder(request.out); !folder) {
        return folder.error();
    }

    InvoiceBatchResult result;
    const int total = int(invoices.size());
    std::optional<PdfOutput> shared;
    if (single)
        shared.emplace(request.setup, QStringLiteral("Invoices for %1").arg(request.month));
    for (const IssuedInvoice& invoice : invoices) {
        const Lang lang =
            request.lang.value_or(parseLang(invoice.residentLanguage).value_or(Lang::English));
        if (shared) {
            auto laid = InvoiceDocument::layout(shared->device(), fonts.value(), request.setup,
                                                issuer.value(), invoice, lang);
            if (!laid)
                return laid.error();
            shared->paint(laid.value());
        } else {
            const QString path =
                QDir(request.out)
                    .absoluteFilePath(invoiceFileName(invoice.number, invoice.recipientName));
            auto written = writePdf(
                path, QStringLiteral("out"), request.setup,
                InvoiceDocument::title(invoice, Lang::English) + QLatin1Char(' ') + invoice.number,
                [&](PdfOutput& output) {
                    return InvoiceDocument::layout(output.device(), fonts.value(), request.setup,
                                                   issuer.value(), invoice, lang);
                });
            if (!written)
                return written.error();
            result.files.append(written.value().file);
            result.pages += written.value().pages;
        }
        ++result.invoices;
        if (request.progress && !request.progress(result.invoices, total)) {
            result.cancelled = result.invoices < total;
            if (result.cancelled)
                break;
        }
    }
    if (shared) {
        if (result.cancelled)
            return result; // the single file is not written at all
        result.pages = shared->pageCount();
        if (auto saved = single->commit(shared->finish()); !saved)
            return saved.error();
        result.files.append(single->path());
    }
    return result;
}

} // namespace rentflow::reports
