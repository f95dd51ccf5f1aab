// Schema v6: the days an invoice line bills are a fact of the line (invoice_line.period_from,
// period_to), written by the run and check-out, backfilled for utility shares billed before,
// and what the books check reads instead of the line's wording.
#include <billing/Charges.h>
#include <billing/InvoiceComposer.h>
#include <inventory/MeterRepository.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <store/Migrator.h>
#include <store/RecordWriter.h>
#include <store/sqlcipher/SqlCipherDriver.h>
#include <support/SamplePg.h>
#include <utilities/RecordReading.h>
#include <utilities/UtilityChecks.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace rentflow;
using store::Migrator;

namespace {

struct PeriodPg : test::SamplePg
{
    PeriodPg()
    {
        // ₹10 a unit and ₹100 fixed on room 101's meter.
        EXPECT_TRUE(MeterRepository(store())
                        .setTariff({meterId, QStringLiteral("10"), QStringLiteral("100"), {}})
                        .ok());
    }
    void read(const char* date, const char* value)
    {
        auto made = RecordReading(store()).run(
            {meterId, QString::fromLatin1(date), QString::fromLatin1(value)}, QDate(2026, 12, 31));
        EXPECT_TRUE(made.ok()) << (made.ok() ? "" : made.error().message.toStdString());
    }
    // "number kind from..to" per line ("-" for no period), in invoice and line order.
    QStringList periods()
    {
        QSqlQuery q(store().database());
        EXPECT_TRUE(q.exec(QStringLiteral(
            "SELECT i.number, l.kind, l.period_from, l.period_to FROM invoice_line l JOIN invoice "
            "i ON i.id = l.invoice_id ORDER BY i.number, l.position")));
        QStringList lines;
        while (q.next())
            lines << QStringLiteral("%1 %2 %3")
                         .arg(q.value(0).toString(), q.value(1).toString(),
                              q.value(2).isNull() ? QStringLiteral("-")
                                                  : q.value(2).toString() + QStringLiteral("..") +
                                                        q.value(3).toString());
        return lines;
    }
    // A reading written as another program (or an older version) would: unchecked.
    void readUnchecked(QDate date, qint64 hundredths)
    {
        store::Transaction tx(store());
        ASSERT_TRUE(store::RecordWriter(store())
                        .insert(QStringLiteral("meter_reading"),
                                {{QStringLiteral("meter_id"), meterId},
                                 {QStringLiteral("reading_date"), date},
                                 {QStringLiteral("value_hundredths"), hundredths},
                                 {QStringLiteral("kind"), QStringLiteral("regular")}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    void exec(const QString& sql)
    {
        QSqlQuery q(store().database());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }
};

const QString kElectricityTwice = QStringLiteral(
    "Electricity, room 101: 01-11-2026 to 30-11-2026 (KORA/2627/0001) and 01-11-2026 to "
    "15-11-2026 (KORA/2627/0002) bill the same days' units twice");

} // namespace

TEST(LinePeriod, EachLineCarriesTheDaysItBills)
{
    PeriodPg pg;
    pg.read("2026-10-31", "1000");
    auto stay = CheckIn(pg.store())
                    .run({pg.residentIds[0],
                          pg.bedIds[0],
                          QStringLiteral("2026-11-17"),
                          QStringLiteral("12000"),
                          QStringLiteral("0"),
                          {},
                          {},
                          {},
                          {},
                          {QStringLiteral("food=3000")}},
                         QDate(2026, 11, 17));
    ASSERT_TRUE(stay.ok()) << stay.error().message.toStdString();
    pg.bill(u"2026-11");
    ASSERT_TRUE(
        Charges(pg.store())
            .add({pg.residentIds[0], QStringLiteral("500"), QStringLiteral("Key replacement"),
                  QStringLiteral("one_off"), QStringLiteral("2026-11-20")},
                 QDate(2026, 11, 20))
            .ok());
    pg.read("2026-11-30", "1300");
    pg.bill(u"2026-12");
    // Leaves on 10 December with a final reading: December is billed already, so the final
    // invoice has only the share of the interval the final reading closes.
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-12-10"), QStringLiteral("1400"), {}},
                 QDate(2026, 12, 10));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    // November from the check-in (17th) to its end; December whole; the utility shares bill
    // their meter intervals: the day after the previous reading (31-10, 30-11) to the reading
    // (30-11, the final one on 10-12), not only the resident's days; the one-off has none.
    EXPECT_EQ(pg.periods(),
              (QStringList{QStringLiteral("KORA/2627/0001 rent 2026-11-17..2026-11-30"),
                           QStringLiteral("KORA/2627/0001 recurring 2026-11-17..2026-11-30"),
                           QStringLiteral("KORA/2627/0002 rent 2026-12-01..2026-12-31"),
                           QStringLiteral("KORA/2627/0002 recurring 2026-12-01..2026-12-31"),
                           QStringLiteral("KORA/2627/0002 utility 2026-11-01..2026-11-30"),
                           QStringLiteral("KORA/2627/0002 one_off -"),
                           QStringLiteral("KORA/2627/0003 utility 2026-12-01..2026-12-10")}));
    // The November share's quantity is the units its basis gives the resident: 300 units over
    // 30 days × 3 beds = 90 bed-days, 14 of them the resident's (17–30 Nov):
    // 30000 × 14/90 = 4666 r60, the operator's 76/90 = 25333 r30: the hundredth left to the
    // resident, 4667 = 46.67 units.
    QSqlQuery q(pg.store().database());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT quantity_hundredths, basis FROM invoice_line WHERE "
                                      "kind = 'utility' ORDER BY period_from LIMIT 1")) &&
                q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 4667);
    EXPECT_TRUE(q.value(1).toString().contains(QStringLiteral("your 14 days = 46.67 units")))
        << q.value(1).toString().toStdString();
}

