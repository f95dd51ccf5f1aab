#include <startup/FirstRunDialog.h>
#include <startup/PassphraseDialog.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;

TEST(FirstRunDialog, ReturnsWhatWasTypedAndShowsFieldErrors)
{
    ui::FirstRunDialog dialog;
    dialog.show();
    auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    ASSERT_NE(name, nullptr);
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("Sunrise PG"));
    auto* state = dialog.findChild<QComboBox*>(QStringLiteral("stateComboBox"));
    state->setCurrentIndex(state->findData(QStringLiteral("29")));
    EXPECT_EQ(dialog.input().name, QStringLiteral("Sunrise PG"));
    EXPECT_EQ(dialog.input().stateCode, QStringLiteral("29"));
    EXPECT_EQ(state->currentText(), QStringLiteral("29 – Karnataka"));

    dialog.showErrors(
        {{QStringLiteral("gstin"), QStringLiteral("the GSTIN's check character does not match")}});
    auto* errors = dialog.findChild<QLabel*>(QStringLiteral("errorsLabel"));
    EXPECT_TRUE(errors->isVisible());
    EXPECT_TRUE(errors->text().startsWith(QStringLiteral("GSTIN:")));

    OrganisationInput kept;
    kept.name = QStringLiteral("Kept");
    kept.stateCode = QStringLiteral("07");
    dialog.setInput(kept);
    EXPECT_EQ(dialog.input().name, QStringLiteral("Kept"));
    EXPECT_EQ(dialog.input().stateCode, QStringLiteral("07"));
}

TEST(PassphraseDialog, ChoosingRefusesShortOrDifferingPassphrases)
{
    ui::PassphraseDialog dialog(ui::PassphraseDialog::Mode::Choose, QString());
    dialog.show();
    auto* first = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"));
    auto* repeat = dialog.findChild<QLineEdit*>(QStringLiteral("repeatLineEdit"));
    auto* problem = dialog.findChild<QLabel*>(QStringLiteral("problemLabel"));
    ASSERT_TRUE(first && repeat && problem);
    first->setText(QStringLiteral("short"));
    repeat->setText(QStringLiteral("short"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("at least")));
    first->setText(QStringLiteral("long enough one"));
    repeat->setText(QStringLiteral("long enough two"));
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("differ")));
    repeat->setText(QStringLiteral("long enough one"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.passphrase(), QStringLiteral("long enough one"));
}
