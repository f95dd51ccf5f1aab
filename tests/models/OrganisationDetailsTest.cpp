// The organisation's details that documents print: every field checked, only the
// fields given change, every change audited, the logo a small PNG or JPEG.
#include <organisation/ImageFile.h>
#include <organisation/OrganisationRepository.h>
#include <store/RecordHistory.h>
#include <support/TestWorkspace.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

const QByteArray kPngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
const QByteArray kJpegStart = QByteArrayLiteral("\xff\xd8\xff\xe0");

class OrganisationDetailsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_ws = m_tw.create();
        ASSERT_TRUE(m_ws);
        OrganisationInput input;
        input.name = QStringLiteral("Sunrise PG");
        input.stateCode = QStringLiteral("29");
        auto id = repo().create(input);
        ASSERT_TRUE(id.ok());
        m_id = id.value();
    }
    OrganisationRepository repo() { return OrganisationRepository(m_ws->store()); }
    Organisation current() { return *repo().current().value(); }
    QList<store::RecordChange> history()
    {
        auto changes = store::RecordHistory(m_ws->store()).of(QStringLiteral("organisation"), m_id);
        EXPECT_TRUE(changes.ok());
        return changes.ok() ? changes.value() : QList<store::RecordChange>();
    }
    // Every refused field of `changes`, by name.
    QStringList refusedFields(const OrganisationChanges& changes)
    {
        auto result = repo().update(changes);
        EXPECT_FALSE(result.ok());
        QStringList fields;
        if (!result.ok()) {
            EXPECT_EQ(result.error().code, store::StoreError::Code::InvalidInput);
            for (const FieldError& e : result.error().fields)
                fields << e.field;
        }
        return fields;
    }

    test::TestWorkspace m_tw;
    std::unique_ptr<store::Workspace> m_ws;
    QString m_id;
};

} // namespace

TEST_F(OrganisationDetailsTest, ANewOrganisationHasNoneOfTheDocumentDetails)
{
    const Organisation org = current();
    EXPECT_EQ(org.name, QStringLiteral("Sunrise PG"));
    EXPECT_EQ(org.stateCode, QStringLiteral("29"));
    EXPECT_TRUE(org.bankAccount.isEmpty());
    EXPECT_TRUE(org.invoiceTerms.isEmpty());
    EXPECT_TRUE(org.signatoryName.isEmpty());
    EXPECT_EQ(org.logoBytes, 0);
    EXPECT_TRUE(repo().logo().value().isEmpty());
}

TEST_F(OrganisationDetailsTest, OnlyTheFieldsGivenChangeAndTheChangeIsAudited)
{
    OrganisationChanges changes;
    changes.bankName = QStringLiteral("HDFC Bank, Koramangala");
    changes.bankAccount = QStringLiteral("5010 0123 4567 89"); // spaces dropped: 14 digits
    changes.bankIfsc = QStringLiteral("hdfc0001234");          // upper-cased
    changes.invoiceTerms = QStringLiteral("Rent is due by the 5th.\nCheques to Sunrise PG.");
    changes.signatoryName = QStringLiteral("Asha Rao");
    changes.email = QStringLiteral("Office@Sunrise.IN");
    changes.phone = QStringLiteral("98450 12345");
    auto updated = repo().update(changes);
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    const Organisation org = current();
    EXPECT_EQ(org.bankName, QStringLiteral("HDFC Bank, Koramangala"));
    EXPECT_EQ(org.bankAccount, QStringLiteral("50100123456789"));
    EXPECT_EQ(org.bankIfsc, QStringLiteral("HDFC0001234"));
    EXPECT_EQ(org.invoiceTerms, QStringLiteral("Rent is due by the 5th.\nCheques to Sunrise PG."));
    EXPECT_EQ(org.signatoryName, QStringLiteral("Asha Rao"));
    EXPECT_EQ(org.email, QStringLiteral("Office@sunrise.in"));
    EXPECT_EQ(org.phone, QStringLiteral("+919845012345"));
    // Untouched: the name and the state.
    EXPECT_EQ(org.name, QStringLiteral("Sunrise PG"));
    EXPECT_EQ(org.stateCode, QStringLiteral("29"));
    EXPECT_EQ(updated.value().bankAccount, org.bankAccount);

    // The insert, then one update naming exactly the seven fields, each from nothing.
    const auto changesLog = history();
    ASSERT_EQ(changesLog.size(), 2);
    const store::RecordChange& change = changesLog.at(1);
    EXPECT_EQ(change.action, store::ChangeAction::Update);
    QStringList fields;
    for (const store::FieldChange& f : change.fields) {
        fields << f.field;
        EXPECT_TRUE(f.before.isNull() || f.before.toString().isEmpty()) << f.field.toStdString();
    }
    EXPECT_EQ(fields, (QStringList{QStringLiteral("bank_account"), QStringLiteral("bank_ifsc"),
                                   QStringLiteral("bank_name"), QStringLiteral("email"),
                                   QStringLiteral("invoice_terms"), QStringLiteral("phone"),
                                   QStringLiteral("signatory_name")}));

    // A second change: one field, its old and new value; an empty value clears one.
    OrganisationChanges second;
    second.signatoryName = QStringLiteral("Ravi Rao");
    second.email = QString();
    ASSERT_TRUE(repo().update(second).ok());
    const auto log2 = history();
    ASSERT_EQ(log2.size(), 3);
    ASSERT_EQ(log2.at(2).fields.size(), 2);
    EXPECT_EQ(log2.at(2).fields.at(0).field, QStringLiteral("email"));
    EXPECT_EQ(log2.at(2).fields.at(0).before.toString(), QStringLiteral("Office@sunrise.in"));
    EXPECT_TRUE(log2.at(2).fields.at(0).after.isNull());
    EXPECT_EQ(log2.at(2).fields.at(1).field, QStringLiteral("signatory_name"));
    EXPECT_EQ(log2.at(2).fields.at(1).before.toString(), QStringLiteral("Asha Rao"));
    EXPECT_EQ(log2.at(2).fields.at(1).after.toString(), QStringLiteral("Ravi Rao"));
    EXPECT_TRUE(current().email.isEmpty());
    EXPECT_EQ(current().bankAccount, QStringLiteral("50100123456789"));

    // The same values again: nothing differs, nothing is logged.
    ASSERT_TRUE(repo().update(second).ok());
    EXPECT_EQ(history().size(), 3);
}

