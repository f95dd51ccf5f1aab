#pragma once

#include <common/Screen.h>

namespace rentflow::ui {

struct AppContext;
class DocumentSearchPanel;
class ExportPanel;
class InvoiceBatchPanel;

// "Documents": find any issued document by its number and preview it; a month's
// invoices as PDFs (one per invoice, or one to print); the accountant's exports.
class DocumentsScreen : public Screen
{
    Q_OBJECT
public:
    DocumentsScreen(AppContext& context, QWidget* parent = nullptr);

    void activate() override;

    DocumentSearchPanel* search() const { return m_search; }
    InvoiceBatchPanel* batch() const { return m_batch; }
    ExportPanel* exports() const { return m_exports; }

private:
    DocumentSearchPanel* m_search;
    InvoiceBatchPanel* m_batch;
    ExportPanel* m_exports;
};

} // namespace rentflow::ui
