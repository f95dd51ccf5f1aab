#include "InvoiceText.h"

#include <poppler-qt6.h>

#include <memory>

namespace rentflow::test {

QSizeF pageSizePt(const QString& pdf, int page)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(pdf);
    if (!document || page >= document->numPages())
        return {};
    std::unique_ptr<Poppler::Page> p = document->page(page);
    return p ? p->pageSizeF() : QSizeF();
}

} // namespace rentflow::test
