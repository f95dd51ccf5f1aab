#include "CrmScreen.h"

#include "CrmClient.h"
#include "CrmDetailPane.h"
#include "CrmListTab.h"
#include "CrmSignInPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rentflow::ui::crm {

CrmScreen::CrmScreen(AppContext& context, QWidget* parent)
    : Screen(parent), m_client(new CrmClient(this))
{
    Q_UNUSED(context); // the CRM lives on the server, not in the workspace
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("crmBanner"));
    m_banner->setWordWrap(true);
    m_signOut = new QPushButton(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("crmSignOut"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_signOut);

    m_pages = new QStackedWidget(this);
    m_signIn = new CrmSignInPanel(*m_client, m_pages);
    m_tabs = new QTabWidget(m_pages);
    m_tabs->setObjectName(QStringLiteral("crmTabs"));
    m_waitlist = new CrmListTab(*m_client, CrmKind::waitlist(), m_tabs);
    m_waitlist->setObjectName(QStringLiteral("crmWaitlistTab"));
    m_leads = new CrmListTab(*m_client, CrmKind::leads(), m_tabs);
    m_leads->setObjectName(QStringLiteral("crmLeadsTab"));
    m_tabs->addTab(m_waitlist, tr("&Waitlist"));
    m_tabs->addTab(m_leads, tr("Investor &leads"));
    m_pages->addWidget(m_signIn);
    m_pages->addWidget(m_tabs);

    auto* column = new QVBoxLayout(this);
    column->addLayout(top);
    column->addWidget(m_pages, 1);

    connect(m_signIn, &CrmSignInPanel::signedInAsAdmin, this, &CrmScreen::showLists);
    connect(m_client, &CrmClient::signedOut, this, &CrmScreen::showSignIn);
    connect(m_signOut, &QPushButton::clicked, m_client, &CrmClient::signOut);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (auto* tab = qobject_cast<CrmListTab*>(m_tabs->widget(index)))
            tab->reload();
    });
    // The lists' keys, on the screen so that F1 lists them once; they act on the tab shown.
    // (F5 is the window's Go ▸ Refresh, which calls activate().)
    const auto action = [this](const QString& text, const QKeySequence& keys, auto work) {
        auto* a = new QAction(text, this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, [this, work] {
            if (auto* tab =
                    showsLists() ? qobject_cast<CrmListTab*>(m_tabs->currentWidget()) : nullptr)
                work(*tab);
        });
        addAction(a);
    };
    action(tr("Search the list"), QKeySequence::Find, [](CrmListTab& tab) { tab.focusSearch(); });
    action(tr("Save the record"), QKeySequence::Save, [](CrmListTab& tab) { tab.detail().save(); });
    action(tr("Export the list as CSV"), QKeySequence(Qt::CTRL | Qt::Key_E),
           [](CrmListTab& tab) { tab.chooseExport(); });
    showSignIn({});
}

CrmScreen::~CrmScreen() = default;

bool CrmScreen::showsLists() const
{
    return m_pages->currentWidget() == m_tabs;
}

void CrmScreen::activate()
{
    if (showsLists()) {
        if (auto* tab = qobject_cast<CrmListTab*>(m_tabs->currentWidget()))
            tab->reload();
    } else {
        m_signIn->refreshServerUrl();
        m_signIn->focusFirstEmpty();
    }
}

void CrmScreen::showSignIn(const QString& why)
{
    m_banner->setText(tr("For RentFlow platform admins: sign in with a super_admin account."));
    m_signOut->hide();
    m_pages->setCurrentWidget(m_signIn);
    m_signIn->showMessage(why == tr("Signed out.") ? QString() : why);
    m_signIn->refreshServerUrl();
    m_signIn->focusFirstEmpty();
}

void CrmScreen::showLists()
{
    m_banner->setText(tr("Signed in to %1 as %2 (platform admin).")
                          .arg(m_client->serverUrl(), m_client->email()));
    m_signOut->show();
    m_pages->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(m_waitlist);
    m_waitlist->reload();
    m_waitlist->focusSearch();
}

} // namespace rentflow::ui::crm
