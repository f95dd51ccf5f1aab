#include "PassphraseDialog.h"

#include <store/Workspace.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rentflow::ui {

PassphraseDialog::PassphraseDialog(Mode mode, const QString& message, QWidget* parent)
    : QDialog(parent), m_mode(mode)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(mode == Mode::Choose ? tr("Choose a passphrase") : tr("Unlock workspace"));
    auto* intro = new QLabel(
        mode == Mode::Choose
            ? tr("This PC has no keychain to keep the workspace key, so the workspace will be "
                 "locked with a passphrase. Choose one of at least %1 characters and keep it "
                 "safe: without it the data cannot be opened.")
                  .arg(store::Workspace::kMinPassphraseLength)
            : tr("This workspace is locked with a passphrase."),
        this);
    intro->setWordWrap(true);
    m_passphraseLineEdit = new QLineEdit(this);
    m_passphraseLineEdit->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphraseLineEdit->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphraseLineEdit);
    if (mode == Mode::Choose) {
        m_repeatLineEdit = new QLineEdit(this);
        m_repeatLineEdit->setObjectName(QStringLiteral("repeatLineEdit"));
        m_repeatLineEdit->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeatLineEdit);
    }
    m_problemLabel = new QLabel(message, this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problemLabel->setVisible(!message.isEmpty() && mode == Mode::Enter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

PassphraseDialog::~PassphraseDialog()
{
    m_passphraseLineEdit->clear();
    if (m_repeatLineEdit)
        m_repeatLineEdit->clear();
}

QString PassphraseDialog::passphrase() const
{
    return m_passphraseLineEdit->text();
}

void PassphraseDialog::accept()
{
    QString problem;
    if (m_mode == Mode::Choose && passphrase().size() < store::Workspace::kMinPassphraseLength)
        problem = tr("Use at least %1 characters.").arg(store::Workspace::kMinPassphraseLength);
    else if (m_mode == Mode::Choose && passphrase() != m_repeatLineEdit->text())
        problem = tr("The two passphrases differ.");
    else if (passphrase().isEmpty())
        problem = tr("Type the passphrase.");
    if (!problem.isEmpty()) {
        m_problemLabel->setText(problem);
        m_problemLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace rentflow::ui