TEST(LinePeriod, RentStretchesAndRecurringChargesCarryTheirOwnDays)
{
    // November 2026: at bed A to the 10th, at bed B from the 11th at a new rent from the
    // 21st, leaving on the 25th; food from 05-11 to 20-11; a one-off; a utility share.
    StayFacts stay;
    stay.agreementId = QStringLiteral("agreement");
    stay.start = QDate(2026, 4, 1);
    stay.plannedEnd = QDate(2027, 2, 28);
    stay.moveOut = QDate(2026, 11, 25);
    stay.rent = Money::fromRupees(12000);
    stay.segments = {{QDate(2026, 4, 1), QDate(2026, 11, 10), QStringLiteral("room 101, bed A")},
                     {QDate(2026, 11, 11), QDate(), QStringLiteral("room 102, bed B")}};
    stay.rentChanges = {{QDate(2026, 11, 21), Money::fromRupees(15000)}};
    stay.recurring = {{QStringLiteral("food"), QStringLiteral("food"), QStringLiteral("Food"),
                       Money::fromRupees(3000), QDate(2026, 11, 5), QDate(2026, 11, 20)}};
    stay.oneOffs = {{QStringLiteral("key"), QStringLiteral("one_off"), QStringLiteral("Key"),
                     Money::fromRupees(500)}};
    UtilityShare share;
    share.readingId = QStringLiteral("reading");
    share.description = QStringLiteral("बिजली");
    share.amount = Money::fromRupees(100);
    share.unitsHundredths = 1000;
    share.periodFrom = QDate(2026, 10, 1);
    share.periodTo = QDate(2026, 10, 31);
    stay.utilities = {share};
    const BillingPeriod november = BillingPeriod::parse(u"2026-11").value();
    const auto draft =
        InvoiceComposer::compose(stay, SupplierFacts{}, {}, november, november.firstDay());
    ASSERT_TRUE(draft) << draft.error().toStdString();
    QStringList periods;
    for (const DraftLine& line : draft->lines)
        periods << line.kind + QLatin1Char(' ') +
                       (line.periodFrom.isValid()
                            ? line.periodFrom.toString(Qt::ISODate) + QStringLiteral("..") +
                                  line.periodTo.toString(Qt::ISODate)
                            : QStringLiteral("-"));
    // Bed A 01–10, bed B at ₹12,000 11–20, at ₹15,000 21–25 (the stay's last day); food
    // 05–20; the share its interval; the one-off none.
    EXPECT_EQ(periods, (QStringList{QStringLiteral("rent 2026-11-01..2026-11-10"),
                                    QStringLiteral("rent 2026-11-11..2026-11-20"),
                                    QStringLiteral("rent 2026-11-21..2026-11-25"),
                                    QStringLiteral("recurring 2026-11-05..2026-11-20"),
                                    QStringLiteral("utility 2026-10-01..2026-10-31"),
                                    QStringLiteral("one_off -")}));
}

