// A resident's profile (what the documents print): every field checked, only the fields
// given change, every change audited; a resident's GSTIN makes the next invoice B2B.
#include <organisation/ImageFile.h>
#include <residents/ResidentRepository.h>
#include <store/RecordHistory.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

const QDate kToday(2026, 11, 26);
const QByteArray kJpegStart = QByteArrayLiteral("\xff\xd8\xff\xe0");

ResidentInput fullInput()
{
    ResidentInput input{QStringLiteral("Priya Sharma"), QStringLiteral("9845012399"),
                        QStringLiteral("priya@example.com"), QStringLiteral("ABCPS1234K"),
                        QString()};
    input.language = QStringLiteral("hi");
    input.gstin = QStringLiteral("29AAACR5055K1Z3");
    input.permanentAddress = QStringLiteral("12, Civil Lines, Jaipur 302006");
    input.dateOfBirth = QStringLiteral("2001-03-15");
    input.gender = QStringLiteral("Female");
    input.fatherName = QStringLiteral("Ramesh Sharma");
    input.occupation = QStringLiteral("Software engineer");
    input.employer = QStringLiteral("Infosys, Electronic City");
    input.emergencyName = QStringLiteral("Sunita Sharma");
    input.emergencyPhone = QStringLiteral("+91 98290 12345");
    input.photo = kJpegStart + QByteArray(96, 'j'); // 100 bytes
    return input;
}

class ResidentProfileTest : public ::testing::Test
{
protected:
    store::Store& store() { return pg.store(); }
    ResidentRepository repo() { return ResidentRepository(store()); }
    qint64 count(const char* sql)
    {
        QSqlQuery q(store().database());
        EXPECT_TRUE(q.exec(QString::fromLatin1(sql)));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    QStringList refused(const store::StoreResult<QString>& result) { return fieldsOf(result); }
    template <typename T> static QStringList fieldsOf(const store::StoreResult<T>& result)
    {
        EXPECT_FALSE(result.ok());
        QStringList fields;
        if (!result.ok())
            for (const FieldError& e : result.error().fields)
                fields << e.field;
        fields.sort();
        return fields;
    }
    QList<store::RecordChange> history(const QString& id)
    {
        auto changes = store::RecordHistory(store()).of(QStringLiteral("resident"), id);
        EXPECT_TRUE(changes.ok());
        return changes.ok() ? changes.value() : QList<store::RecordChange>();
    }

    test::SamplePg pg;
};

} // namespace

TEST_F(ResidentProfileTest, EveryFieldIsKeptAndReadBack)
{
    auto id = repo().add(fullInput(), kToday);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    const Resident r = *repo().find(id.value()).value();
    EXPECT_EQ(r.fullName(), QStringLiteral("Priya Sharma"));
    EXPECT_EQ(r.language, QStringLiteral("hi"));
    EXPECT_EQ(r.gstin, QStringLiteral("29AAACR5055K1Z3"));
    EXPECT_EQ(r.permanentAddress, QStringLiteral("12, Civil Lines, Jaipur 302006"));
    EXPECT_EQ(r.dateOfBirth, QDate(2001, 3, 15));
    EXPECT_EQ(r.gender, QStringLiteral("female"));
    EXPECT_EQ(r.fatherName, QStringLiteral("Ramesh Sharma"));
    EXPECT_EQ(r.occupation, QStringLiteral("Software engineer"));
    EXPECT_EQ(r.employer, QStringLiteral("Infosys, Electronic City"));
    EXPECT_EQ(r.emergencyName, QStringLiteral("Sunita Sharma"));
    EXPECT_EQ(r.emergencyPhone, QStringLiteral("+919829012345"));
    EXPECT_EQ(r.photoBytes, 100);
    EXPECT_EQ(repo().photo(id.value()).value(), fullInput().photo);

    // The sample's residents gave no profile: English, nothing else.
    const Resident plain = *repo().find(pg.residentIds[0]).value();
    EXPECT_EQ(plain.language, QStringLiteral("en"));
    EXPECT_TRUE(plain.gstin.isEmpty());
    EXPECT_FALSE(plain.dateOfBirth.isValid());
    EXPECT_EQ(plain.photoBytes, 0);
    EXPECT_TRUE(repo().photo(pg.residentIds[0]).value().isEmpty());
}

