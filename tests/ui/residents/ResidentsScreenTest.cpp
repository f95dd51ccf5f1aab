// The Residents screen driven as the office uses it: the list a page at a time, the search
// and filters, the profile with every field, edits refused next to the field with nothing
// written, a new resident (KYC scans and the photo: ResidentKycTest.cpp).
#include "ResidentsTestFixture.h"

TEST_F(ResidentsScreenTest, TheListReadsAPageAtATimeAndPassesTheModelTester)
{
    addGuests(300); // with the sample's 2: 302 residents
    ui::ResidentListModel model(store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.setFilter({}));
    EXPECT_EQ(model.total(), 302);
    EXPECT_EQ(model.rowCount(), 200); // the first page only
    EXPECT_TRUE(model.canFetchMore({}));
    // Name order: "Arjun Mehta" < "Guest Aaa" < … < "Guest Ami" (the 300th, n = 299 =
    // 0·676 + 11·26 + 13: a, l, n → "Aln") < "Lakshmi Narayanan".
    EXPECT_EQ(model.index(0, ui::ResidentListModel::Name).data().toString(),
              QStringLiteral("Arjun Mehta"));
    EXPECT_EQ(model.index(1, ui::ResidentListModel::Name).data().toString(),
              QStringLiteral("Guest Aaa"));
    EXPECT_EQ(model.index(0, ui::ResidentListModel::Balance).data().toString(),
              QStringLiteral("₹\u00A00.00"));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 302);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.index(300, ui::ResidentListModel::Name).data().toString(),
              QStringLiteral("Guest Aln"));
    EXPECT_EQ(model.index(301, ui::ResidentListModel::Name).data().toString(),
              QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(model.residentId(301), pg.residentIds[0]);
}

TEST_F(ResidentsScreenTest, SearchAndFiltersNarrowTheListAsTheUserTypes)
{
    addGuests(30);
    // Lakshmi in bed 101-A, billed ₹12,000 for November: she owes ₹12,000.
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    pg.bill(u"2026-11");
    ui::ResidentsScreen screen(ui.context);
    screen.resize(1366, 768);
    screen.show();
    screen.activate();
    auto* model = screen.listModel();
    EXPECT_EQ(model->rowCount(), 32);
    auto* count = child<QLabel>(screen, "residentCountLabel");
    EXPECT_EQ(count->text(), QStringLiteral("32 residents"));

    auto* search = child<QLineEdit>(screen, "residentSearchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("101-a"));
    QTRY_COMPARE(model->rowCount(), 1); // after the typing pause
    EXPECT_EQ(model->index(0, ui::ResidentListModel::Name).data().toString(),
              QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(model->index(0, ui::ResidentListModel::Bed).data().toString(),
              QStringLiteral("101-A"));
    EXPECT_EQ(model->index(0, ui::ResidentListModel::Property).data().toString(),
              QStringLiteral("Koramangala"));
    EXPECT_EQ(model->index(0, ui::ResidentListModel::Stay).data().toString(),
              QStringLiteral("Staying"));
    EXPECT_EQ(model->index(0, ui::ResidentListModel::Balance).data().toString(),
              QStringLiteral("₹\u00A012,000.00"));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("9000000012")); // Guest Aam's phone (n = 12)
    QTest::keyClick(search, Qt::Key_Return);                // no wait: Enter reads at once
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, ui::ResidentListModel::Name).data().toString(),
              QStringLiteral("Guest Aam"));

    search->clear();
    QTRY_COMPARE(model->rowCount(), 32);
    auto* filter = child<QComboBox>(screen, "residentFilterCombo");
    filter->setCurrentIndex(ui::ResidentsScreen::WithDues);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->residentId(0), pg.residentIds[0]);
    EXPECT_EQ(model->total(), -1); // not counted ahead: a short page is the last
    EXPECT_FALSE(model->canFetchMore({}));
    EXPECT_EQ(count->text(), QStringLiteral("1 resident"));
    filter->setCurrentIndex(ui::ResidentsScreen::StayingNow);
    EXPECT_EQ(model->rowCount(), 1);

    search->setText(QStringLiteral("nobody at all"));
    QTRY_VERIFY(child<QLabel>(screen, "residentEmptyLabel")->isVisible());
    EXPECT_FALSE(child<QTableView>(screen, "residentTable")->isVisible());
}

