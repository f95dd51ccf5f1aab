#pragma once

#include <QDialog>

namespace rentflow::ui {

// One KYC scan shown from the bytes the store keeps (a picture, or each page of a PDF),
// never written to a file. Modeless; deleted when closed.
class KycScanDialog : public QDialog
{
    Q_OBJECT
public:
    KycScanDialog(const QString& title, const QByteArray& content, const QString& mimeType,
                  QWidget* parent = nullptr);
    // How many pictures it shows (a PDF: its pages); 0 when the bytes could not be drawn.
    int shownPages() const { return m_pages; }

private:
    int m_pages = 0;
};

} // namespace rentflow::ui