TEST_F(ResidentProfileTest, EveryBadFieldIsNamedAtOnceAndNothingIsWritten)
{
    const qint64 residents = count("SELECT count(*) FROM resident");
    const qint64 changes = count("SELECT count(*) FROM change_log");
    ResidentInput input = fullInput();
    input.language = QStringLiteral("hindi");
    input.gstin = QStringLiteral("29AAACR5055K1Z4"); // check character: 3 is right
    input.dateOfBirth = QStringLiteral("2026-02-30");
    input.gender = QStringLiteral("f");
    input.fatherName = QStringLiteral("R4mesh");
    input.emergencyName = QStringLiteral("Sunita\u202e Sharma");
    input.emergencyPhone = QStringLiteral("12345");
    input.permanentAddress = QString(ResidentRepository::kMaxAddressLength + 1, QLatin1Char('a'));
    input.occupation = QString(101, QLatin1Char('o'));
    input.employer = QString(201, QLatin1Char('e'));
    input.photo = QByteArrayLiteral("GIF89a\x01\x00");
    EXPECT_EQ(
        refused(repo().add(input, kToday)),
        (QStringList{QStringLiteral("address"), QStringLiteral("dob"),
                     QStringLiteral("emergency-name"), QStringLiteral("emergency-phone"),
                     QStringLiteral("employer"), QStringLiteral("father-name"),
                     QStringLiteral("gender"), QStringLiteral("gstin"), QStringLiteral("lang"),
                     QStringLiteral("occupation"), QStringLiteral("photo")}));
    EXPECT_EQ(count("SELECT count(*) FROM resident"), residents);
    EXPECT_EQ(count("SELECT count(*) FROM change_log"), changes);
}

TEST_F(ResidentProfileTest, TheLanguageIsEnglishOrHindiOnly)
{
    ResidentInput input{QStringLiteral("Ravi Kumar"), QStringLiteral("9845012398"), {}, {}, {}};
    for (const char* bad : {"fr", "hindi", "en-IN", "हि"}) {
        input.language = QString::fromUtf8(bad);
        EXPECT_EQ(refused(repo().add(input, kToday)), QStringList{QStringLiteral("lang")}) << bad;
    }
    input.language = QStringLiteral(" HI ");
    const QString id = repo().add(input, kToday).value();
    EXPECT_EQ(repo().find(id).value()->language, QStringLiteral("hi"));
    ResidentChanges back;
    back.language = QString(); // empty: the default, English
    ASSERT_TRUE(repo().update(id, back, kToday).ok());
    EXPECT_EQ(repo().find(id).value()->language, QStringLiteral("en"));
}

TEST_F(ResidentProfileTest, TheDateOfBirthIsNotInTheFutureAndTheAgeIsSensible)
{
    const QString id = pg.residentIds[0];
    const auto dob = [&](const char* date) {
        ResidentChanges changes;
        changes.dateOfBirth = QString::fromLatin1(date);
        return repo().update(id, changes, kToday);
    };
    // Today is 2026-11-26. Tomorrow is the future.
    EXPECT_EQ(fieldsOf(dob("2026-11-27")), QStringList{QStringLiteral("dob")});
    // Born 2016-11-26: 10 today, the youngest accepted; a day later: 9.
    EXPECT_TRUE(dob("2016-11-26").ok());
    EXPECT_EQ(fieldsOf(dob("2016-11-27")), QStringList{QStringLiteral("dob")});
    // Born 1916-11-26: 110 today, the oldest accepted; 1915-11-26: 111.
    EXPECT_TRUE(dob("1916-11-26").ok());
    EXPECT_EQ(fieldsOf(dob("1915-11-26")), QStringList{QStringLiteral("dob")});
    EXPECT_EQ(fieldsOf(dob("15-03-2001")), QStringList{QStringLiteral("dob")});
    EXPECT_EQ(repo().find(id).value()->dateOfBirth, QDate(1916, 11, 26));
    EXPECT_TRUE(dob("").ok()); // cleared
    EXPECT_FALSE(repo().find(id).value()->dateOfBirth.isValid());
}

TEST_F(ResidentProfileTest, ThePhotoIsAPngOrJpegOfAtMostTwoMegabytes)
{
    const QString id = pg.residentIds[0];
    ResidentChanges changes;
    // 2 MB = 2,097,152 bytes: accepted.
    const QByteArray photo = kJpegStart + QByteArray(2 * 1024 * 1024 - kJpegStart.size(), 'j');
    changes.photo = photo;
    ASSERT_TRUE(repo().update(id, changes, kToday).ok());
    EXPECT_EQ(repo().find(id).value()->photoBytes, 2097152);
    changes.photo = photo + 'j'; // 2,097,153 bytes
    EXPECT_EQ(fieldsOf(repo().update(id, changes, kToday)), QStringList{QStringLiteral("photo")});
    changes.photo = QByteArrayLiteral("BM\x36\x00"); // a BMP
    EXPECT_EQ(fieldsOf(repo().update(id, changes, kToday)), QStringList{QStringLiteral("photo")});
    EXPECT_EQ(repo().photo(id).value(), photo);
    changes.photo = QByteArray(); // removed
    ASSERT_TRUE(repo().update(id, changes, kToday).ok());
    EXPECT_EQ(repo().find(id).value()->photoBytes, 0);
}

