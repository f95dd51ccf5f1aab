// `property set`: every field checked, only the fields given change, every change audited
// (old and new value), nothing written when any field is refused; the state is fixed once
// the property has invoices.
#include <inventory/PropertyRepository.h>
#include <store/RecordHistory.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

class PropertyUpdateTest : public ::testing::Test
{
protected:
    PropertyRepository repo() { return PropertyRepository(pg.store()); }
    Property property() { return *repo().find(pg.propertyId).value(); }
    qint64 count(const char* sql)
    {
        QSqlQuery q(pg.store().database());
        EXPECT_TRUE(q.exec(QString::fromLatin1(sql)) && q.next()) << sql;
        return q.value(0).toLongLong();
    }
    QStringList refused(const PropertyChanges& changes, const QString& id = QString())
    {
        const auto result = repo().update(id.isNull() ? pg.propertyId : id, changes);
        EXPECT_FALSE(result.ok());
        QStringList fields;
        if (!result.ok())
            for (const FieldError& e : result.error().fields)
                fields << e.field;
        fields.sort();
        return fields;
    }
    QList<store::RecordChange> history()
    {
        auto changes =
            store::RecordHistory(pg.store()).of(QStringLiteral("property"), pg.propertyId);
        EXPECT_TRUE(changes.ok());
        return changes.ok() ? changes.value() : QList<store::RecordChange>();
    }

    test::SamplePg pg; // Koramangala, Bengaluru, state 29, no address, PIN or rules
};

} // namespace

TEST_F(PropertyUpdateTest, OnlyTheFieldsGivenChangeAndEachIsAuditedOldAndNew)
{
    PropertyChanges changes;
    changes.address = QStringLiteral("  14, 5th Cross, 1st Block  ");
    changes.pincode = QStringLiteral(" 560034 ");
    changes.houseRules = QStringLiteral("No smoking\nGate closes at 11 pm");
    const auto saved = repo().update(pg.propertyId, changes);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_EQ(saved.value().address, QStringLiteral("14, 5th Cross, 1st Block")); // trimmed
    EXPECT_EQ(saved.value().pincode, QStringLiteral("560034"));
    EXPECT_EQ(saved.value().houseRules, QStringLiteral("No smoking\nGate closes at 11 pm"));
    // What was not given stays.
    EXPECT_EQ(saved.value().name, QStringLiteral("Koramangala"));
    EXPECT_EQ(saved.value().city, QStringLiteral("Bengaluru"));
    EXPECT_EQ(saved.value().stateCode, QStringLiteral("29"));
    EXPECT_EQ(saved.value().utilitySplit, QStringLiteral("days"));

    // The insert, then one update naming exactly the three fields, null before.
    const auto log = history();
    ASSERT_EQ(log.size(), 2);
    EXPECT_EQ(log.last().action, store::ChangeAction::Update);
    QStringList fields;
    for (const store::FieldChange& f : log.last().fields) {
        fields << f.field;
        EXPECT_TRUE(f.before.isNull()) << f.field.toStdString();
    }
    EXPECT_EQ(fields, (QStringList{QStringLiteral("address"), QStringLiteral("house_rules"),
                                   QStringLiteral("pincode")}));

    // A second change: old and new values both in the log; "" clears the PIN code.
    PropertyChanges again;
    again.name = QStringLiteral("Koramangala North");
    again.pincode = QString();
    again.utilitySplit = QStringLiteral("head");
    ASSERT_TRUE(repo().update(pg.propertyId, again).ok());
    const Property after = property();
    EXPECT_EQ(after.name, QStringLiteral("Koramangala North"));
    EXPECT_TRUE(after.pincode.isEmpty());
    EXPECT_EQ(after.utilitySplit, QStringLiteral("head"));
    EXPECT_EQ(after.address, QStringLiteral("14, 5th Cross, 1st Block")); // kept
    const auto second = history().last();
    ASSERT_EQ(second.fields.size(), 3);
    EXPECT_EQ(second.fields[0].field, QStringLiteral("name"));
    EXPECT_EQ(second.fields[0].before.toString(), QStringLiteral("Koramangala"));
    EXPECT_EQ(second.fields[0].after.toString(), QStringLiteral("Koramangala North"));
    EXPECT_EQ(second.fields[1].field, QStringLiteral("pincode"));
    EXPECT_EQ(second.fields[1].before.toString(), QStringLiteral("560034"));
    EXPECT_TRUE(second.fields[1].after.isNull());
    EXPECT_EQ(second.fields[2].field, QStringLiteral("utility_split"));
    EXPECT_EQ(second.fields[2].before.toString(), QStringLiteral("days"));
    EXPECT_EQ(second.fields[2].after.toString(), QStringLiteral("head"));
}