TEST(LinePeriod, ARewordedUtilityLineIsStillCheckedByItsDays)
{
    PeriodPg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.read("2026-10-31", "1000");
    pg.read("2026-11-30", "1300");
    pg.bill(u"2026-12");                           // KORA/2627/0001 bills 01-11 to 30-11
    pg.readUnchecked(QDate(2026, 11, 15), 115000); // inside those days, unchecked
    pg.bill(u"2027-01");                           // KORA/2627/0002 bills 01-11 to 15-11 again
    // Wording that names no days the old way (a Hindi document): the check reads the columns.
    pg.exec(QStringLiteral("UPDATE invoice_line SET description = 'बिजली, कमरा 101 (मीटर रीडिंग)' "
                           "WHERE kind = 'utility'"));
    const auto problems = UtilityChecks::intervalsBilledTwice(pg.store());
    ASSERT_TRUE(problems.ok());
    EXPECT_EQ(problems.value(), QStringList{kElectricityTwice})
        << problems.value().join(QLatin1Char('\n')).toStdString();
}

TEST(LinePeriod, AWorkspaceBilledBeforeVersionSixGetsThePeriodsThatAreCertain)
{
    PeriodPg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.read("2026-10-31", "1000");
    pg.read("2026-11-30", "1300");
    pg.bill(u"2026-12"); // 0001: the 30-11 reading, interval 01-11 to 30-11
    pg.readUnchecked(QDate(2026, 11, 15), 115000);
    pg.bill(u"2027-01"); // 0002: the 15-11 reading, interval 01-11 to 15-11
    // As a version-5 workspace left them: no periods on the lines.
    pg.exec(QStringLiteral("UPDATE invoice_line SET period_from = NULL, period_to = NULL"));
    pg.exec(QStringLiteral("PRAGMA user_version = 5"));
    pg.workspace.reset();
    pg.workspace = pg.files.open(); // migrates to v6
    ASSERT_TRUE(pg.workspace);
    // 0002's interval is certain: the 31-10 reading was there when it was billed and nothing
    // lies between: 01-11 to 15-11. 0001's is not: the reading before 30-11 is now 15-11,
    // written after 0001 was billed, so its period stays empty and the check reads its
    // description (01-11-2026 to 30-11-2026); rent lines before v6 stay empty.
    EXPECT_EQ(pg.periods(),
              (QStringList{QStringLiteral("KORA/2627/0001 rent -"),
                           QStringLiteral("KORA/2627/0001 utility -"),
                           QStringLiteral("KORA/2627/0002 rent -"),
                           QStringLiteral("KORA/2627/0002 utility 2026-11-01..2026-11-15")}));
    const auto problems = UtilityChecks::intervalsBilledTwice(pg.store());
    ASSERT_TRUE(problems.ok());
    EXPECT_EQ(problems.value(), QStringList{kElectricityTwice})
        << problems.value().join(QLatin1Char('\n')).toStdString();
}

