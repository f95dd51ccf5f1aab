#include <crm/CrmKind.h>
#include <crm/CrmTableModel.h>

#include <QAbstractItemModelTester>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace rentflow::ui::crm;

TEST(CrmTableModel, ShowsRowsInWordsAndPassesTheModelTester)
{
    CrmTableModel model(CrmKind::leads().columns);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(QJsonArray{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("l1")},
                    {QStringLiteral("fullName"), QStringLiteral("Jane Smith")},
                    {QStringLiteral("email"), QStringLiteral("jane@vcfirm.in")},
                    {QStringLiteral("investorType"), QStringLiteral("pg_operator")},
                    {QStringLiteral("status"), QStringLiteral("meeting_scheduled")},
                    {QStringLiteral("leadScore"), 82},
                    {QStringLiteral("temperature"), QStringLiteral("hot")},
                    // Noon UTC is 1 March from UTC-11 to UTC+11: the suite runs in more
                    // than one zone.
                    {QStringLiteral("nextFollowUpAt"), QStringLiteral("2026-03-01T12:00:00.000Z")},
                    {QStringLiteral("createdAt"), QStringLiteral("2026-02-23T10:30:00.000Z")}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("l2")},
                    {QStringLiteral("fullName"), QStringLiteral("Ravi")},
                    {QStringLiteral("status"), QStringLiteral("new")},
                    {QStringLiteral("leadScore"), 10},
                    {QStringLiteral("nextFollowUpAt"), QJsonValue::Null}}});
    ASSERT_EQ(model.rowCount(), 2);
    ASSERT_EQ(model.columnCount(), 8);
    const auto shown = [&](int row, int column) {
        return model.data(model.index(row, column)).toString();
    };
    EXPECT_EQ(shown(0, 0), QStringLiteral("Jane Smith"));
    EXPECT_EQ(shown(0, 2), QStringLiteral("PG operator"));
    EXPECT_EQ(shown(0, 3), QStringLiteral("Meeting scheduled"));
    EXPECT_EQ(shown(0, 4), QStringLiteral("82"));
    EXPECT_EQ(shown(0, 5), QStringLiteral("Hot"));
    EXPECT_EQ(shown(0, 6), QStringLiteral("01-03-2026"));
    EXPECT_EQ(shown(0, 7), QStringLiteral("23-02-2026"));
    EXPECT_EQ(shown(1, 6), QString());
    EXPECT_EQ(model.data(model.index(1, 0), Qt::UserRole).toString(), QStringLiteral("l2"));
    EXPECT_EQ(model.rowOf(QStringLiteral("l2")), 1);
    EXPECT_EQ(model.rowOf(QStringLiteral("nope")), -1);
    EXPECT_EQ(model.headerData(4, Qt::Horizontal).toString(), QStringLiteral("Score"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}