TEST_F(PropertyUpdateTest, EveryBadFieldIsNamedAtOnceAndNothingIsWritten)
{
    const qint64 changes = count("SELECT count(*) FROM change_log");
    PropertyChanges bad;
    bad.name = QStringLiteral("   ");                  // required: cannot be cleared
    bad.city = QString();                              // the same
    bad.address = QStringLiteral("12, \u202eMG Road"); // a right-to-left override
    bad.pincode = QStringLiteral("056003");            // a PIN code does not start with 0
    bad.stateCode = QStringLiteral("40");              // no such GST state code
    bad.houseRules = QString(PropertyRepository::kMaxHouseRulesLength + 1, QLatin1Char('r'));
    bad.utilitySplit = QStringLiteral("equal"); // days or head
    EXPECT_EQ(refused(bad), (QStringList{QStringLiteral("address"), QStringLiteral("city"),
                                         QStringLiteral("house-rules"), QStringLiteral("name"),
                                         QStringLiteral("pincode"), QStringLiteral("state-code"),
                                         QStringLiteral("utility-split")}));
    // One bad field among good ones: the good ones are not written either.
    PropertyChanges mixed;
    mixed.address = QStringLiteral("14, 5th Cross");
    mixed.pincode = QStringLiteral("56003"); // five digits
    EXPECT_EQ(refused(mixed), QStringList{QStringLiteral("pincode")});
    EXPECT_TRUE(property().address.isEmpty());
    PropertyChanges unknown;
    unknown.city = QStringLiteral("Mysuru");
    EXPECT_EQ(refused(unknown, QStringLiteral("no-such-id")), QStringList{QStringLiteral("id")});
    EXPECT_EQ(count("SELECT count(*) FROM change_log"), changes);
    EXPECT_EQ(property().city, QStringLiteral("Bengaluru"));
}

TEST_F(PropertyUpdateTest, TheStateIsFixedOnceThePropertyHasInvoices)
{
    // No invoice yet: a state typed wrongly at `property add` can be put right.
    PropertyChanges toMaharashtra;
    toMaharashtra.stateCode = QStringLiteral("27");
    ASSERT_TRUE(repo().update(pg.propertyId, toMaharashtra).ok());
    PropertyChanges back;
    back.stateCode = QStringLiteral("29");
    ASSERT_TRUE(repo().update(pg.propertyId, back).ok());

    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.bill(u"2026-11");
    ASSERT_GT(count("SELECT count(*) FROM invoice"), 0);
    const qint64 changes = count("SELECT count(*) FROM change_log");
    EXPECT_EQ(refused(toMaharashtra), QStringList{QStringLiteral("state-code")});
    EXPECT_EQ(property().stateCode, QStringLiteral("29"));
    EXPECT_EQ(count("SELECT count(*) FROM change_log"), changes);
    // The same state again is no change, and the other fields still can change.
    PropertyChanges same;
    same.stateCode = QStringLiteral("29");
    same.address = QStringLiteral("14, 5th Cross, 1st Block");
    ASSERT_TRUE(repo().update(pg.propertyId, same).ok());
    EXPECT_EQ(property().address, QStringLiteral("14, 5th Cross, 1st Block"));
}