namespace {

// A file at schema version 5 (before the line periods), written with plain SQL.
class VersionFiveFile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store::SqlCipherDriver::registerDriver();
        m_name = QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), m_name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("v5.db")));
        db.setPassword(QStringLiteral("migration test key"));
        ASSERT_TRUE(db.open());
        exec(QStringLiteral("PRAGMA foreign_keys = OFF")); // lines without their invoices
        QList<Migrator::Migration> upToFive;
        for (const Migrator::Migration& step : Migrator::bundled())
            if (step.version <= 5)
                upToFive.append(step);
        ASSERT_TRUE(Migrator(db, upToFive).migrate().ok());
    }
    void TearDown() override
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void exec(const QString& sql)
    {
        QSqlQuery q(db());
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }
    void reading(const char* id, const char* date, const char* createdAt, int deleted = 0)
    {
        exec(QStringLiteral("INSERT INTO meter_reading (id, meter_id, reading_date, "
                            "value_hundredths, created_at, updated_at, hlc, deleted, "
                            "origin_device) VALUES ('%1', 'm1', '%2', 100, '%3', '%3', 'h', %4, "
                            "'pc')")
                 .arg(QString::fromLatin1(id), QString::fromLatin1(date),
                      QString::fromLatin1(createdAt))
                 .arg(deleted));
    }
    void line(const char* id, const char* kind, const char* reading, const char* createdAt)
    {
        exec(QStringLiteral("INSERT INTO invoice_line (id, invoice_id, position, kind, "
                            "description, taxable_paise, total_paise, source_id, created_at, "
                            "updated_at, hlc, origin_device) VALUES ('%1', 'i1', 1, '%2', "
                            "'Electricity, room 101', 100, 100, '%3', '%4', '%4', 'h', 'pc')")
                 .arg(QString::fromLatin1(id), QString::fromLatin1(kind),
                      QString::fromLatin1(reading), QString::fromLatin1(createdAt)));
    }
    QString periodOf(const char* id)
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT period_from, period_to FROM invoice_line WHERE id = ?"));
        q.addBindValue(QString::fromLatin1(id));
        if (!q.exec() || !q.next())
            return QStringLiteral("<no line>");
        return q.value(0).isNull()
                   ? QStringLiteral("-")
                   : q.value(0).toString() + QStringLiteral("..") + q.value(1).toString();
    }

    QTemporaryDir m_dir;
    QString m_name;
};

} // namespace

TEST_F(VersionFiveFile, MigratesAndItsUtilityLinesGetTheirPeriod)
{
    // Meter m1: readings on 31-10, 30-11 and 31-12, each written on its day.
    reading("r1", "2026-10-31", "2026-10-31T10:00:00.000Z");
    reading("r2", "2026-11-30", "2026-11-30T10:00:00.000Z");
    reading("r3", "2026-12-31", "2026-12-31T10:00:00.000Z");
    // A reading of 10-12 written on 20-01, after r3's share was billed (on 01-01).
    reading("r4", "2026-12-10", "2027-01-20T10:00:00.000Z");
    // A reading of 15-02 since deleted, inside the interval r5 closes.
    reading("r5", "2027-02-28", "2027-02-28T10:00:00.000Z");
    reading("r6", "2027-02-15", "2027-02-15T10:00:00.000Z", /*deleted=*/1);
    line("share2", "utility", "r2", "2026-12-01T09:00:00.000Z");
    line("share3", "utility", "r3", "2027-01-01T09:00:00.000Z");
    line("share5", "utility", "r5", "2027-03-01T09:00:00.000Z");
    line("first", "utility", "r1", "2026-11-01T09:00:00.000Z");
    line("rent", "rent", "a1", "2026-12-01T09:00:00.000Z");

    Migrator migrator(db());
    ASSERT_LT(migrator.currentVersion(), 6);
    ASSERT_TRUE(migrator.migrate().ok());
    EXPECT_GE(migrator.currentVersion(), 6);

    // r2's interval: the day after r1 (31-10) to 30-11.
    EXPECT_EQ(periodOf("share2"), QStringLiteral("2026-11-01..2026-11-30"));
    // r3's reading before it is now r4 (10-12), written after the share was billed: the
    // billed interval (01-12 to 31-12) cannot be told from the readings, so it stays empty.
    EXPECT_EQ(periodOf("share3"), QStringLiteral("-"));
    // A deleted reading (15-02) lies inside r5's interval: it may have cut it when billed.
    EXPECT_EQ(periodOf("share5"), QStringLiteral("-"));
    // The meter's first reading has no interval; rent lines are not backfilled.
    EXPECT_EQ(periodOf("first"), QStringLiteral("-"));
    EXPECT_EQ(periodOf("rent"), QStringLiteral("-"));
    // A period's end is never before its start, and both or neither are set.
    QSqlQuery bad(db());
    EXPECT_FALSE(bad.exec(QStringLiteral(
        "UPDATE invoice_line SET period_from = '2026-12-02', period_to = '2026-12-01' "
        "WHERE id = 'rent'")));
    EXPECT_FALSE(bad.exec(QStringLiteral(
        "UPDATE invoice_line SET period_from = NULL, period_to = '2026-12-01' WHERE id = 'rent'")));
    EXPECT_EQ(periodOf("rent"), QStringLiteral("-"));
}
