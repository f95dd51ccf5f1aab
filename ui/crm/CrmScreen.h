#pragma once

#include <common/AppContext.h>
#include <common/Screen.h>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace rentflow::ui::crm {

class CrmClient;
class CrmListTab;
class CrmSignInPanel;

// The platform's CRM (SPEC §6.1, §8.4): the waitlist and the investor leads kept by
// rentflow-server, for RentFlow's own platform admins. Everyone sees the screen; until a
// super_admin signs in it shows the sign-in and says who it is for. The sign-in lasts as
// long as the window (tokens are kept in memory only).
class CrmScreen : public Screen
{
    Q_OBJECT
public:
    CrmScreen(AppContext& context, QWidget* parent = nullptr);
    ~CrmScreen() override;

    void activate() override;

    CrmClient& client() { return *m_client; }
    CrmSignInPanel& signIn() { return *m_signIn; }
    CrmListTab& waitlist() { return *m_waitlist; }
    CrmListTab& leads() { return *m_leads; }
    bool showsLists() const;

private:
    void showSignIn(const QString& why);
    void showLists();

    CrmClient* m_client;
    QLabel* m_banner;
    QPushButton* m_signOut;
    QStackedWidget* m_pages;
    CrmSignInPanel* m_signIn;
    QTabWidget* m_tabs;
    CrmListTab* m_waitlist;
    CrmListTab* m_leads;
};

} // namespace rentflow::ui::crm
