#pragma once

#include <residents/KycDocumentRepository.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rentflow::ui {

struct AppContext;
class FormErrors;
class KycScanDialog;

// A resident's photo and KYC scans (Aadhaar, PAN, passport…): chosen from a file, checked
// (PNG, JPEG or PDF, size caps), kept inside the encrypted workspace (the resident's photo
// column, the kyc_document table), viewed from the store's bytes and removed.
class KycPanel : public QWidget
{
    Q_OBJECT
public:
    KycPanel(AppContext& context, QWidget* parent = nullptr);

    // Shows this resident's photo and scans; false when they could not be read.
    bool showResident(const QString& residentId);
    // What the buttons do once a file is chosen; true when it was kept.
    bool attachPhotoFile(const QString& path);
    bool removePhoto();
    bool attachScanFile(const QString& path);
    // The selected scan in a viewer (null when none is selected or it could not be read).
    KycScanDialog* viewSelectedScan();
    // Removes the selected scan once the user confirms; true when removed.
    bool removeSelectedScan();
    int scanCount() const;
    FormErrors& errors() { return *m_errors; }

signals:
    void changed(); // the photo or the scans changed

private:
    // The photo as given (empty: none), then the panel read again.
    bool savePhoto(const QByteArray& photo);
    void choosePhoto();
    void chooseScan();
    void showPhoto(const QByteArray& bytes);

    AppContext& m_context;
    QString m_residentId;
    QList<KycDocument> m_scans;
    FormErrors* m_errors;
    QLabel* m_photo;
    QPushButton* m_removePhoto;
    QComboBox* m_kind;
    QTableWidget* m_table;
    QPushButton* m_view;
    QPushButton* m_remove;
};

} // namespace rentflow::ui
