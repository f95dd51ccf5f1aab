// The CRM screen against a real rentflow-server: sign-in, lists, filters, edits, notes,
// invite, delete, export, refusals and a server that is down (ISSUE 11 item 5).
#include "../UiTestContext.h"

#include "CrmSeed.h"

#include <crm/CrmClient.h>
#include <crm/CrmDetailPane.h>
#include <crm/CrmListTab.h>
#include <crm/CrmScreen.h>
#include <crm/CrmSignInPanel.h>
#include <crm/CrmTableModel.h>

#include <common/FormErrors.h>
#include <support/TestWorkspace.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::test;
using ui::crm::CrmListTab;
using ui::crm::CrmScreen;

namespace {

const QString kAdmin = QStringLiteral("root@rentflow.in");
const QString kManager = QStringLiteral("manager@sunrisepg.in");

// One server and one workspace for the whole suite; each test makes its own screen and the
// records it changes.
class CrmScreenTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_server = new TestServer(Backend::Embedded,
                                  {QStringLiteral("--rate-limit-multiplier"), QStringLiteral("0")});
        ASSERT_TRUE(s_server->start()) << s_server->error().toStdString();
        ASSERT_EQ(crm::addUser(*s_server, kAdmin, crm::kPassword, QStringLiteral("super_admin"))
                      .toStdString(),
                  "");
        ASSERT_EQ(crm::addUser(*s_server, kManager, crm::kPassword, QStringLiteral("manager"),
                               QStringLiteral("Sunrise PG"))
                      .toStdString(),
                  "");
        HttpClient site(s_server->baseUrl());
        for (const auto& [email, name] : QList<std::pair<QString, QString>>{
                 {QStringLiteral("asha@pgmail.in"), QStringLiteral("Asha Rao")},
                 {QStringLiteral("bina@pgmail.in"), QStringLiteral("Bina Shah")},
                 {QStringLiteral("chetan@hostels.in"), QStringLiteral("Chetan")},
                 {QStringLiteral("dev@hostels.in"), QStringLiteral("Dev")},
                 {QStringLiteral("esha@hostels.in"), QStringLiteral("Esha")}})
            ASSERT_FALSE(crm::joinWaitlist(site, email, name).isEmpty()) << email.toStdString();
        ASSERT_FALSE(crm::sendLead(site, QStringLiteral("jane@vcfirm.in"),
                                   QStringLiteral("Jane Smith"), QStringLiteral("vc"))
                         .isEmpty());
        ASSERT_FALSE(
            crm::sendLead(site, QStringLiteral("ravi@angels.in"), QStringLiteral("Ravi Kumar"))
                .isEmpty());
        s_workspaceDir = new TestWorkspace;
        s_workspace = s_workspaceDir->create().release();
    }
    static void TearDownTestSuite()
    {
        delete s_workspace;
        delete s_workspaceDir;
        if (s_server) {
            EXPECT_TRUE(s_server->stop()) << s_server->error().toStdString();
        }
        delete s_server;
        s_server = nullptr;
    }

    void SetUp() override
    {
        ASSERT_NE(s_server, nullptr);
        QSettings().setValue(QStringLiteral("server/url"), s_server->baseUrl());
        ui = std::make_unique<UiTestContext>(*s_workspace);
        screen = std::make_unique<CrmScreen>(ui->context);
        screen->resize(1366, 768);
        screen->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(screen.get()));
        http.setBaseUrl(s_server->baseUrl());
        http.setBearerToken(crm::signIn(http, kAdmin, crm::kPassword));
    }

    // With RENTFLOW_CRM_SCREENSHOTS=<folder>, the screen as it is now, to look at.
    void snapshot(const QString& name)
    {
        const QString folder = qEnvironmentVariable("RENTFLOW_CRM_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        QCoreApplication::sendPostedEvents(); // pending layouts first
        screen->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    template <typename T> T* find(const char* name, QWidget* in = nullptr)
    {
        T* found = (in ? in : screen.get())->findChild<T*>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    QString bannerText() { return find<QLabel>("crmBanner")->text(); }

    // Types the sign-in as a user would and presses Enter.
    void signInAs(const QString& email, const QString& password)
    {
        QLineEdit* server = find<QLineEdit>("crmServerUrl");
        EXPECT_EQ(server->text(), s_server->baseUrl()); // from the settings' server/url
        QLineEdit* emailEdit = find<QLineEdit>("crmEmail");
        emailEdit->clear();
        QTest::keyClicks(emailEdit, email);
        QLineEdit* passwordEdit = find<QLineEdit>("crmPassword");
        passwordEdit->clear();
        QTest::keyClicks(passwordEdit, password);
        QTest::keyClick(passwordEdit, Qt::Key_Return);
    }
    bool signInAsAdmin()
    {
        signInAs(kAdmin, crm::kPassword);
        return QTest::qWaitFor(
            [&] { return screen->showsLists() && !screen->waitlist().isLoading(); }, 15'000);
    }
    bool waitLoaded(CrmListTab& tab)
    {
        return QTest::qWaitFor([&] { return !tab.isLoading(); }, 15'000);
    }
    // Chooses the row showing `email` and waits until the detail pane has it.
    bool open(CrmListTab& tab, const QString& email)
    {
        auto* table = tab.findChild<QTableView*>(QStringLiteral("crmTable"));
        for (int row = 0; row < tab.model().rowCount(); ++row)
            if (tab.model().record(row).value(QStringLiteral("email")).toString() == email) {
                table->setFocus();
                table->selectRow(row);
                const QString id = tab.model().record(row).value(QStringLiteral("id")).toString();
                return QTest::qWaitFor([&] { return tab.detail().recordId() == id; }, 15'000);
            }
        return false;
    }
    QJsonObject serverRecord(const QString& path) { return http.get(path).json(); }
    QString waitlistId(const QString& email)
    {
        const HttpResponse r = http.get(QStringLiteral("/api/v1/admin/waitlist?search=") + email);
        return r.json()
            .value(QStringLiteral("items"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

    static TestServer* s_server;
    static TestWorkspace* s_workspaceDir;
    static store::Workspace* s_workspace;
    std::unique_ptr<UiTestContext> ui;
    std::unique_ptr<CrmScreen> screen;
    HttpClient http;
};

TestServer* CrmScreenTest::s_server = nullptr;
TestWorkspace* CrmScreenTest::s_workspaceDir = nullptr;
store::Workspace* CrmScreenTest::s_workspace = nullptr;

} // namespace

TEST_F(CrmScreenTest, SignedOutItSaysWhoItIsForAndShowsNoList)
{
    EXPECT_TRUE(bannerText().contains(QStringLiteral("sign in with a super_admin account")))
        << bannerText().toStdString();
    EXPECT_FALSE(screen->showsLists());
    EXPECT_FALSE(find<QPushButton>("crmSignOut")->isVisible());
    // Empty fields are refused next to them; nothing is sent.
    QTest::mouseClick(find<QPushButton>("crmSignIn"), Qt::LeftButton);
    EXPECT_FALSE(screen->signIn().errors().messageFor(QStringLiteral("email")).isEmpty());
    EXPECT_FALSE(screen->signIn().errors().messageFor(QStringLiteral("password")).isEmpty());
    EXPECT_FALSE(screen->client().isSignedIn());
}

TEST_F(CrmScreenTest, AManagerIsRefusedWithAClearMessage)
{
    signInAs(kManager, crm::kPassword);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !screen->signIn().message().isEmpty(); }, 15'000));
    EXPECT_TRUE(screen->signIn().message().contains(QStringLiteral("platform admins only")))
        << screen->signIn().message().toStdString();
    EXPECT_TRUE(screen->signIn().message().contains(QStringLiteral("super_admin")));
    EXPECT_FALSE(screen->showsLists());
    EXPECT_FALSE(screen->client().isSignedIn()); // signed out again, no token kept
    snapshot(QStringLiteral("crm-signin-refused"));
}

TEST_F(CrmScreenTest, AWrongPasswordIsSaidSo)
{
    signInAs(kAdmin, QStringLiteral("not-the-password-1"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !screen->signIn().message().isEmpty(); }, 15'000));
    EXPECT_EQ(screen->signIn().message(), QStringLiteral("The email or password is wrong."));
    EXPECT_FALSE(screen->showsLists());
}

TEST_F(CrmScreenTest, AdminSeesTheWaitlistSearchesFiltersPagesAndSorts)
{
    ASSERT_TRUE(signInAsAdmin());
    EXPECT_TRUE(find<QPushButton>("crmSignOut")->isVisible());
    CrmListTab& tab = screen->waitlist();
    QAbstractItemModelTester tester(&tab.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GE(tab.total(), 3);
    EXPECT_EQ(tab.listMessage(), QString());

    // Ctrl+F goes to the search; typing narrows the list after a pause.
    QTest::keyClick(tab.findChild<QTableView*>(QStringLiteral("crmTable")), Qt::Key_F,
                    Qt::ControlModifier);
    auto* search = find<QLineEdit>("crmSearch", &tab);
    EXPECT_TRUE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("hostels"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return tab.total() == 3 && !tab.isLoading(); }, 15'000));
    EXPECT_EQ(tab.model().rowCount(), 3);          // chetan, dev, esha @hostels.in
    QTest::keyClicks(search, QStringLiteral("_")); // a literal _, not a wildcard
    ASSERT_TRUE(QTest::qWaitFor([&] { return tab.total() == 0 && !tab.isLoading(); }, 15'000));
    EXPECT_TRUE(tab.listMessage().contains(QStringLiteral("Nothing matches")))
        << tab.listMessage().toStdString();
    search->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return tab.total() >= 3 && !tab.isLoading(); }, 15'000));

    // Sorting by a column: names descending puts Esha before Dev before Chetan.
    auto* table = tab.findChild<QTableView*>(QStringLiteral("crmTable"));
    table->horizontalHeader()->setSortIndicator(1, Qt::DescendingOrder);
    ASSERT_TRUE(waitLoaded(tab));
    QStringList names;
    for (int row = 0; row < tab.model().rowCount(); ++row)
        names.append(tab.model().record(row).value(QStringLiteral("fullName")).toString());
    EXPECT_LT(names.indexOf(QStringLiteral("Esha")), names.indexOf(QStringLiteral("Dev")));
    EXPECT_LT(names.indexOf(QStringLiteral("Dev")), names.indexOf(QStringLiteral("Chetan")));

    // A filter nobody matches says so rather than showing an empty table silently.
    auto* priority = find<QComboBox>("crmSecondFilter", &tab);
    priority->setCurrentIndex(priority->findData(QStringLiteral("vip")));
    ASSERT_TRUE(waitLoaded(tab));
    EXPECT_EQ(tab.total(), 0);
    EXPECT_FALSE(tab.listMessage().isEmpty());
    priority->setCurrentIndex(0);
    ASSERT_TRUE(waitLoaded(tab));
    EXPECT_GE(tab.total(), 3);
}

TEST_F(CrmScreenTest, EditingAStatusAndNotesSavesThemOnTheServer)
{
    ASSERT_TRUE(signInAsAdmin());
    CrmListTab& tab = screen->waitlist();
    ASSERT_TRUE(open(tab, QStringLiteral("bina@pgmail.in")));
    auto& pane = tab.detail();
    auto* status = find<QComboBox>("crmStatus", &pane);
    auto* priority = find<QComboBox>("crmPriority", &pane);
    auto* notes = find<QPlainTextEdit>("crmNotes", &pane);
    status->setCurrentIndex(status->findData(QStringLiteral("cancelled")));
    priority->setCurrentIndex(priority->findData(QStringLiteral("high")));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Moved to Pune"));
    QTest::keyClick(notes, Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves
    const QString id = pane.recordId();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return pane.record().value(QStringLiteral("status")).toString() ==
                   QLatin1String("cancelled");
        },
        15'000))
        << pane.message().toStdString();
    const QJsonObject saved = serverRecord(QStringLiteral("/api/v1/admin/waitlist/") + id);
    EXPECT_EQ(saved.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    EXPECT_EQ(saved.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    EXPECT_EQ(saved.value(QStringLiteral("notes")).toString(), QStringLiteral("Moved to Pune"));
    // The activity list shows the change.
    QAbstractItemModelTester tester(&pane.activities(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(pane.activities().rowCount(), 1);
    EXPECT_EQ(pane.activities().data(pane.activities().index(0, 1)).toString(),
              QStringLiteral("Status changed"));
    EXPECT_EQ(pane.activities().data(pane.activities().index(0, 2)).toString(),
              QStringLiteral("pending → cancelled"));
    snapshot(QStringLiteral("crm-waitlist"));

    // The status filter finds it.
    auto* filter = find<QComboBox>("crmStatusFilter", &tab);
    filter->setCurrentIndex(filter->findData(QStringLiteral("cancelled")));
    ASSERT_TRUE(waitLoaded(tab));
    ASSERT_GE(tab.model().rowCount(), 1);
    EXPECT_GE(tab.model().rowOf(id), 0);
}

TEST_F(CrmScreenTest, InviteOnceThenTheButtonIsOff)
{
    ASSERT_TRUE(signInAsAdmin());
    CrmListTab& tab = screen->waitlist();
    ASSERT_TRUE(open(tab, QStringLiteral("dev@hostels.in")));
    auto* invite = find<QPushButton>("crmInvite", &tab.detail());
    ASSERT_TRUE(invite->isEnabled());
    QTest::mouseClick(invite, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return tab.detail().record().value(QStringLiteral("status")).toString() ==
                   QLatin1String("invited");
        },
        15'000))
        << tab.detail().message().toStdString();
    EXPECT_FALSE(invite->isEnabled());
    EXPECT_EQ(serverRecord(QStringLiteral("/api/v1/admin/waitlist/") + tab.detail().recordId())
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("invited"));
}

TEST_F(CrmScreenTest, DeleteAsksFirstAndKeepsTheEntryWhenCancelled)
{
    ASSERT_TRUE(signInAsAdmin());
    CrmListTab& tab = screen->waitlist();
    ASSERT_TRUE(open(tab, QStringLiteral("esha@hostels.in")));
    const QString id = tab.detail().recordId();
    QStringList asked;
    bool answer = false;
    tab.detail().confirm = [&](const QString& question) {
        asked.append(question);
        return answer;
    };
    auto* table = tab.findChild<QTableView*>(QStringLiteral("crmTable"));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_TRUE(asked[0].contains(QStringLiteral("esha@hostels.in")));
    EXPECT_EQ(http.get(QStringLiteral("/api/v1/admin/waitlist/") + id).status, 200);

    answer = true;
    QTest::keyClick(table, Qt::Key_Delete);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return http.get(QStringLiteral("/api/v1/admin/waitlist/") + id).status == 404; },
        15'000));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !tab.isLoading() && tab.model().rowOf(id) < 0; }, 15'000));
}

TEST_F(CrmScreenTest, LeadNotesAndARefusedEditThatChangesNothing)
{
    ASSERT_TRUE(signInAsAdmin());
    auto* tabs = find<QTabWidget>("crmTabs");
    tabs->setCurrentWidget(&screen->leads());
    CrmListTab& tab = screen->leads();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !tab.isLoading() && tab.model().rowCount() >= 2; }, 15'000));
    QAbstractItemModelTester tester(&tab.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(open(tab, QStringLiteral("jane@vcfirm.in")));
    auto& pane = tab.detail();
    const QString path = QStringLiteral("/api/v1/admin/investor-leads/") + pane.recordId();

    // A note, typed and sent with Enter.
    auto* type = find<QComboBox>("crmActivityType", &pane);
    type->setCurrentIndex(type->findData(QStringLiteral("note_added")));
    auto* text = find<QLineEdit>("crmActivityText", &pane);
    QTest::keyClicks(text, QStringLiteral("Met at the TiE meetup"));
    QTest::keyClick(text, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane.activities().rowCount() == 1; }, 15'000))
        << pane.message().toStdString();
    EXPECT_EQ(pane.activities().data(pane.activities().index(0, 1)).toString(),
              QStringLiteral("Note"));
    EXPECT_EQ(pane.activities().data(pane.activities().index(0, 2)).toString(),
              QStringLiteral("Met at the TiE meetup"));
    EXPECT_TRUE(text->text().isEmpty());
    const QJsonArray onServer = serverRecord(path).value(QStringLiteral("activities")).toArray();
    ASSERT_EQ(onServer.size(), 1);
    EXPECT_EQ(onServer[0].toObject().value(QStringLiteral("description")).toString(),
              QStringLiteral("Met at the TiE meetup"));

    // A follow-up date that is not a date is refused beside its field, before sending.
    auto* followUp = find<QLineEdit>("crmFollowUp", &pane);
    QTest::keyClicks(followUp, QStringLiteral("31-02-2026"));
    QTest::keyClick(followUp, Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(pane.errors().messageFor(QStringLiteral("nextFollowUpAt")).isEmpty());
    EXPECT_EQ(followUp->text(), QStringLiteral("31-02-2026")); // the typing stays

    // Notes the server refuses (over 10,000 characters): its message beside the notes, the
    // typing kept, nothing changed on the server.
    followUp->clear();
    auto* status = find<QComboBox>("crmStatus", &pane);
    status->setCurrentIndex(status->findData(QStringLiteral("qualified")));
    auto* notes = find<QPlainTextEdit>("crmNotes", &pane);
    const QString tooLong(10'001, QLatin1Char('n'));
    notes->setPlainText(tooLong);
    QTest::mouseClick(find<QPushButton>("crmSave", &pane), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !pane.errors().messageFor(QStringLiteral("internalNotes")).isEmpty(); },
        15'000))
        << pane.message().toStdString();
    EXPECT_TRUE(pane.errors()
                    .messageFor(QStringLiteral("internalNotes"))
                    .contains(QStringLiteral("10000")));
    EXPECT_EQ(notes->toPlainText(), tooLong);
    EXPECT_EQ(status->currentData().toString(), QStringLiteral("qualified"));
    const QJsonObject unchanged = serverRecord(path);
    EXPECT_EQ(unchanged.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    EXPECT_EQ(unchanged.value(QStringLiteral("internalNotes")).toString(), QString());
    EXPECT_TRUE(unchanged.value(QStringLiteral("nextFollowUpAt")).isNull());
    notes->setPlainText(QStringLiteral("Wants Q3 numbers"));
    snapshot(QStringLiteral("crm-leads"));
}

TEST_F(CrmScreenTest, ExportWritesTheCsvOfWhatTheFiltersMatch)
{
    ASSERT_TRUE(signInAsAdmin());
    CrmListTab& tab = screen->waitlist();
    auto* search = find<QLineEdit>("crmSearch", &tab);
    QTest::keyClicks(search, QStringLiteral("pgmail"));
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !tab.isLoading() && tab.total() == 2; }, 15'000));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("waitlist.csv"));
    QStringList suggested;
    tab.askSavePath = [&](const QString& name) {
        suggested.append(name);
        return path;
    };
    bool written = false;
    QObject::connect(&tab, &CrmListTab::exported, [&](bool ok) { written = ok; });
    QTest::mouseClick(find<QPushButton>("crmExport", &tab), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return written; }, 15'000))
        << tab.exportMessage().toStdString();
    EXPECT_EQ(suggested, QStringList{QStringLiteral("waitlist.csv")});
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    // The header, Asha and Bina (the two @pgmail.in entries, oldest first), then the end.
    ASSERT_EQ(lines.size(), 4) << bytes.toStdString();
    EXPECT_TRUE(lines[0].startsWith(
        QStringLiteral("id,email,full_name,phone,company_name,status,priority,")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",asha@pgmail.in,Asha Rao,")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral(",bina@pgmail.in,Bina Shah,")))
        << lines[2].toStdString();
    EXPECT_TRUE(tab.exportMessage().contains(QStringLiteral("2 record")))
        << tab.exportMessage().toStdString();
}

TEST_F(CrmScreenTest, AServerThatIsDownIsAClearErrorNotAnEmptyList)
{
    // A server of this test's own, stopped once the admin is in.
    TestServer own(Backend::Embedded,
                   {QStringLiteral("--rate-limit-multiplier"), QStringLiteral("0")});
    ASSERT_TRUE(own.start()) << own.error().toStdString();
    ASSERT_EQ(
        crm::addUser(own, kAdmin, crm::kPassword, QStringLiteral("super_admin")).toStdString(), "");
    HttpClient site(own.baseUrl());
    ASSERT_FALSE(crm::joinWaitlist(site, QStringLiteral("asha@pgmail.in"), QStringLiteral("Asha"))
                     .isEmpty());
    QLineEdit* server = find<QLineEdit>("crmServerUrl");
    server->clear();
    QTest::keyClicks(server, own.baseUrl());
    QTest::keyClicks(find<QLineEdit>("crmEmail"), kAdmin);
    QTest::keyClicks(find<QLineEdit>("crmPassword"), crm::kPassword);
    QTest::mouseClick(find<QPushButton>("crmSignIn"), Qt::LeftButton);
    CrmListTab& tab = screen->waitlist();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return screen->showsLists() && !tab.isLoading() && tab.total() == 1; }, 15'000));
    // The address typed is used, not saved: server/url stays the bundled server's.
    EXPECT_EQ(QSettings().value(QStringLiteral("server/url")).toString(), s_server->baseUrl());

    ASSERT_TRUE(own.stop());
    screen->activate(); // what the window's Go ▸ Refresh (F5) does
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !tab.isLoading() && !tab.listMessage().isEmpty(); }, 30'000));
    EXPECT_TRUE(tab.listMessage().contains(QStringLiteral("is not answering")))
        << tab.listMessage().toStdString();
    EXPECT_TRUE(tab.listMessage().contains(own.baseUrl()));
    EXPECT_TRUE(find<QLabel>("crmListMessage", &tab)->isVisible());
    EXPECT_EQ(tab.model().rowCount(), 0);
    QSettings().setValue(QStringLiteral("server/url"), s_server->baseUrl());
}

TEST_F(CrmScreenTest, AnExpiredAccessTokenIsRenewedOnceAndTheCallRepeated)
{
    ASSERT_TRUE(signInAsAdmin());
    CrmListTab& tab = screen->waitlist();
    const int before = tab.total();
    ASSERT_GE(before, 3);
    screen->client().dropAccessToken();
    screen->activate(); // what the window's Go ▸ Refresh (F5) does
    ASSERT_TRUE(QTest::qWaitFor([&] { return !tab.isLoading(); }, 15'000));
    EXPECT_EQ(tab.listMessage(), QString()) << tab.listMessage().toStdString();
    EXPECT_EQ(tab.total(), before);
    EXPECT_TRUE(screen->client().isSignedIn());
    EXPECT_TRUE(screen->showsLists());
}

TEST_F(CrmScreenTest, ARevokedSignInEndsWithAClearMessage)
{
    ASSERT_TRUE(signInAsAdmin());
    // The desktop's session (the newest of that name: sessions come newest first), revoked
    // from another sign-in of the same admin.
    const QJsonArray sessions = http.get(QStringLiteral("/api/v1/auth/sessions"))
                                    .json()
                                    .value(QStringLiteral("sessions"))
                                    .toArray();
    QString desktop;
    for (const QJsonValue& s : sessions)
        if (desktop.isEmpty() && s.toObject().value(QStringLiteral("deviceName")).toString() ==
                                     QLatin1String("RentFlow desktop CRM"))
            desktop = s.toObject().value(QStringLiteral("id")).toString();
    ASSERT_FALSE(desktop.isEmpty());
    ASSERT_EQ(http.del(QStringLiteral("/api/v1/auth/sessions/") + desktop).status / 100, 2);

    screen->client().dropAccessToken();
    screen->activate(); // what the window's Go ▸ Refresh (F5) does
    ASSERT_TRUE(QTest::qWaitFor([&] { return !screen->showsLists(); }, 15'000));
    EXPECT_EQ(screen->signIn().message(), QStringLiteral("Your sign-in has ended. Sign in again."));
    EXPECT_FALSE(screen->client().isSignedIn());
    EXPECT_TRUE(bannerText().contains(QStringLiteral("super_admin")));
}
