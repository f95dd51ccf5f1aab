#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <stays/GiveNotice.h>
#include <store/RecordWriter.h>
#include <support/Probe.h>
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

// Issue 8 §3: the schema itself refuses a bed let twice for a day (migration 0003), even to
// a writer that skips CheckIn's own check, e.g. another program that checked before this one
// wrote. Lakshmi holds bed A from 1 November, open-ended; Arjun holds bed B from 1 November.
TEST(CheckIn, TheSchemaRefusesABedLetTwiceForTheSameDay)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    pg.checkIn(1, 1, QDate(2026, 11, 1));
    store::Store& db = pg.store();
    const QString arjunsStay = test::text(
        db,
        QStringLiteral("SELECT agreement_id FROM occupancy WHERE bed_id = '%1'").arg(pg.bedIds[1]));
    const qint64 before = count(db, QStringLiteral("SELECT count(*) FROM occupancy"));
    auto tryInsert = [&](const QString& bed, const char16_t* from) {
        store::Transaction tx(db);
        auto added = store::RecordWriter(db).insert(
            QStringLiteral("occupancy"), {{QStringLiteral("agreement_id"), arjunsStay},
                                          {QStringLiteral("bed_id"), bed},
                                          {QStringLiteral("from_date"), QString::fromUtf16(from)}});
        return added.ok() ? QString() : added.error().message; // rolled back either way
    };
    // Bed A is Lakshmi's from 1 November with no end: 1 December is one of her days.
    EXPECT_TRUE(tryInsert(pg.bedIds[0], u"2026-12-01").contains(QStringLiteral("already let")));
    // Bed C is free.
    EXPECT_EQ(tryInsert(pg.bedIds[2], u"2026-12-01"), QString());
    // Moving Arjun's row onto bed A is refused the same way.
    {
        store::Transaction tx(db);
        const QString arjunsRow = test::text(
            db, QStringLiteral("SELECT id FROM occupancy WHERE bed_id = '%1'").arg(pg.bedIds[1]));
        auto moved = store::RecordWriter(db).update(QStringLiteral("occupancy"), arjunsRow,
                                                    {{QStringLiteral("bed_id"), pg.bedIds[0]}});
        ASSERT_FALSE(moved.ok());
        EXPECT_TRUE(moved.error().message.contains(QStringLiteral("already let")));
    }
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM occupancy")), before);
}

// A stay under notice ends, for the schema as for CheckIn, on its intended move-out: Lakshmi
// gives notice on 5 November to leave on 20 November. Bed A is free from the 21st, not the
// 20th; and her check-out on the 20th (to_date = the 20th) stays allowed beside Arjun's
// reservation from the 21st.
TEST(CheckIn, TheSchemaLetsABedFromTheDayAfterANoticeEnds)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    ASSERT_TRUE(
        GiveNotice(pg.store())
            .run(
                {pg.residentIds[0], QStringLiteral("2026-11-05"), QStringLiteral("2026-11-20"), {}},
                QDate(2026, 11, 5))
            .ok());
    auto onThe20th = CheckIn(pg.store())
                         .run({pg.residentIds[1], pg.bedIds[0], QStringLiteral("2026-11-20"),
                               QStringLiteral("12000"), QStringLiteral("0")},
                              QDate(2026, 11, 5));
    ASSERT_FALSE(onThe20th.ok()); // the engine's own words come first
    EXPECT_EQ(test::refusedField(onThe20th.error()), QStringLiteral("bed"));
    auto onThe21st = CheckIn(pg.store())
                         .run({pg.residentIds[1], pg.bedIds[0], QStringLiteral("2026-11-21"),
                               QStringLiteral("12000"), QStringLiteral("0")},
                              QDate(2026, 11, 5));
    ASSERT_TRUE(onThe21st.ok()) << onThe21st.error().message.toStdString();
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-11-20"), {}, {}}, QDate(2026, 11, 20));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    EXPECT_EQ(count(pg.store(), QStringLiteral("SELECT count(*) FROM occupancy WHERE to_date = "
                                               "'2026-11-20'")),
              1);
}
