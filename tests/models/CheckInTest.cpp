#include <stays/CheckIn.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

const QDate kToday(2026, 11, 22);

qint64 count(store::Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList refusedFields(const store::StoreResult<QString>& result)
{
    QStringList fields;
    if (!result.ok())
        for (const FieldError& e : result.error().fields)
            fields.append(e.field);
    return fields;
}

} // namespace

TEST(CheckIn, CreatesTheAgreementOccupancyDepositDemandAndOccupiesTheBed)
{
    test::SamplePg pg;
    auto agreement = CheckIn(pg.store())
                         .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-11-17"),
                               QStringLiteral("12000"), QStringLiteral("24000")},
                              kToday);
    ASSERT_TRUE(agreement.ok()) << agreement.error().message.toStdString();
    QSqlQuery q(pg.store().database());
    q.prepare(QStringLiteral("SELECT start_date, end_date, rent_paise, deposit_paise, status FROM "
                             "agreement WHERE id = ?"));
    q.addBindValue(agreement.value());
    ASSERT_TRUE(q.exec() && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2026-11-17"));
    EXPECT_EQ(q.value(1).toString(),
              QStringLiteral("2027-10-16")); // 11 months of leave and licence
    EXPECT_EQ(q.value(2).toLongLong(), 1200000);
    EXPECT_EQ(q.value(3).toLongLong(), 2400000);
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("active"));
    EXPECT_EQ(
        count(pg.store(), QStringLiteral("SELECT count(*) FROM occupancy WHERE to_date IS NULL")),
        1);
    EXPECT_EQ(count(pg.store(),
                    QStringLiteral("SELECT amount_paise FROM deposit_entry WHERE kind = 'demand'")),
              2400000);
    EXPECT_EQ(
        count(pg.store(), QStringLiteral("SELECT count(*) FROM bed WHERE status = 'occupied'")), 1);
}

TEST(CheckIn, AFutureCheckInReservesTheBed)
{
    test::SamplePg pg;
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-12-01"),
                          QStringLiteral("12000"), QStringLiteral("0")},
                         kToday)
                    .ok());
    EXPECT_EQ(
        count(pg.store(), QStringLiteral("SELECT count(*) FROM bed WHERE status = 'reserved'")), 1);
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM deposit_entry")), 0);
}

TEST(CheckIn, OneBedIsNeverLetToTwoResidentsForTheSameDay)
{
    test::SamplePg pg;
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-11-01"),
                          QStringLiteral("12000"), QStringLiteral("12000")},
                         kToday)
                    .ok());
    const qint64 audits = count(pg.store(), QStringLiteral("SELECT count(*) FROM change_log"));
    auto second = CheckIn(pg.store())
                      .run({pg.residentIds[1], pg.bedIds[0], QStringLiteral("2026-11-20"),
                            QStringLiteral("12000"), QStringLiteral("12000")},
                           kToday);
    EXPECT_EQ(refusedFields(second), QStringList{QStringLiteral("bed")});
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM change_log")), audits);
    // The same resident cannot hold two stays either.
    auto again = CheckIn(pg.store())
                     .run({pg.residentIds[0], pg.bedIds[1], QStringLiteral("2026-11-20"),
                           QStringLiteral("12000"), QStringLiteral("12000")},
                          kToday);
    EXPECT_EQ(refusedFields(again), QStringList{QStringLiteral("resident")});
}

TEST(CheckIn, RefusesBadInputFieldByFieldAndWritesNothing)
{
    test::SamplePg pg;
    const qint64 audits = count(pg.store(), QStringLiteral("SELECT count(*) FROM change_log"));
    auto refused =
        CheckIn(pg.store())
            .run({QStringLiteral("nobody"), QStringLiteral("nowhere"), QStringLiteral("2026-02-30"),
                  QStringLiteral("-12000"), QStringLiteral("abc")},
                 kToday);
    EXPECT_EQ(
        refusedFields(refused),
        (QStringList{QStringLiteral("date"), QStringLiteral("deposit"), QStringLiteral("rent"),
                     QStringLiteral("resident"), QStringLiteral("bed")}));
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM change_log")), audits);
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM agreement")), 0);
}
