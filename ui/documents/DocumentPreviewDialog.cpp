#include "DocumentPreviewDialog.h"

#include "DocumentPdf.h"

#include <common/AppContext.h>

#include <poppler-qt6.h>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QVBoxLayout>

namespace rentflow::ui {

namespace {

constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.25;
constexpr double kScreenDpi = 96.0;

// Poppler's QPainter output draws letters as shapes: on paper that is exact, but a PDF
// "printed" through the dialog would have no text to search or copy. Each word goes
// over its shape again as invisible text, where the page has it.
void drawTextLayer(QPainter& painter, const Poppler::Page& page, const QTransform& toDevice)
{
    painter.save();
    painter.setPen(QColor(0, 0, 0, 0));
    QFont font = painter.font();
    for (const auto& word : page.textList()) {
        const QRectF box = toDevice.mapRect(word->boundingBox());
        if (box.height() < 1)
            continue;
        font.setPixelSize(qMax(1, qRound(box.height() * 0.8)));
        painter.setFont(font);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, word->text());
    }
    painter.restore();
}

} // namespace

DocumentPreviewDialog::DocumentPreviewDialog(AppContext& context, DocumentRef document,
                                             QWidget* parent)
    : QDialog(parent), m_context(context), m_document(std::move(document)),
      m_scroll(new QScrollArea(this)), m_pageLabel(new QLabel(this)),
      m_pageCountLabel(new QLabel(this)), m_languageBox(new QComboBox(this)),
      m_paperBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("documentPreviewDialog"));
    setWindowTitle(documentKindName(m_document.kind));
    m_pageLabel->setObjectName(QStringLiteral("previewPageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    m_scroll->setObjectName(QStringLiteral("previewScrollArea"));
    m_scroll->setWidget(m_pageLabel);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildToolbar();
    layout->addWidget(m_scroll, 1);
    // An A4 page at 96 dpi is about 800 × 1120: as much of it as the screen allows.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(qMin(900, available.width() - 40), qMin(1000, available.height() - 60));
}

DocumentPreviewDialog::~DocumentPreviewDialog() = default;

void DocumentPreviewDialog::buildToolbar()
{
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("previewToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    static_cast<QVBoxLayout*>(layout())->addWidget(bar);

    // `text` on the button; `tip` says what it does, with its shortcut.
    const auto add = [this, bar](const QString& name, const QString& text, const QString& tip,
                                 const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!keys.isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                tip, keys.first().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        bar->addAction(action);
        addAction(action);
        return action;
    };
    m_previous = add(QStringLiteral("previousPageAction"), tr("◀"), tr("Previous page"),
                     {QKeySequence(Qt::Key_PageUp)}, [this] { previousPage(); });
    m_pageCountLabel->setObjectName(QStringLiteral("previewPageCountLabel"));
    m_pageCountLabel->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Page 88 of 88")) + 16);
    m_pageCountLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_pageCountLabel);
    m_next = add(QStringLiteral("nextPageAction"), tr("▶"), tr("Next page"),
                 {QKeySequence(Qt::Key_PageDown)}, [this] { nextPage(); });
    bar->addSeparator();
    add(QStringLiteral("zoomOutAction"), tr("−"), tr("Zoom out"),
        {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, [this] { zoomOut(); });
    add(QStringLiteral("zoomInAction"), tr("+"), tr("Zoom in"),
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
        [this] { zoomIn(); });
    add(QStringLiteral("fitWidthAction"), tr("Fit width"), tr("Fit the page's width"),
        {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] { fitWidth(); });
    bar->addSeparator();

    m_languageBox->setObjectName(QStringLiteral("previewLanguageComboBox"));
    m_languageBox->setToolTip(tr("The language the document is printed in"));
    m_languageBox->addItem(tr("Resident's language"), QString());
    m_languageBox->addItem(tr("English"), QStringLiteral("en"));
    m_languageBox->addItem(QStringLiteral("हिन्दी (Hindi)"), QStringLiteral("hi"));
    bar->addWidget(m_languageBox);
    connect(m_languageBox, &QComboBox::activated, this,
            [this] { setLanguage(reports::parseLang(m_languageBox->currentData().toString())); });
    m_paperBox->setObjectName(QStringLiteral("previewPaperComboBox"));
    m_paperBox->setToolTip(tr("The paper size"));
    m_paperBox->addItem(tr("A4"), int(reports::Paper::A4));
    m_paperBox->addItem(tr("A5"), int(reports::Paper::A5));
    bar->addWidget(m_paperBox);
    connect(m_paperBox, &QComboBox::activated, this,
            [this] { setPaper(static_cast<reports::Paper>(m_paperBox->currentData().toInt())); });
    bar->addSeparator();
    QAction* printAction = add(QStringLiteral("printAction"), tr("&Print…"), tr("Print"),
                               {QKeySequence::Print}, [this] { print(); });
    m_context.guard.guard(printAction, Permission::PrintDocuments);
    QAction* saveAction =
        add(QStringLiteral("saveAsPdfAction"), tr("&Save as PDF…"), tr("Save a copy of the PDF"),
            {QKeySequence::Save}, [this] { saveAs(); });
    m_context.guard.guard(saveAction, Permission::PrintDocuments);
}

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

DocumentPreviewDialog* DocumentPreviewDialog::openFile(AppContext& context, const QString& title,
                                                       const QString& pdfFile, QWidget* parent)
{
    auto* dialog = new DocumentPreviewDialog(
        context, DocumentRef{DocumentRef::Kind::Invoice, {}, {}, {}}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    if (!dialog->loadFile(pdfFile)) {
        QMessageBox::warning(parent, title, dialog->errorText());
        delete dialog;
        return nullptr;
    }
    dialog->show();
    return dialog;
}

bool DocumentPreviewDialog::load()
{
    m_fromFile = false;
    m_folder = std::make_unique<QTemporaryDir>();
    if (!m_folder->isValid()) {
        fail(tr("Could not make a temporary folder for the preview: %1")
                 .arg(m_folder->errorString()));
        return false;
    }
    m_pdfFile = m_folder->filePath(QStringLiteral("document.pdf"));
    return remake();
}

bool DocumentPreviewDialog::loadFile(const QString& pdfFile)
{
    m_fromFile = true;
    m_pdfFile = pdfFile;
    m_languageBox->setEnabled(false);
    m_paperBox->setEnabled(false);
    return readPdf();
}

bool DocumentPreviewDialog::remake()
{
    const auto written =
        writeDocumentPdf(m_context.store(), m_document, m_pdfFile, m_lang, m_setup);
    if (!written) {
        fail(written.error().message);
        return false;
    }
    return readPdf();
}

bool DocumentPreviewDialog::readPdf()
{
    m_pdf = Poppler::Document::load(m_pdfFile);
    if (!m_pdf || m_pdf->isLocked()) {
        m_pdf.reset();
        fail(tr("The PDF was made but could not be read back for the preview."));
        return false;
    }
    m_error.clear();
    m_pdf->setRenderHint(Poppler::Document::Antialiasing);
    m_pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    m_page = qBound(0, m_page, pageCount() - 1);
    render();
    return true;
}

void DocumentPreviewDialog::fail(const QString& message)
{
    m_error = message;
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
    m_scroll->verticalScrollBar()->setValue(0);
}

void DocumentPreviewDialog::setZoom(double zoom)
{
    m_fitWidth = false;
    m_zoom = qBound(kMinZoom, zoom, kMaxZoom);
    render();
}

void DocumentPreviewDialog::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void DocumentPreviewDialog::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void DocumentPreviewDialog::fitWidth()
{
    m_fitWidth = true;
    render();
}

QSize DocumentPreviewDialog::pageImageSize() const
{
    const QPixmap pixmap = m_pageLabel->pixmap();
    return pixmap.isNull() ? QSize() : pixmap.deviceIndependentSize().toSize();
}

bool DocumentPreviewDialog::setLanguage(std::optional<reports::Lang> lang)
{
    if (m_fromFile)
        return false;
    m_lang = lang;
    const int index = m_languageBox->findData(lang ? reports::langCode(*lang) : QString());
    m_languageBox->setCurrentIndex(qMax(0, index));
    if (!remake()) {
        QMessageBox::warning(this, windowTitle(), m_error);
        return false;
    }
    return true;
}

bool DocumentPreviewDialog::setPaper(reports::Paper paper)
{
    if (m_fromFile)
        return false;
    m_setup.paper = paper;
    m_paperBox->setCurrentIndex(qMax(0, m_paperBox->findData(int(paper))));
    if (!remake()) {
        QMessageBox::warning(this, windowTitle(), m_error);
        return false;
    }
    return true;
}

void DocumentPreviewDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    if (m_fitWidth)
        render();
}

void DocumentPreviewDialog::render()
{
    updateControls();
    if (!m_pdf)
        return;
    std::unique_ptr<Poppler::Page> page = m_pdf->page(m_page);
    if (!page)
        return;
    if (m_fitWidth) {
        // The viewport's width less a margin, for the page's width in inches at 96 dpi.
        const double inches = page->pageSizeF().width() / 72.0;
        // Room for the vertical scroll bar always, so the fitted page never needs a sideways one.
        const QScrollBar* bar = m_scroll->verticalScrollBar();
        const int available =
            m_scroll->viewport()->width() - (bar->isVisible() ? 0 : bar->sizeHint().width()) - 32;
        if (inches > 0 && available > 0)
            m_zoom = qBound(kMinZoom, available / (inches * kScreenDpi), kMaxZoom);
    }
    const double ratio = devicePixelRatioF();
    const double dpi = kScreenDpi * m_zoom * ratio;
    QImage image = page->renderToImage(dpi, dpi);
    image.setDevicePixelRatio(ratio);
    m_pageLabel->setPixmap(QPixmap::fromImage(image));
}

void DocumentPreviewDialog::updateControls()
{
    const int pages = pageCount();
    m_pageCountLabel->setText(pages > 0 ? tr("Page %1 of %2").arg(m_page + 1).arg(pages)
                                        : QString());
    if (m_previous)
        m_previous->setEnabled(m_page > 0);
    if (m_next)
        m_next->setEnabled(m_page + 1 < pages);
}

bool DocumentPreviewDialog::saveTo(const QString& file)
{
    if (m_pdfFile.isEmpty() || !QFile::exists(m_pdfFile))
        return false;
    if (QFile::exists(file) && !QFile::remove(file))
        return false;
    return QFile::copy(m_pdfFile, file);
}

bool DocumentPreviewDialog::printTo(QPrinter& printer)
{
    if (!m_pdf)
        return false;
    // A second reader that draws through QPainter: text and lines reach the printer as
    // vectors at its own resolution, not as a screen-sized picture.
    std::unique_ptr<Poppler::Document> vectors = Poppler::Document::load(m_pdfFile);
    if (!vectors)
        return false;
    vectors->setRenderBackend(Poppler::Document::QPainterBackend);
    vectors->setRenderHint(Poppler::Document::Antialiasing);
    vectors->setRenderHint(Poppler::Document::TextAntialiasing);
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    for (int i = 0; i < vectors->numPages(); ++i) {
        if (i > 0 && !printer.newPage())
            return false;
        std::unique_ptr<Poppler::Page> page = vectors->page(i);
        if (!page)
            return false;
        // The page in points, fitted into the printable area keeping its shape, centred.
        const QSizeF points = page->pageSizeF();
        const QRect area = painter.viewport();
        const double scale = qMin(area.width() / points.width(), area.height() / points.height());
        const QSizeF drawn = points * scale;
        QTransform toDevice;
        toDevice.translate(area.x() + (area.width() - drawn.width()) / 2.0,
                           area.y() + (area.height() - drawn.height()) / 2.0);
        toDevice.scale(scale, scale);
        // Poppler sets the painter's scale itself, from the resolution it is given.
        painter.save();
        painter.translate(toDevice.dx(), toDevice.dy());
        const bool drawnOk = page->renderToPainter(&painter, 72.0 * scale, 72.0 * scale);
        painter.restore();
        if (!drawnOk)
            return false;
        drawTextLayer(painter, *page, toDevice);
    }
    return painter.end();
}

void DocumentPreviewDialog::print()
{
    if (!m_pdf)
        return;
    QPrinter printer(QPrinter::HighResolution);
    std::unique_ptr<Poppler::Page> first = m_pdf->page(0);
    if (first)
        printer.setPageSize(QPageSize(first->pageSizeF(), QPageSize::Point));
    printer.setDocName(windowTitle());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print %1").arg(windowTitle()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!printTo(printer))
        QMessageBox::warning(this, windowTitle(),
                             tr("The document could not be sent to the printer. Check that "
                                "the printer is on and connected, then try again."));
}

void DocumentPreviewDialog::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = windowTitle().replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), folder + QLatin1Char('/') + name + QStringLiteral(".pdf"),
        tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    if (!saveTo(file))
        QMessageBox::warning(this, windowTitle(),
                             tr("Could not save %1. Choose a folder you can write to.").arg(file));
}

} // namespace rentflow::ui
