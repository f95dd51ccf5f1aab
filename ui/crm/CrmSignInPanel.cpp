#include "CrmSignInPanel.h"

#include "CrmClient.h"

#include <common/FormErrors.h>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rentflow::ui::crm {

CrmSignInPanel::CrmSignInPanel(CrmClient& client, QWidget* parent)
    : QWidget(parent), m_client(client)
{
    auto* outer = new QVBoxLayout(this);
    auto* box = new QWidget(this);
    box->setFixedWidth(480);
    auto* column = new QVBoxLayout(box);

    auto* title = new QLabel(tr("<b>Sign in to the RentFlow CRM</b>"), box);
    auto* intro = new QLabel(tr("The waitlist and the investor leads are kept by the RentFlow "
                                "server. Your account there must be a super_admin; the sign-in "
                                "lasts until the window closes."),
                             box);
    intro->setWordWrap(true);
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("crmSignInMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();

    m_form = new QFormLayout;
    m_server = new QLineEdit(m_client.serverUrl(), box);
    m_server->setObjectName(QStringLiteral("crmServerUrl"));
    m_email = new QLineEdit(box);
    m_email->setObjectName(QStringLiteral("crmEmail"));
    m_email->setPlaceholderText(tr("you@rentflow.in"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("crmPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_totp = new QLineEdit(box);
    m_totp->setObjectName(QStringLiteral("crmTotp"));
    m_totp->setMaxLength(8);
    m_totp->setInputMethodHints(Qt::ImhDigitsOnly);
    m_form->addRow(tr("Se&rver:"), m_server);
    m_form->addRow(tr("&Email:"), m_email);
    m_form->addRow(tr("&Password:"), m_password);
    m_form->addRow(tr("&Authenticator code:"), m_totp);
    m_totpLabel = qobject_cast<QLabel*>(m_form->labelForField(m_totp));
    m_totp->hide();
    if (m_totpLabel)
        m_totpLabel->hide();

    m_signIn = new QPushButton(tr("&Sign in"), box);
    m_signIn->setObjectName(QStringLiteral("crmSignIn"));
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);

    column->addWidget(title);
    column->addWidget(intro);
    column->addWidget(m_message);
    column->addLayout(m_form);
    column->addWidget(m_signIn, 0, Qt::AlignRight);
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addWidget(box);
    centred->addStretch(1);
    outer->addStretch(1);
    outer->addLayout(centred);
    outer->addStretch(2);

    m_errors = new FormErrors(box, m_message);
    m_errors->bind(QStringLiteral("server"), m_server, m_form);
    m_errors->bind(QStringLiteral("email"), m_email, m_form);
    m_errors->bind(QStringLiteral("password"), m_password, m_form);
    m_errors->bind(QStringLiteral("totp"), m_totp, m_form);

    connect(m_signIn, &QPushButton::clicked, this, &CrmSignInPanel::submit);
    for (QLineEdit* edit : {m_server, m_email, m_password, m_totp})
        connect(edit, &QLineEdit::returnPressed, this, &CrmSignInPanel::submit);
    connect(&m_client, &CrmClient::signInRefused, this, &CrmSignInPanel::refused);
    connect(&m_client, &CrmClient::signedIn, this, &CrmSignInPanel::accepted);
}

void CrmSignInPanel::refreshServerUrl()
{
    if (!m_server->isModified())
        m_server->setText(CrmClient::defaultServerUrl());
}

void CrmSignInPanel::focusFirstEmpty()
{
    for (QLineEdit* edit : {m_server, m_email, m_password})
        if (edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    (m_totp->isVisible() ? m_totp : m_password)->setFocus();
}

QString CrmSignInPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void CrmSignInPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void CrmSignInPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_signIn->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("&Sign in"));
}

void CrmSignInPanel::submit()
{
    if (m_busy)
        return;
    m_errors->clear();
    showMessage({});
    const QUrl url(m_server->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        m_errors->add(QStringLiteral("server"),
                      tr("Type the server's address, like http://127.0.0.1:8080"));
    if (!m_email->text().contains(QLatin1Char('@')))
        m_errors->add(QStringLiteral("email"), tr("Type the email you sign in with"));
    if (m_password->text().isEmpty())
        m_errors->add(QStringLiteral("password"), tr("Type your password"));
    if (m_totp->isVisible() && m_totp->text().trimmed().size() < 6)
        m_errors->add(QStringLiteral("totp"), tr("Type the 6-digit code from your app"));
    if (!m_errors->isEmpty())
        return;
    // The address is used, not saved: server/url is the bundled server's (BundledServer).
    m_client.setServerUrl(m_server->text());
    setBusy(true);
    m_client.signIn(m_email->text(), m_password->text(),
                    m_totp->isVisible() ? m_totp->text() : QString());
}

void CrmSignInPanel::refused(const CrmReply& reply, bool mfaRequired)
{
    setBusy(false);
    if (mfaRequired && !m_totp->isVisible()) {
        m_totp->show();
        if (m_totpLabel)
            m_totpLabel->show();
        showMessage(reply.message);
        m_totp->setFocus();
        return;
    }
    if (mfaRequired) {
        m_errors->add(QStringLiteral("totp"), reply.message);
        return;
    }
    if (reply.fields.contains(QStringLiteral("email")) ||
        reply.fields.contains(QStringLiteral("password"))) {
        for (auto it = reply.fields.begin(); it != reply.fields.end(); ++it)
            m_errors->add(it.key(), it.value());
        return;
    }
    showMessage(reply.message);
    if (reply.status == 401) {
        m_password->selectAll();
        m_password->setFocus();
    }
}

void CrmSignInPanel::accepted()
{
    setBusy(false);
    if (m_client.role() != QLatin1String("super_admin")) {
        const QString role = m_client.role();
        const QString email = m_client.email();
        m_client.signOut();
        showMessage(tr("%1 signed in as %2, but the CRM is for RentFlow platform admins only. "
                       "Sign in with a super_admin account.")
                        .arg(email, role));
        return;
    }
    m_password->clear();
    m_totp->clear();
    m_errors->clear();
    showMessage({});
    emit signedInAsAdmin();
}

} // namespace rentflow::ui::crm
