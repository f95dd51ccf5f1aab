#include "RecoveryKeyDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
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

RecoveryKeyDialog::~RecoveryKeyDialog()
{
    // The label holds the only copy the dialog made.
    QString text = m_keyLabel->text();
    m_keyLabel->clear();
    text.fill(QChar(u'\0'));
}

} // namespace rentflow::ui
