#include "DocumentPreviewDialog.h"

#include "DocumentPdf.h"

#include <common/AppContext.h>

#include <poppler-qt6.h>

#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrinter>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace rentflow::ui {

DocumentPreviewDialog::DocumentPreviewDialog(AppContext& context, DocumentRef document,
                                             QWidget* parent)
    : QDialog(parent), m_context(context), m_document(std::move(document)),
      m_scroll(new QScrollArea(this)), m_pageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("documentPreviewDialog"));
    setWindowTitle(documentKindName(m_document.kind));
    m_pageLabel->setObjectName(QStringLiteral("previewPageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_pageLabel);
    m_scroll->setWidgetResizable(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll);
    resize(820, 900);
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

DocumentPreviewDialog* DocumentPreviewDialog::open(AppContext& context, const DocumentRef& document,
                                                   QWidget* parent)
{
    auto* dialog = new DocumentPreviewDialog(context, document, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->load()) {
        QMessageBox::warning(parent, documentKindName(document.kind), dialog->errorText());
        delete dialog;
        return nullptr;
    }
    dialog->show();
    return dialog;
}

bool DocumentPreviewDialog::load()
{
    m_folder = std::make_unique<QTemporaryDir>();
    if (!m_folder->isValid()) {
        m_error = tr("Could not make a temporary folder for the preview: %1")
                      .arg(m_folder->errorString());
        return false;
    }
    m_pdfFile = m_folder->filePath(QStringLiteral("document.pdf"));
    const auto written = writeDocumentPdf(m_context.store(), m_document, m_pdfFile);
    if (!written) {
        m_error = written.error().message;
        return false;
    }
    m_pdf = Poppler::Document::load(m_pdfFile);
    if (!m_pdf || m_pdf->isLocked()) {
        m_error = tr("The PDF was made but could not be read back for the preview.");
        return false;
    }
    m_pdf->setRenderHint(Poppler::Document::Antialiasing);
    m_pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    showPage(0);
    return true;
}

int DocumentPreviewDialog::pageCount() const
{
    return m_pdf ? m_pdf->numPages() : 0;
}

void DocumentPreviewDialog::showPage(int page)
{
    if (!m_pdf || page < 0 || page >= pageCount())
        return;
    m_page = page;
    render();
}

void DocumentPreviewDialog::render()
{
    std::unique_ptr<Poppler::Page> page = m_pdf->page(m_page);
    if (!page)
        return;
    const double dpi = 96.0 * m_zoom * devicePixelRatioF();
    QImage image = page->renderToImage(dpi, dpi);
    image.setDevicePixelRatio(devicePixelRatioF());
    m_pageLabel->setPixmap(QPixmap::fromImage(image));
}

bool DocumentPreviewDialog::saveTo(const QString& file)
{
    QFile::remove(file);
    return QFile::copy(m_pdfFile, file);
}

bool DocumentPreviewDialog::printTo(QPrinter& printer)
{
    if (!m_pdf)
        return false;
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    for (int i = 0; i < pageCount(); ++i) {
        if (i > 0)
            printer.newPage();
        std::unique_ptr<Poppler::Page> page = m_pdf->page(i);
        const QRect target = painter.viewport();
        const int dpi = qMin(printer.resolution(), 300);
        const QImage image = page->renderToImage(dpi, dpi);
        painter.drawImage(
            target, image.scaled(target.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    return painter.end();
}

} // namespace rentflow::ui
