#pragma once

#include "CorrectionDialog.h"

#include <billing/InvoiceActivity.h>
#include <billing/IssuedInvoice.h>

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace rentflow::ui {
struct AppContext;
}

namespace rentflow::ui::billing {

// One issued invoice whole (loadIssuedInvoice): its header, lines, tax heads, what
// was paid and credited and what is still owed, its credit and debit notes and the
// payments allocated to it. From here: its PDF (DocumentPreviewDialog), record a
// payment, issue a credit note or cancel it (InvoiceCorrections, as
// `rentflowctl credit-note add` / `invoice cancel`), each asking the reason and
// then showing the new document.
class InvoiceDetailDialog : public QDialog
{
    Q_OBJECT
public:
    InvoiceDetailDialog(AppContext& context, const QString& invoiceId, QWidget* parent = nullptr);

    // Reads the invoice again; false (and the error shown) when the read failed.
    bool reload();
    const IssuedInvoice& invoice() const { return m_invoice; }
    QString invoiceId() const { return m_invoiceId; }
    // The reason/amount dialog of the correction under way (non-modal to the app,
    // modal to this window), or null.
    CorrectionDialog* correctionDialog() const { return m_correction; }

    void previewPdf();
    void recordPayment();
    void creditNote();
    void cancelInvoice();

signals:
    // An invoice or note was issued, cancelled or paid: lists should read again.
    void changed();

private:
    void showInvoice();
    void showNotes(const QList<InvoiceNoteSummary>& notes);
    void showPayments(const QList<InvoiceAllocationSummary>& payments);
    void openNote(int row);

    AppContext& m_context;
    QString m_invoiceId;
    IssuedInvoice m_invoice;
    QList<InvoiceNoteSummary> m_notes;
    QPointer<CorrectionDialog> m_correction;

    QLabel* m_title;
    QLabel* m_error;
    QLabel* m_facts;
    QLabel* m_totals;
    QLabel* m_notice;
    QTabWidget* m_tabs;
    QTableWidget* m_lines;
    QTableWidget* m_notesTable;
    QTableWidget* m_payments;
    QPushButton* m_preview;
    QPushButton* m_pay;
    QPushButton* m_credit;
    QPushButton* m_cancel;
};

} // namespace rentflow::ui::billing
