#pragma once

#include <documents/DocumentRef.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace rentflow::ui {

struct AppContext;
class KycPanel;
class ResidentForm;

// One resident's profile (SPEC §3.1): every field, editable; photo and KYC scans; their
// ledger with what they owe; the documents issued to them, each opening in preview; the
// history of their stays; and what the office does next (check in, notice, transfer,
// check out, agreement signed, record a payment, statement and police form).
class ResidentProfile : public QWidget
{
    Q_OBJECT
public:
    ResidentProfile(AppContext& context, QWidget* parent = nullptr);

    // Reads the resident and everything the profile shows; false when any read failed
    // (the error is shown in the profile) or when the user kept another resident's
    // unsaved changes open. The same resident again keeps what was typed.
    bool showResident(const QString& residentId);
    // Undo: the details as on file, whatever was typed.
    bool reload() { return read(false); }
    // Re-reads as reload() does but keeps the details as typed when they have unsaved
    // changes (coming back to the screen, after an action): nothing typed is lost.
    bool refresh() { return read(true); }
    QString residentId() const { return m_residentId; }
    // Saves the details as typed; refusals show under their fields, nothing is written
    // and nothing typed is lost.
    bool save();
    // The selected document of the Documents tab in preview.
    void openSelectedDocument();
    void openStatement();
    void openPoliceForm();

    ResidentForm* form() const { return m_form; }
    KycPanel* kycPanel() const { return m_kyc; }
    QString errorText() const;

signals:
    void backRequested();
    void residentChanged(); // saved or acted on: the list's row may read differently

private:
    QPushButton* addAction(const QString& text, const QString& objectName,
                           const QKeySequence& shortcut, int permission);
    void act(bool (*action)(AppContext&, QWidget*, const QString&));
    bool read(bool keepTyped);
    bool fillLedger();
    bool fillDocuments();
    bool fillStays();
    void showReadError(const QString& what, const QString& message);

    AppContext& m_context;
    QString m_residentId;
    QList<DocumentRef> m_documents; // the Documents tab's rows
    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_dues;
    QLabel* m_error;
    QTabWidget* m_tabs;
    ResidentForm* m_form;
    KycPanel* m_kyc;
    QTableWidget* m_ledger;
    QTableWidget* m_documentTable;
    QTableWidget* m_stays;
    QPushButton* m_checkIn;
    QPushButton* m_notice;
    QPushButton* m_transfer;
    QPushButton* m_checkOut;
    QPushButton* m_signed;
};

} // namespace rentflow::ui