TEST_F(ResidentProfileTest, AChangeTouchesOnlyTheFieldsGivenAndIsAudited)
{
    const QString id = repo().add(fullInput(), kToday).value();
    ResidentChanges changes;
    changes.occupation = QStringLiteral("Student");
    changes.gstin = QString(); // no longer a business
    changes.phone = QStringLiteral("9845012300");
    auto updated = repo().update(id, changes, kToday);
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    EXPECT_EQ(updated.value().occupation, QStringLiteral("Student"));
    EXPECT_TRUE(updated.value().gstin.isEmpty());
    EXPECT_EQ(updated.value().phone, QStringLiteral("+919845012300"));
    // Not given, so as before.
    EXPECT_EQ(updated.value().fatherName, QStringLiteral("Ramesh Sharma"));
    EXPECT_EQ(updated.value().language, QStringLiteral("hi"));
    EXPECT_EQ(updated.value().photoBytes, 100);

    const auto log = history(id);
    ASSERT_EQ(log.size(), 2);
    const store::RecordChange& change = log.at(1);
    EXPECT_EQ(change.action, store::ChangeAction::Update);
    ASSERT_EQ(change.fields.size(), 3); // sorted by name: gstin, occupation, phone
    EXPECT_EQ(change.fields.at(0).field, QStringLiteral("gstin"));
    EXPECT_EQ(change.fields.at(0).before.toString(), QStringLiteral("29AAACR5055K1Z3"));
    EXPECT_TRUE(change.fields.at(0).after.isNull());
    EXPECT_EQ(change.fields.at(1).field, QStringLiteral("occupation"));
    EXPECT_EQ(change.fields.at(1).before.toString(), QStringLiteral("Software engineer"));
    EXPECT_EQ(change.fields.at(1).after.toString(), QStringLiteral("Student"));
    EXPECT_EQ(change.fields.at(2).field, QStringLiteral("phone"));
    EXPECT_EQ(change.fields.at(2).before.toString(), QStringLiteral("+919845012399"));
    EXPECT_EQ(change.fields.at(2).after.toString(), QStringLiteral("+919845012300"));

    // The name and phone cannot be cleared; a bad change writes nothing.
    ResidentChanges bad;
    bad.fullName = QString();
    bad.phone = QString();
    bad.occupation = QStringLiteral("Manager");
    EXPECT_EQ(fieldsOf(repo().update(id, bad, kToday)),
              (QStringList{QStringLiteral("name"), QStringLiteral("phone")}));
    EXPECT_EQ(history(id).size(), 2);
    EXPECT_EQ(repo().find(id).value()->occupation, QStringLiteral("Student"));
    // No such resident.
    EXPECT_EQ(fieldsOf(repo().update(QStringLiteral("nobody"), changes, kToday)),
              QStringList{QStringLiteral("resident")});
}

TEST_F(ResidentProfileTest, AResidentWithAGstinGetsAB2bInvoiceFromTheNextOneOn)
{
    // A registered supplier: rent of ₹21,000 a month is taxed (above ₹20,000).
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    test::SamplePg registered(org);
    ResidentRepository residents(registered.store());
    const QString id = registered.residentIds[0];
    registered.checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("21000"));
    registered.bill(u"2026-11");

    ResidentChanges business;
    business.gstin = QStringLiteral("29aaacr5055k1z3"); // upper-cased when kept
    business.permanentAddress = QStringLiteral("Acme Tech Pvt Ltd, 80 Ft Road, Bengaluru");
    ASSERT_TRUE(residents.update(id, business, kToday).ok());
    registered.bill(u"2026-12");

    QSqlQuery q(registered.store().database());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT billing_month, recipient_gstin, recipient_address, document_type, cgst_paise, "
        "sgst_paise, total_paise FROM invoice ORDER BY billing_month")));
    // November was issued before the GSTIN: it stays B2C, no recipient GSTIN or address.
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2026-11"));
    EXPECT_TRUE(q.value(1).isNull() || q.value(1).toString().isEmpty());
    EXPECT_TRUE(q.value(2).isNull() || q.value(2).toString().isEmpty());
    // December: B2B, a tax invoice to the GSTIN at the new address. ₹21,000 × 2.5% = ₹525
    // CGST and ₹525 SGST; 21,000 + 525 + 525 = ₹22,050.
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2026-12"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("29AAACR5055K1Z3"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("Acme Tech Pvt Ltd, 80 Ft Road, Bengaluru"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("tax_invoice"));
    EXPECT_EQ(q.value(4).toLongLong(), 52500);
    EXPECT_EQ(q.value(5).toLongLong(), 52500);
    EXPECT_EQ(q.value(6).toLongLong(), 2205000);
    EXPECT_FALSE(q.next());
}
