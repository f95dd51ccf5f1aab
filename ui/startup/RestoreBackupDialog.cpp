#include "RestoreBackupDialog.h"

#include <common/FormErrors.h>
#include <store/keys/KeyMaterial.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rentflow::ui {

RestoreBackupDialog::RestoreBackupDialog(Occasion occasion, QWidget* parent)
    : QDialog(parent), m_occasion(occasion)
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from a backup"));
    auto* intro = new QLabel(
        occasion == Occasion::NewPc
            ? tr("Choose the backup file (.rfb) and type the recovery key you wrote down at "
                 "setup (ABCD-EFGH-…), or the passphrase of a passphrase workspace.")
            : tr("The workspace is closed, replaced by the backup, and opened again. The data "
                 "it replaces is kept in the workspace's backups folder. Leave the key empty "
                 "if this PC made the backup."),
        this);
    intro->setWordWrap(true);

    m_fileLineEdit = new QLineEdit(this);
    m_fileLineEdit->setObjectName(QStringLiteral("backupFileLineEdit"));
    m_fileLineEdit->setPlaceholderText(tr("e.g. rentflow-backup-2026-11-01.rfb"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getOpenFileName(this, tr("Choose the backup"), QDir::homePath(),
                                         tr("RentFlow backups (*.rfb);;All files (*)"));
        if (!chosen.isEmpty())
            m_fileLineEdit->setText(QDir::toNativeSeparators(chosen));
    });
    auto* fileRow = new QWidget(this);
    auto* fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_fileLineEdit, 1);
    fileLayout->addWidget(browse);
    fileRow->setFocusProxy(m_fileLineEdit);

    m_keyLineEdit = new QLineEdit(this);
    m_keyLineEdit->setObjectName(QStringLiteral("restoreKeyLineEdit"));
    m_keyLineEdit->setEchoMode(QLineEdit::Password);
    m_keyLineEdit->setPlaceholderText(occasion == Occasion::NewPc ? tr("required")
                                                                  : tr("optional on this PC"));

    auto* form = new QFormLayout;
    form->addRow(tr("Backup &file:"), fileRow);
    form->addRow(tr("Recovery &key or passphrase:"), m_keyLineEdit);
    if (occasion == Occasion::ReplaceOpen) {
        m_forceCheckBox =
            new QCheckBox(tr("Replace even what was entered after the backup was made"), this);
        m_forceCheckBox->setObjectName(QStringLiteral("forceCheckBox"));
        form->addRow(QString(), m_forceCheckBox);
    }

    m_generalLabel = new QLabel(this);
    m_generalLabel->setObjectName(QStringLiteral("generalErrorLabel"));
    m_generalLabel->setWordWrap(true);
    m_generalLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_generalLabel->hide();
    m_errors = new FormErrors(this, m_generalLabel);
    m_errors->bind(QStringLiteral("from"), fileRow, form);
    m_errors->bind(QStringLiteral("recovery-key-env"), m_keyLineEdit, form);
    if (m_forceCheckBox)
        m_errors->bind(QStringLiteral("force"), m_forceCheckBox, form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_generalLabel);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

RestoreBackupDialog::~RestoreBackupDialog()
{
    m_keyLineEdit->clear();
}

RestoreRequest RestoreBackupDialog::request() const
{
    return {QDir::fromNativeSeparators(m_fileLineEdit->text().trimmed()), m_keyLineEdit->text(),
            m_forceCheckBox && m_forceCheckBox->isChecked()};
}

void RestoreBackupDialog::setRequest(const RestoreRequest& request)
{
    m_fileLineEdit->setText(QDir::toNativeSeparators(request.file));
    m_keyLineEdit->setText(request.secret);
    if (m_forceCheckBox)
        m_forceCheckBox->setChecked(request.force);
}

QString RestoreBackupDialog::messageFor(const QString& field) const
{
    return m_errors->messageFor(field);
}

void RestoreBackupDialog::showError(const store::StoreError& error)
{
    m_errors->clear();
    m_errors->show(error);
}

void RestoreBackupDialog::accept()
{
    m_errors->clear();
    const RestoreRequest typed = request();
    if (typed.file.isEmpty())
        m_errors->add(QStringLiteral("from"), tr("Choose the backup file."));
    else if (!QFileInfo(typed.file).isFile())
        m_errors->add(QStringLiteral("from"),
                      tr("There is no file %1.").arg(QDir::toNativeSeparators(typed.file)));
    if (m_occasion == Occasion::NewPc && typed.secret.trimmed().isEmpty())
        m_errors->add(QStringLiteral("recovery-key-env"),
                      tr("Type the recovery key written down at setup, or the passphrase."));
    if (!m_errors->isEmpty())
        return;
    QDialog::accept();
}

} // namespace rentflow::ui
