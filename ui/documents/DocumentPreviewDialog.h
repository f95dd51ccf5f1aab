#pragma once

#include "DocumentRef.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPrinter;
class QScrollArea;
class QTemporaryDir;

namespace Poppler {
class Document;
}

namespace rentflow::ui {

struct AppContext;

// A document as it will print: the real PDF from reports/, drawn page by page with
// Poppler, to zoom through, print (QPrintDialog) or save. Every screen shows its
// documents through open().
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

    // Makes the PDF (on open(); tests call it directly). False: see errorText().
    bool load();
    const DocumentRef& document() const { return m_document; }
    QString errorText() const { return m_error; }
    int pageCount() const;
    int currentPage() const { return m_page; }
    void showPage(int page);
    // The PDF as made, copied to `file`.
    bool saveTo(const QString& file);
    // Prints every page on `printer` (the print dialog's choice, or a PDF printer).
    bool printTo(QPrinter& printer);
    // The made PDF (in a private temporary folder, removed with the dialog).
    QString pdfFile() const { return m_pdfFile; }

private:
    void render();

    AppContext& m_context;
    DocumentRef m_document;
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<Poppler::Document> m_pdf;
    QString m_pdfFile;
    QString m_error;
    int m_page = 0;
    double m_zoom = 1.0;
    QScrollArea* m_scroll;
    QLabel* m_pageLabel;
};

} // namespace rentflow::ui
