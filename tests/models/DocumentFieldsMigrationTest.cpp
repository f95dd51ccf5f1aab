// Schema v7 on a workspace made before it: the organisation and its residents keep
// every value, the new columns are empty, and they can be set.
#include <organisation/OrganisationRepository.h>
#include <residents/ResidentRepository.h>
#include <store/Migrator.h>
#include <store/Store.h>
#include <store/sqlcipher/SqlCipherDriver.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace rentflow;
using rentflow::store::Migrator;

namespace {

class DocumentFieldsMigration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store::SqlCipherDriver::registerDriver();
        m_name = QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLCIPHER"), m_name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("v6.db")));
        db.setPassword(QStringLiteral("migration test key"));
        ASSERT_TRUE(db.open());
    }
    void TearDown() override
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    QTemporaryDir m_dir;
    QString m_name;
};

} // namespace

TEST_F(DocumentFieldsMigration, AVersionSixWorkspaceKeepsItsValuesAndGetsTheNewFields)
{
    Migrator migrator(db());
    for (const Migrator::Migration& step : Migrator::bundled()) {
        if (step.version >= 7)
            break;
        ASSERT_TRUE(migrator.apply(step).ok()) << step.name.toStdString();
    }
    ASSERT_EQ(migrator.currentVersion(), 6);
    QSqlQuery q(db());
    for (const char* sql :
         {"INSERT INTO organisation (id, name, gstin, pan, state_code, bank_ifsc, created_at, "
          "updated_at, hlc, origin_device) VALUES ('org-1', 'Sunrise PG', '29ABCPE1234F1Z7', "
          "'ABCPE1234F', '29', 'HDFC0001234', '2026-11-01T10:00:00.000Z', "
          "'2026-11-01T10:00:00.000Z', '001793527200000-000000-dev-a', 'dev-a')",
          "INSERT INTO resident (id, organisation_id, first_name, last_name, phone, gender, "
          "created_at, updated_at, hlc, origin_device) VALUES ('res-1', 'org-1', 'Lakshmi', "
          "'Narayanan', '+919845012345', 'female', '2026-11-01T10:00:00.000Z', "
          "'2026-11-01T10:00:00.000Z', '001793527200000-000001-dev-a', 'dev-a')"})
        ASSERT_TRUE(q.exec(QString::fromUtf8(sql))) << sql;
    q.finish();

    ASSERT_TRUE(migrator.migrate().ok());
    EXPECT_EQ(migrator.currentVersion(), Migrator::latestVersion());

    store::Store store(db(), QStringLiteral("dev-b"), {QStringLiteral("t"), {}});
    const Organisation org = *OrganisationRepository(store).current().value();
    EXPECT_EQ(org.gstin, QStringLiteral("29ABCPE1234F1Z7"));
    EXPECT_EQ(org.bankIfsc, QStringLiteral("HDFC0001234"));
    EXPECT_TRUE(org.invoiceTerms.isEmpty());
    EXPECT_TRUE(org.signatoryName.isEmpty());
    const Resident resident = *ResidentRepository(store).find(QStringLiteral("res-1")).value();
    EXPECT_EQ(resident.fullName(), QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(resident.gender, QStringLiteral("female"));
    EXPECT_EQ(resident.language, QStringLiteral("en")); // the v1 column's default
    EXPECT_TRUE(resident.fatherName.isEmpty());

    OrganisationChanges terms;
    terms.invoiceTerms = QStringLiteral("Due by the 5th.");
    terms.signatoryName = QStringLiteral("Asha Rao");
    ASSERT_TRUE(OrganisationRepository(store).update(terms).ok());
    ResidentChanges father;
    father.fatherName = QStringLiteral("V. Narayanan");
    ASSERT_TRUE(ResidentRepository(store).update(QStringLiteral("res-1"), father).ok());
    EXPECT_EQ(OrganisationRepository(store).current().value()->signatoryName,
              QStringLiteral("Asha Rao"));
    EXPECT_EQ(ResidentRepository(store).find(QStringLiteral("res-1")).value()->fatherName,
              QStringLiteral("V. Narayanan"));
}
