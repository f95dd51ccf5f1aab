#include "../UiTestContext.h"

#include <demo/DemoData.h>
#include <organisation/OrganisationRepository.h>
#include <payments/DuesPage.h>
#include <payments/DuesTableModels.h>
#include <payments/PaymentListPage.h>
#include <payments/PaymentTableModel.h>
#include <payments/PaymentsScreen.h>
#include <payments/RecordPaymentDialog.h>
#include <support/TestWorkspace.h>

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::ui::payments;

namespace {

// Every column of the table shows its whole header and its widest visible cell, and
// they all fit across (no sideways scrolling).
void expectColumnsFit(QTableView* table)
{
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->isVisible()) << table->objectName().toStdString();
    EXPECT_FALSE(table->horizontalScrollBar()->isVisible()) << table->objectName().toStdString();
    const int rows = qMin(table->model()->rowCount(), 30);
    for (int c = 0; c < table->model()->columnCount() - 1; ++c) { // the last one stretches
        int needed = table->horizontalHeader()->sectionSizeHint(c);
        for (int r = 0; r < rows; ++r)
            needed = qMax(needed, table->sizeHintForIndex(table->model()->index(r, c)).width());
        EXPECT_GE(table->columnWidth(c), needed)
            << table->objectName().toStdString() << " column " << c << " is cut: "
            << table->model()->headerData(c, Qt::Horizontal).toString().toStdString();
    }
}

// Saves what the screen looks like when RENTFLOW_SCREENSHOTS names a folder (to look at).
void keep(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("RENTFLOW_SCREENSHOTS");
    QTest::qWait(50); // the layouts settle
    if (!folder.isEmpty())
        widget.grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

// The screen on the demo PG at an office laptop's 1366×768: every list shows rows and
// no column is cut.
TEST(PaymentsLooks, TheDemoPgsPaymentsAndDuesFitAt1366x768)
{
    test::TestWorkspace files;
    auto workspace = files.create();
    ASSERT_TRUE(OrganisationRepository(workspace->store())
                    .create({QStringLiteral("Demo PG"), {}, {}, {}, {}, {}})
                    .ok());
    DemoData::Options options;
    options.beds = 60;
    const auto made = DemoData(workspace->store()).generate(options);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    ASSERT_GT(made.value().payments, 0);
    test::UiTestContext ui(*workspace);
    PaymentsScreen screen(ui.context);
    screen.resize(1366, 768);
    screen.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&screen));
    screen.activate();
    QTest::qWait(50); // the layouts settle
    auto* payments = screen.listPage()->findChild<QTableView*>(QStringLiteral("paymentsTable"));
    ASSERT_GT(screen.listPage()->model()->rowCount(), 0);
    expectColumnsFit(payments);
    keep(screen, QStringLiteral("payments-list"));

    screen.tabs()->setCurrentWidget(screen.duesPage());
    QTest::qWait(50);
    ASSERT_GT(screen.duesPage()->ageingModel()->rowCount(), 0);
    expectColumnsFit(screen.duesPage()->findChild<QTableView*>(QStringLiteral("ageingTable")));
    expectColumnsFit(screen.duesPage()->findChild<QTableView*>(QStringLiteral("collectTable")));
    keep(screen, QStringLiteral("payments-dues"));

    // The dialog, for the resident who owes most, filled in with it.
    const DuesReport::ResidentAgeing* most = screen.duesPage()->ageingModel()->row(0);
    RecordPaymentDialog dialog(ui.context, &screen, most->residentId);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("owedLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Owes ₹\u00A0")));
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("amountField"))->text(),
              most->ageing.total().toIndianString());
    keep(dialog, QStringLiteral("record-payment"));
}