TEST_F(OrganisationDetailsTest, ANewGstinBringsItsPanAndState)
{
    OrganisationChanges changes;
    changes.gstin = QStringLiteral("27AAPFU0939F1ZV"); // Maharashtra; PAN AAPFU0939F
    ASSERT_TRUE(repo().update(changes).ok());
    EXPECT_EQ(current().gstin, QStringLiteral("27AAPFU0939F1ZV"));
    EXPECT_EQ(current().pan, QStringLiteral("AAPFU0939F"));
    EXPECT_EQ(current().stateCode, QStringLiteral("27"));
    // Registration cancelled: the GSTIN goes, the PAN and state stay.
    OrganisationChanges cleared;
    cleared.gstin = QString();
    ASSERT_TRUE(repo().update(cleared).ok());
    EXPECT_TRUE(current().gstin.isEmpty());
    EXPECT_EQ(current().pan, QStringLiteral("AAPFU0939F"));
}

TEST_F(OrganisationDetailsTest, APanOrStateThatDisagreesWithTheGstinIsRefused)
{
    OrganisationChanges gstin;
    gstin.gstin = QStringLiteral("29ABCPE1234F1Z7");
    ASSERT_TRUE(repo().update(gstin).ok());
    const int before = int(history().size());

    OrganisationChanges pan;
    pan.pan = QStringLiteral("AAPFU0939F"); // not the ABCPE1234F inside the GSTIN
    EXPECT_EQ(refusedFields(pan), QStringList{QStringLiteral("pan")});
    OrganisationChanges state;
    state.stateCode = QStringLiteral("27"); // the GSTIN is Karnataka's (29)
    EXPECT_EQ(refusedFields(state), QStringList{QStringLiteral("state-code")});
    OrganisationChanges both;
    both.gstin = QStringLiteral("27AAPFU0939F1ZV");
    both.stateCode = QStringLiteral("29");
    EXPECT_EQ(refusedFields(both), QStringList{QStringLiteral("gstin")});

    EXPECT_EQ(history().size(), before);
    EXPECT_EQ(current().gstin, QStringLiteral("29ABCPE1234F1Z7"));
    EXPECT_EQ(current().pan, QStringLiteral("ABCPE1234F"));
    EXPECT_EQ(current().stateCode, QStringLiteral("29"));
}

TEST_F(OrganisationDetailsTest, EveryBadFieldIsNamedAtOnceAndNothingIsWritten)
{
    OrganisationChanges changes;
    changes.name = QStringLiteral("  ");               // required
    changes.gstin = QStringLiteral("29ABCPE1234F1Z8"); // wrong check character (7 is right)
    changes.pan = QStringLiteral("ABC");
    changes.stateCode = QStringLiteral("40"); // codes run 01–38, 97, 99
    changes.phone = QStringLiteral("12345");
    changes.email = QStringLiteral("office");
    changes.upiVpa = QStringLiteral("no-handle");
    changes.bankAccount = QStringLiteral("12345678"); // 8 digits: too short
    changes.bankIfsc = QStringLiteral("HDFC1001234"); // the fifth character must be 0
    changes.signatoryName = QStringLiteral("Asha \u202ERao");
    changes.invoiceTerms = QString(OrganisationRepository::kMaxTermsLength + 1, QLatin1Char('x'));
    changes.legalName = QString(201, QLatin1Char('x'));
    changes.logo = QByteArrayLiteral("GIF89a....");
    QStringList fields = refusedFields(changes);
    fields.sort();
    EXPECT_EQ(fields,
              (QStringList{QStringLiteral("bank-account"), QStringLiteral("email"),
                           QStringLiteral("gstin"), QStringLiteral("ifsc"),
                           QStringLiteral("legal-name"), QStringLiteral("logo"),
                           QStringLiteral("name"), QStringLiteral("pan"), QStringLiteral("phone"),
                           QStringLiteral("signatory"), QStringLiteral("state-code"),
                           QStringLiteral("terms"), QStringLiteral("upi")}));
    EXPECT_EQ(history().size(), 1); // the insert only
    EXPECT_EQ(current().name, QStringLiteral("Sunrise PG"));

    // A bank account with a letter, and one of 19 digits.
    OrganisationChanges letter;
    letter.bankAccount = QStringLiteral("50100A23456789");
    EXPECT_EQ(refusedFields(letter), QStringList{QStringLiteral("bank-account")});
    letter.bankAccount = QString(19, QLatin1Char('1'));
    EXPECT_EQ(refusedFields(letter), QStringList{QStringLiteral("bank-account")});
    EXPECT_EQ(history().size(), 1);
}