TEST_F(ResidentsScreenTest, AnEmptyWorkspaceSaysHowToAddTheFirstResident)
{
    test::TestWorkspace files;
    auto workspace = files.create();
    test::UiTestContext empty(*workspace);
    ui::ResidentsScreen screen(empty.context);
    screen.show();
    screen.activate();
    auto* label = child<QLabel>(screen, "residentEmptyLabel");
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().contains(QStringLiteral("Ctrl+N")));
}

TEST_F(ResidentsScreenTest, EnterOnARowOpensTheProfileWithEveryFieldAndEscGoesBack)
{
    ResidentChanges full;
    full.email = QStringLiteral("lakshmi@example.com");
    full.pan = QStringLiteral("ABCPS1234K");
    full.aadhaar = QStringLiteral("234123412346");
    full.dateOfBirth = QStringLiteral("2001-03-15");
    full.gender = QStringLiteral("female");
    full.fatherName = QStringLiteral("Narayanan Iyer");
    full.language = QStringLiteral("hi");
    full.permanentAddress = QStringLiteral("12, Civil Lines, Jaipur 302006");
    full.occupation = QStringLiteral("Software engineer");
    full.employer = QStringLiteral("Infosys");
    full.emergencyName = QStringLiteral("Sunita Iyer");
    full.emergencyPhone = QStringLiteral("9829012345");
    full.gstin = QStringLiteral("29AAACR5055K1Z3");
    full.kycStatus = QStringLiteral("verified");
    full.policeStatus = QStringLiteral("submitted");
    full.policeVerifiedOn = QStringLiteral("2026-11-20");
    full.notes = QStringLiteral("Vegetarian");
    ASSERT_TRUE(ResidentRepository(store()).update(pg.residentIds[0], full, kToday).ok());
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.bill(u"2026-10");

    ui::ResidentsScreen screen(ui.context);
    screen.resize(1366, 768);
    screen.show();
    screen.activate();
    auto* table = child<QTableView>(screen, "residentTable");
    table->setFocus();
    table->setCurrentIndex(screen.listModel()->index(1, 0)); // Lakshmi, after Arjun
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_TRUE(screen.isShowingProfile());
    ui::ResidentProfile& profile = *screen.profile();
    EXPECT_EQ(profile.residentId(), pg.residentIds[0]);
    EXPECT_EQ(child<QLabel>(profile, "residentNameLabel")->text(),
              QStringLiteral("Lakshmi Narayanan"));
    EXPECT_TRUE(child<QLabel>(profile, "residentSummaryLabel")->text().contains(u"101-A"));
    // October billed at ₹12,000, nothing paid.
    EXPECT_EQ(child<QLabel>(profile, "residentDuesLabel")->text(),
              QStringLiteral("Owes ₹\u00A012,000.00"));

    const auto text = [&](const char* name) {
        return child<QLineEdit>(profile, name)->text();
    };
    EXPECT_EQ(text("nameEdit"), QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(text("phoneEdit"), QStringLiteral("+919845012345"));
    EXPECT_EQ(text("emailEdit"), QStringLiteral("lakshmi@example.com"));
    EXPECT_EQ(text("dateOfBirthEdit"), QStringLiteral("15-03-2001"));
    EXPECT_EQ(text("fatherNameEdit"), QStringLiteral("Narayanan Iyer"));
    EXPECT_EQ(text("addressEdit"), QStringLiteral("12, Civil Lines, Jaipur 302006"));
    EXPECT_EQ(text("occupationEdit"), QStringLiteral("Software engineer"));
    EXPECT_EQ(text("employerEdit"), QStringLiteral("Infosys"));
    EXPECT_EQ(text("emergencyNameEdit"), QStringLiteral("Sunita Iyer"));
    EXPECT_EQ(text("emergencyPhoneEdit"), QStringLiteral("+919829012345"));
    EXPECT_EQ(text("panEdit"), QStringLiteral("ABCPS1234K"));
    EXPECT_EQ(text("aadhaarEdit"), QString()); // never shown in full
    EXPECT_EQ(child<QLineEdit>(profile, "aadhaarEdit")->placeholderText(),
              QStringLiteral("XXXX XXXX 2346"));
    EXPECT_EQ(text("gstinEdit"), QStringLiteral("29AAACR5055K1Z3"));
    EXPECT_EQ(text("policeVerifiedOnEdit"), QStringLiteral("20-11-2026"));
    EXPECT_EQ(child<QComboBox>(profile, "genderCombo")->currentData().toString(),
              QStringLiteral("female"));
    EXPECT_EQ(child<QComboBox>(profile, "languageCombo")->currentData().toString(),
              QStringLiteral("hi"));
    EXPECT_EQ(child<QComboBox>(profile, "kycStatusCombo")->currentData().toString(),
              QStringLiteral("verified"));
    EXPECT_EQ(child<QComboBox>(profile, "policeStatusCombo")->currentData().toString(),
              QStringLiteral("submitted"));
    EXPECT_EQ(child<QPlainTextEdit>(profile, "notesEdit")->toPlainText(),
              QStringLiteral("Vegetarian"));

    auto* ledger = child<QTableWidget>(profile, "ledgerTable");
    ASSERT_EQ(ledger->rowCount(), 1);
    EXPECT_EQ(ledger->item(0, 3)->text(), QStringLiteral("₹\u00A012,000.00"));
    EXPECT_EQ(ledger->item(0, 5)->text(), QStringLiteral("₹\u00A012,000.00"));
    auto* stays = child<QTableWidget>(profile, "staysTable");
    ASSERT_EQ(stays->rowCount(), 1);
    EXPECT_EQ(stays->item(0, 0)->text(), QStringLiteral("101-A"));
    EXPECT_EQ(stays->item(0, 2)->text(), QStringLiteral("01-10-2026"));
    EXPECT_EQ(stays->item(0, 3)->text(), QString());
    auto* documents = child<QTableWidget>(profile, "documentsTable");
    // The agreement and the October invoice, both of 01-10-2026: the agreement first.
    ASSERT_EQ(documents->rowCount(), 2);
    EXPECT_EQ(documents->item(0, 1)->text(), QStringLiteral("Rental agreement"));
    EXPECT_EQ(documents->item(1, 1)->text(), QStringLiteral("Invoice"));
    EXPECT_EQ(documents->item(1, 3)->text(), QStringLiteral("₹\u00A012,000.00"));
    // A staying resident: notice, transfer, check-out; no second check-in.
    EXPECT_FALSE(child<QPushButton>(profile, "checkInButton")->isEnabled());
    EXPECT_TRUE(child<QPushButton>(profile, "checkOutButton")->isEnabled());

    // The invoice opens in the preview of the real PDF.
    documents->setCurrentCell(1, 0);
    profile.openSelectedDocument();
    auto* preview = profile.findChild<ui::DocumentPreviewDialog*>();
    ASSERT_NE(preview, nullptr);
    EXPECT_EQ(preview->document().kind, ui::DocumentRef::Kind::Invoice);
    EXPECT_GE(preview->pageCount(), 1);
    preview->close();

    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    QTest::keyClick(child<QLineEdit>(profile, "nameEdit"), Qt::Key_Escape);
    EXPECT_FALSE(screen.isShowingProfile());
}

TEST_F(ResidentsScreenTest, AnEditIsSavedAndBadInputIsRefusedNextToTheFieldWithNothingWritten)
{
    ui::ResidentsScreen screen(ui.context);
    screen.show();
    ASSERT_TRUE(screen.openRecord({ui::RecordRef::Kind::Resident, pg.residentIds[1]}));
    ui::ResidentProfile& profile = *screen.profile();
    auto* email = child<QLineEdit>(profile, "emailEdit");
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("arjun@example.com"));
    child<QComboBox>(profile, "kycStatusCombo")->setCurrentIndex(2); // Verified
    QTest::mouseClick(child<QPushButton>(profile, "saveResidentButton"), Qt::LeftButton);
    const auto saved = ResidentRepository(store()).find(pg.residentIds[1]).value().value();
    EXPECT_EQ(saved.email, QStringLiteral("arjun@example.com"));
    EXPECT_EQ(saved.kycStatus, QStringLiteral("verified"));

    const qint64 before = changeCount();
    const auto retype = [&](const char* name, const QString& value) {
        auto* edit = child<QLineEdit>(profile, name);
        edit->selectAll();
        QTest::keyClicks(edit, value);
    };
    // A day that is no day is refused by the form itself.
    retype("dateOfBirthEdit", QStringLiteral("31-02-2001"));
    QTest::mouseClick(child<QPushButton>(profile, "saveResidentButton"), Qt::LeftButton);
    ui::FormErrors& errors = profile.form()->errors();
    EXPECT_FALSE(errors.messageFor(QStringLiteral("dob")).isEmpty());
    EXPECT_TRUE(child<QLabel>(profile, "dobErrorLabel")->isVisible());
    EXPECT_EQ(changeCount(), before);

    // The rest by the models' rules, every refused field at once.
    retype("phoneEdit", QStringLiteral("12345"));
    retype("panEdit", QStringLiteral("ABC12"));
    retype("aadhaarEdit", QStringLiteral("234123412345")); // check digit wrong (…346 is right)
    retype("emailEdit", QStringLiteral("arjun@"));
    retype("dateOfBirthEdit", QStringLiteral("15-03-2099")); // in the future
    QTest::mouseClick(child<QPushButton>(profile, "saveResidentButton"), Qt::LeftButton);
    for (const char* field : {"phone", "pan", "aadhaar", "email", "dob"}) {
        EXPECT_FALSE(errors.messageFor(QString::fromLatin1(field)).isEmpty()) << field;
        EXPECT_TRUE(
            child<QLabel>(profile, (std::string(field) + "ErrorLabel").c_str())->isVisible())
            << field;
    }
    EXPECT_EQ(changeCount(), before);
    const auto unchanged = ResidentRepository(store()).find(pg.residentIds[1]).value().value();
    EXPECT_EQ(unchanged.phone, QStringLiteral("+919845012346"));
    EXPECT_EQ(unchanged.email, QStringLiteral("arjun@example.com"));
    // Nothing typed is lost.
    EXPECT_EQ(child<QLineEdit>(profile, "phoneEdit")->text(), QStringLiteral("12345"));
    EXPECT_EQ(child<QLineEdit>(profile, "aadhaarEdit")->text(), QStringLiteral("234123412345"));
    EXPECT_EQ(child<QLineEdit>(profile, "dateOfBirthEdit")->text(), QStringLiteral("15-03-2099"));
}

