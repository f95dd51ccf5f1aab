#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rentflow::ui {
class FormErrors;
}

namespace rentflow::ui::crm {

class CrmClient;
struct CrmReply;

// The CRM's sign-in: the server's address, email, password and — when the account asks for
// it — the authenticator code. Only a super_admin gets in; any other account is told why
// and signed out again. Nothing is kept on disk but the address.
class CrmSignInPanel : public QWidget
{
    Q_OBJECT
public:
    CrmSignInPanel(CrmClient& client, QWidget* parent = nullptr);

    void focusFirstEmpty();
    // The settings' server/url again (the bundled server writes it once it listens), unless
    // the user typed another address.
    void refreshServerUrl();
    // The message shown above the form (why the last sign-in failed or ended).
    QString message() const;
    void showMessage(const QString& text);
    FormErrors& errors() { return *m_errors; }

signals:
    void signedInAsAdmin();

private:
    void submit();
    void refused(const CrmReply& reply, bool mfaRequired);
    void accepted();
    void setBusy(bool busy);

    CrmClient& m_client;
    QFormLayout* m_form;
    QLineEdit* m_server;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLineEdit* m_totp;
    QLabel* m_totpLabel;
    QPushButton* m_signIn;
    QLabel* m_message;
    FormErrors* m_errors;
    bool m_busy = false;
};

} // namespace rentflow::ui::crm
