#pragma once

#include "DocumentRef.h"

#include <render/PageSetup.h>
#include <text/Lang.h>

#include <QDialog>

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QPrinter;
class QScrollArea;
class QTemporaryDir;

namespace Poppler {
class Document;
}

namespace rentflow::ui {

struct AppContext;

// A document as it will print: the real PDF from reports/ (the same file as
// `rentflowctl pdf`), drawn page by page with Poppler. A toolbar pages through it
// (PgUp/PgDn), zooms (Ctrl+= / Ctrl+- / Ctrl+0 fits the width), re-makes it in
// English or Hindi and on A4 or A5, prints it (Ctrl+P, QPrintDialog) and saves a
// copy (Ctrl+S). Every screen shows its documents through open(); a PDF already
// made off the UI thread (a month's invoices) through openFile().
class DocumentPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    DocumentPreviewDialog(AppContext& context, DocumentRef document, QWidget* parent = nullptr);
    ~DocumentPreviewDialog() override;

    // Makes the PDF and shows it (not modal; deleted when closed). When the document
    // cannot be made, says why in a message box and returns null.
    static DocumentPreviewDialog* open(AppContext& context, const DocumentRef& document,
                                       QWidget* parent);
    // Shows a PDF made elsewhere (a batch); its language and paper are fixed.
    static DocumentPreviewDialog* openFile(AppContext& context, const QString& title,
                                           const QString& pdfFile, QWidget* parent);

    // Makes the PDF (on open(); tests call it directly). False: see errorText().
    bool load();
    // Reads an already made PDF instead of making one.
    bool loadFile(const QString& pdfFile);
    const DocumentRef& document() const { return m_document; }
    QString errorText() const { return m_error; }
    int pageCount() const;
    int currentPage() const { return m_page; }
    void showPage(int page);
    void nextPage() { showPage(m_page + 1); }
    void previousPage() { showPage(m_page - 1); }

    // 1.0: the page at 96 dots per inch. Fit width follows the window's width.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    // The page as drawn now, in device-independent pixels.
    QSize pageImageSize() const;

    // Re-makes the PDF in this language (none: the resident's) or on this paper.
    bool setLanguage(std::optional<reports::Lang> lang);
    bool setPaper(reports::Paper paper);
    std::optional<reports::Lang> language() const { return m_lang; }
    reports::Paper paper() const { return m_setup.paper; }

    // The PDF as made, copied to `file` (byte for byte).
    bool saveTo(const QString& file);
    // Prints every page on `printer` (the print dialog's choice, or a PDF printer), as
    // vectors at the printer's resolution, each page fitted to the paper keeping its shape.
    bool printTo(QPrinter& printer);
    // The made PDF (in a private temporary folder, removed with the dialog).
    QString pdfFile() const { return m_pdfFile; }

public slots:
    void print();  // QPrintDialog, then printTo()
    void saveAs(); // QFileDialog, then saveTo()

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildToolbar();
    bool readPdf();
    bool remake();
    void render();
    void updateControls();
    void fail(const QString& message);

    AppContext& m_context;
    DocumentRef m_document;
    bool m_fromFile = false;
    std::optional<reports::Lang> m_lang;
    reports::PageSetup m_setup;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Poppler::Document> m_pdf;
    QString m_pdfFile;
    QString m_error;
    int m_page = 0;
    double m_zoom = 1.0;
    bool m_fitWidth = false;
    QScrollArea* m_scroll;
    QLabel* m_pageLabel;
    QLabel* m_pageCountLabel;
    QComboBox* m_languageBox;
    QComboBox* m_paperBox;
    QAction* m_previous = nullptr;
    QAction* m_next = nullptr;
};

} // namespace rentflow::ui
