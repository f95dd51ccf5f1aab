#include "RecoveryKeyDialog.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rentflow::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const QString& key, Occasion occasion, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    setWindowTitle(tr("Recovery key"));
    auto* intro = new QLabel(
        occasion == Occasion::Setup
            ? tr("Your data is encrypted with a key kept in this PC's keychain. Backups open "
                 "with the recovery key below. Write it down and keep it apart "
                 "from your backups: restoring a backup on another PC asks for it, and nobody "
                 "can recover it for you.")
            : tr("Restoring a backup of this workspace on another PC asks for this recovery "
                 "key. Keep it written down and apart from your backups."),
        this);
    intro->setWordWrap(true);

    m_keyLabel = new QLabel(key, this);
    m_keyLabel->setObjectName(QStringLiteral("keyLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    mono.setBold(true);
    m_keyLabel->setFont(mono);
    m_keyLabel->setAlignment(Qt::AlignCenter);
    m_keyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyLabel->setFrameShape(QFrame::StyledPanel);
    m_keyLabel->setContentsMargins(12, 12, 12, 12);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton* done = buttons->button(QDialogButtonBox::Ok);
    done->setText(tr("Done"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    connect(print, &QPushButton::clicked, this, [this] {
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            printTo(printer);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_keyLabel);
    if (occasion == Occasion::Setup) {
        m_writtenCheckBox = new QCheckBox(tr("I have written down the recovery key"), this);
        m_writtenCheckBox->setObjectName(QStringLiteral("writtenCheckBox"));
        done->setEnabled(false);
        connect(m_writtenCheckBox, &QCheckBox::toggled, done, &QPushButton::setEnabled);
        layout->addWidget(m_writtenCheckBox);
    }
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void RecoveryKeyDialog::printTo(QPrinter& printer) const
{
    QTextDocument page;
    page.setHtml(
        tr("<h2>RentFlow recovery key</h2>"
           "<p>Printed on %1.</p>"
           "<p style='font-family: monospace; font-size: 20pt; font-weight: bold'>%2</p>"
           "<p>Restoring a backup of this workspace on another PC asks for this key. Keep this "
           "page safe and apart from your backups: nobody can recover the key for you.</p>")
            .arg(QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy")),
                 m_keyLabel->text().toHtmlEscaped()));
    page.print(&printer);
    page.clear(); // the only other copy of the key
}

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    // The label holds the only copy the dialog made.
    QString text = m_keyLabel->text();
    m_keyLabel->clear();
    text.fill(QChar(u'\0'));
}

} // namespace rentflow::ui