TEST_F(ResidentsScreenTest, ANewResidentIsAddedOnlyWhenEveryFieldIsRight)
{
    ui::NewResidentDialog dialog(ui.context);
    dialog.show();
    const qint64 residents = count(QStringLiteral("SELECT count(*) FROM resident"));
    auto* name = child<QLineEdit>(dialog, "nameEdit");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Priya Sharma"));
    auto* phone = child<QLineEdit>(dialog, "phoneEdit");
    QTest::keyClicks(phone, QStringLiteral("98450"));
    QTest::keyClicks(child<QLineEdit>(dialog, "panEdit"), QStringLiteral("ABCPS1234"));
    QTest::keyClick(phone, Qt::Key_Return); // Enter: Add resident
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.form()->errors().messageFor(QStringLiteral("phone")).isEmpty());
    EXPECT_FALSE(dialog.form()->errors().messageFor(QStringLiteral("pan")).isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM resident")), residents);
    EXPECT_EQ(name->text(), QStringLiteral("Priya Sharma"));

    QTest::keyClicks(phone, QStringLiteral("12399"));
    QTest::keyClicks(child<QLineEdit>(dialog, "panEdit"), QStringLiteral("K"));
    QTest::keyClick(phone, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const auto added = ResidentRepository(store()).find(dialog.residentId()).value();
    ASSERT_TRUE(added.has_value());
    EXPECT_EQ(added->fullName(), QStringLiteral("Priya Sharma"));
    EXPECT_EQ(added->phone, QStringLiteral("+919845012399"));
    EXPECT_EQ(added->pan, QStringLiteral("ABCPS1234K"));
}

TEST_F(ResidentsScreenTest, ScreensRenderAt1366By768)
{
    const QByteArray folder = qgetenv("RENTFLOW_SCREENSHOTS");
    addGuests(40);
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.bill(u"2026-10");
    pg.bill(u"2026-11");
    ASSERT_TRUE(RecordPayment(store())
                    .run({pg.residentIds[0], QStringLiteral("5000"), QStringLiteral("upi"),
                          QStringLiteral("UTR123"), QStringLiteral("2026-11-05")},
                         QDate(2026, 11, 5))
                    .ok());
    ui::ResidentsScreen screen(ui.context);
    screen.resize(1366, 768);
    screen.show();
    screen.activate();
    // Every column fits its header at this width.
    auto* table = child<QTableView>(screen, "residentTable");
    for (int column = 0; column < ui::ResidentListModel::ColumnCount; ++column)
        EXPECT_GE(table->columnWidth(column), 80) << column;
    if (!folder.isEmpty())
        screen.grab().save(QString::fromLocal8Bit(folder) + QStringLiteral("/residents-list.png"));
    screen.openRecord({ui::RecordRef::Kind::Resident, pg.residentIds[0]});
    auto* tabs = child<QTabWidget>(*screen.profile(), "profileTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        if (!folder.isEmpty())
            screen.grab().save(QString::fromLocal8Bit(folder) +
                               QStringLiteral("/residents-profile-%1.png").arg(tab));
    }
    EXPECT_TRUE(screen.profile()->errorText().isEmpty());
}

TEST_F(ResidentsScreenTest, AListThatCannotBeReadSaysSoInsteadOfShowingNoResidents)
{
    QSqlQuery q(store().database());
    ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE resident RENAME TO resident_elsewhere")));
    ui::ResidentsScreen screen(ui.context);
    screen.show();
    screen.activate();
    auto* error = child<QLabel>(screen, "residentListErrorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("The residents could not be read")));
    EXPECT_FALSE(child<QLabel>(screen, "residentEmptyLabel")->isVisible());
    EXPECT_FALSE(child<QTableView>(screen, "residentTable")->isVisible());
    EXPECT_FALSE(screen.listModel()->error().isEmpty());
}

TEST_F(ResidentsScreenTest, TheStatementAsksForItsPeriodAndOpensInPreview)
{
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.bill(u"2026-10");
    ui::ResidentsScreen screen(ui.context);
    screen.show();
    screen.openRecord({ui::RecordRef::Kind::Resident, pg.residentIds[0]});
    bool refused = false;
    QTimer::singleShot(0, [&] {
        auto* period = screen.findChild<ui::StatementPeriodDialog*>();
        ASSERT_NE(period, nullptr);
        auto* from = period->findChild<QDateEdit*>(QStringLiteral("statementFromDate"));
        auto* to = period->findChild<QDateEdit*>(QStringLiteral("statementToDate"));
        from->setDate(QDate(2026, 11, 30));
        to->setDate(QDate(2026, 10, 1));
        QTest::keyClick(to, Qt::Key_Return); // from after to: refused, still open
        refused = period->isVisible();
        from->setDate(QDate(2026, 10, 1));
        to->setDate(QDate(2026, 10, 31));
        QTest::keyClick(to, Qt::Key_Return);
    });
    QTest::mouseClick(child<QPushButton>(*screen.profile(), "statementButton"), Qt::LeftButton);
    EXPECT_TRUE(refused);
    auto* preview = screen.profile()->findChild<ui::DocumentPreviewDialog*>();
    ASSERT_NE(preview, nullptr);
    EXPECT_EQ(preview->document().kind, ui::DocumentRef::Kind::Statement);
    EXPECT_EQ(preview->document().from, QDate(2026, 10, 1));
    EXPECT_EQ(preview->document().to, QDate(2026, 10, 31));
    EXPECT_GE(preview->pageCount(), 1);
}

TEST_F(ResidentsScreenTest, CtrlNAddsAResidentByKeyboardAndShowsTheirProfile)
{
    ui::ResidentsScreen screen(ui.context);
    screen.show();
    screen.activate();
    screen.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&screen));
    bool typed = false;
    // Once the dialog is up (it runs its own event loop), type into it as the user would.
    auto* poll = new QTimer(&screen);
    QObject::connect(poll, &QTimer::timeout, [&, poll] {
        auto* dialog = screen.findChild<ui::NewResidentDialog*>();
        if (!dialog || !dialog->isVisible())
            return;
        poll->stop();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Meera Pillai"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to the phone
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("9845012377"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        typed = true;
    });
    poll->start(10);
    QTest::keyClick(child<QLineEdit>(screen, "residentSearchEdit"), Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(typed);
    ASSERT_TRUE(screen.isShowingProfile());
    EXPECT_EQ(child<QLabel>(*screen.profile(), "residentNameLabel")->text(),
              QStringLiteral("Meera Pillai"));
    const auto added = ResidentRepository(store()).find(screen.profile()->residentId()).value();
    ASSERT_TRUE(added.has_value());
    EXPECT_EQ(added->phone, QStringLiteral("+919845012377"));
    EXPECT_EQ(screen.listModel()->total(), 3); // the sample's two and Meera
}

TEST_F(ResidentsScreenTest, ComingBackToTheScreenKeepsWhatWasTypedUntilSavedOrUndone)
{
    ui::ResidentsScreen screen(ui.context);
    screen.show();
    screen.openRecord({ui::RecordRef::Kind::Resident, pg.residentIds[1]});
    auto* email = child<QLineEdit>(*screen.profile(), "emailEdit");
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("arjun@exa"));
    screen.activate(); // the user went to another screen and came back
    EXPECT_EQ(email->text(), QStringLiteral("arjun@exa"));
    QTest::mouseClick(child<QPushButton>(*screen.profile(), "undoResidentButton"), Qt::LeftButton);
    EXPECT_EQ(email->text(), QString());
}

// Opening another resident with unsaved changes asks first: Cancel keeps the profile and
// what was typed; Discard shows the other resident and writes nothing.
TEST_F(ResidentsScreenTest, OpeningAnotherResidentWithUnsavedChangesAsksFirst)
{
    ui::ResidentsScreen screen(ui.context);
    screen.show();
    screen.openRecord({ui::RecordRef::Kind::Resident, pg.residentIds[1]});
    auto* email = child<QLineEdit>(*screen.profile(), "emailEdit");
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("arjun@example.com"));
    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    EXPECT_FALSE(screen.openRecord({ui::RecordRef::Kind::Resident, pg.residentIds[0]}));
    EXPECT_EQ(screen.profile()->residentId(), pg.residentIds[1]);
    EXPECT_EQ(email->text(), QStringLiteral("arjun@example.com"));

    answer(QMessageBox::Discard);
    EXPECT_TRUE(screen.openRecord({ui::RecordRef::Kind::Resident, pg.residentIds[0]}));
    EXPECT_EQ(screen.profile()->residentId(), pg.residentIds[0]);
    const auto arjun = ResidentRepository(store()).find(pg.residentIds[1]).value();
    ASSERT_TRUE(arjun.has_value());
    EXPECT_TRUE(arjun->email.isEmpty()); // nothing was written
}