TEST_F(OrganisationDetailsTest, TheLogoIsAPngOrJpegOfAtMostOneMegabyte)
{
    // Exactly 1 MB (1,048,576 bytes) of PNG: accepted, kept whole.
    QByteArray png = kPngSignature + QByteArray(1024 * 1024 - kPngSignature.size(), 'p');
    OrganisationChanges changes;
    changes.logo = png;
    ASSERT_TRUE(repo().update(changes).ok());
    EXPECT_EQ(current().logoBytes, 1024 * 1024);
    EXPECT_EQ(repo().logo().value(), png);

    // One byte more: refused, the old logo stays.
    changes.logo = png + 'p';
    EXPECT_EQ(refusedFields(changes), QStringList{QStringLiteral("logo")});
    EXPECT_EQ(repo().logo().value(), png);

    // A JPEG replaces it; a GIF, a PNG signature cut short, or an empty file do not.
    const QByteArray jpeg = kJpegStart + QByteArray(100, 'j');
    changes.logo = jpeg;
    ASSERT_TRUE(repo().update(changes).ok());
    EXPECT_EQ(repo().logo().value(), jpeg);
    EXPECT_EQ(current().logoBytes, 104);
    for (const QByteArray& bad : {QByteArrayLiteral("GIF89a\x01\x00"), kPngSignature.left(7),
                                  QByteArrayLiteral("\xff\xd8")}) {
        changes.logo = bad;
        EXPECT_EQ(refusedFields(changes), QStringList{QStringLiteral("logo")});
    }
    EXPECT_EQ(repo().logo().value(), jpeg);

    // Removing it.
    changes.logo = QByteArray();
    ASSERT_TRUE(repo().update(changes).ok());
    EXPECT_EQ(current().logoBytes, 0);
    EXPECT_TRUE(repo().logo().value().isEmpty());
    // Each accepted logo is one audited update: insert, PNG, JPEG, removal.
    EXPECT_EQ(history().size(), 4);
}

TEST(ImageFile, ToldByItsFirstBytesAndRefusedAboveItsLimit)
{
    EXPECT_STREQ(ImageFile::parse(kPngSignature + "x", 100)->mimeType(), "image/png");
    EXPECT_STREQ(ImageFile::parse(kJpegStart + "x", 100)->mimeType(), "image/jpeg");
    EXPECT_FALSE(ImageFile::parse(QByteArray(), 100));
    EXPECT_FALSE(ImageFile::parse(QByteArrayLiteral("<svg xmlns=\"\"/>"), 100));
    // 2 MB for a photo: 2,097,152 bytes pass, 2,097,153 do not.
    const QByteArray photo = kJpegStart + QByteArray(2 * 1024 * 1024 - 4, 'j');
    EXPECT_TRUE(ImageFile::parse(photo, ImageFile::kMaxPhotoBytes));
    EXPECT_FALSE(ImageFile::parse(photo + 'j', ImageFile::kMaxPhotoBytes));
    EXPECT_TRUE(ImageFile::parse(photo + 'j', ImageFile::kMaxPhotoBytes)
                    .error()
                    .contains(QStringLiteral("2 MB")));
}

TEST(ImageFile, AFileIsReadUpToOneByteOverTheLimit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.png"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(kPngSignature + QByteArray(5000, 'p')); // 5,008 bytes
    file.close();
    // A 1,000-byte limit reads 1,001 bytes: enough to refuse it.
    const auto read = ImageFile::readFile(path, 1000);
    ASSERT_TRUE(read);
    EXPECT_EQ(read.value().size(), 1001);
    EXPECT_FALSE(ImageFile::parse(read.value(), 1000));
    EXPECT_FALSE(ImageFile::readFile(dir.filePath(QStringLiteral("missing.png")), 1000));
    EXPECT_FALSE(ImageFile::readFile(dir.path(), 1000)); // a folder
}
