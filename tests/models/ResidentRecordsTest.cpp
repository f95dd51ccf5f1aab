// What a resident's profile reads and keeps beyond the fields the documents print: KYC
// scans inside the encrypted file, KYC and police-verification status, the list's pages,
// count and dues filter, the stay's history and the documents issued.
#include <payments/RecordPayment.h>
#include <payments/ResidentList.h>
#include <residents/KycDocumentRepository.h>
#include <residents/ResidentRepository.h>
#include <stays/ResidentDocuments.h>
#include <stays/StayHistory.h>
#include <stays/Transfer.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

const QDate kToday(2026, 11, 26);
const QByteArray kPng = QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(92, 'p'); // 100 B
const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4\n") + QByteArray(41, 'd');        // 50 B

class ResidentRecordsTest : public ::testing::Test
{
protected:
    store::Store& store() { return pg.store(); }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(store().database());
        EXPECT_TRUE(q.exec(sql));
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    qint64 changeCount() { return count(QStringLiteral("SELECT count(*) FROM change_log")); }
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
    test::SamplePg pg;
};

} // namespace

TEST_F(ResidentRecordsTest, KycScansAreKeptInTheStoreListedReadBackAndRemoved)
{
    KycDocumentRepository kyc(store());
    const auto front = kyc.attach(pg.residentIds[0], QStringLiteral("aadhaar"),
                                  QStringLiteral("aadhaar-front.png"), kPng);
    ASSERT_TRUE(front.ok()) << front.error().message.toStdString();
    const auto pan =
        kyc.attach(pg.residentIds[0], QStringLiteral("PAN"), QStringLiteral("pan.pdf"), kPdf);
    ASSERT_TRUE(pan.ok());

    const auto listed = kyc.list(pg.residentIds[0]);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed.value().size(), 2);
    EXPECT_EQ(listed.value()[0].kind, QStringLiteral("aadhaar"));
    EXPECT_EQ(listed.value()[0].fileName, QStringLiteral("aadhaar-front.png"));
    EXPECT_EQ(listed.value()[0].mimeType, QStringLiteral("image/png"));
    EXPECT_EQ(listed.value()[0].bytes, 100);
    EXPECT_TRUE(listed.value()[0].addedAt.isValid());
    EXPECT_EQ(listed.value()[1].kind, QStringLiteral("pan")); // lower-cased
    EXPECT_EQ(listed.value()[1].mimeType, QStringLiteral("application/pdf"));
    EXPECT_EQ(listed.value()[1].bytes, 50);
    EXPECT_TRUE(kyc.list(pg.residentIds[1]).value().isEmpty());

    EXPECT_EQ(kyc.content(front.value()).value(), kPng);
    EXPECT_EQ(kyc.content(pan.value()).value(), kPdf);

    ASSERT_TRUE(kyc.remove(front.value()).ok());
    ASSERT_EQ(kyc.list(pg.residentIds[0]).value().size(), 1);
    EXPECT_EQ(fieldsOf(kyc.content(front.value())), QStringList{QStringLiteral("id")});
    // A tombstone, audited, with the scan's bytes gone: the row is marked deleted, its
    // content is empty, and the change log has the insert, the emptying and the removal.
    EXPECT_EQ(
        count(
            QStringLiteral("SELECT deleted FROM kyc_document WHERE id = '%1'").arg(front.value())),
        1);
    EXPECT_EQ(count(QStringLiteral("SELECT length(content) FROM kyc_document WHERE id = '%1'")
                        .arg(front.value())),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM change_log WHERE row_id = '%1'")
                        .arg(front.value())),
              3);
}

TEST_F(ResidentRecordsTest, AScanThatIsNotAPictureOrPdfOrTooLargeIsRefusedAndNothingWritten)
{
    KycDocumentRepository kyc(store());
    const qint64 before = changeCount();
    EXPECT_EQ(fieldsOf(kyc.attach(pg.residentIds[0], QStringLiteral("aadhaar"),
                                  QStringLiteral("notes.txt"), QByteArray("just text"))),
              QStringList{QStringLiteral("file")});
    EXPECT_EQ(fieldsOf(kyc.attach(
                  pg.residentIds[0], QStringLiteral("aadhaar"), QStringLiteral("big.pdf"),
                  QByteArrayLiteral("%PDF-") + QByteArray(KycDocumentRepository::kMaxBytes, 'x'))),
              QStringList{QStringLiteral("file")});
    EXPECT_EQ(fieldsOf(kyc.attach(pg.residentIds[0], QStringLiteral("ration_card"),
                                  QStringLiteral(""), kPng)),
              (QStringList{QStringLiteral("file-name"), QStringLiteral("kind")}));
    EXPECT_EQ(fieldsOf(kyc.attach(QStringLiteral("nobody"), QStringLiteral("pan"),
                                  QStringLiteral("pan.png"), kPng)),
              QStringList{QStringLiteral("resident")});
    EXPECT_EQ(changeCount(), before);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM kyc_document")), 0);
}

TEST_F(ResidentRecordsTest, KycAndPoliceVerificationStatusAndNotesAreKeptAndChecked)
{
    ResidentRepository repo(store());
    const auto fresh = repo.find(pg.residentIds[0]).value().value();
    EXPECT_EQ(fresh.kycStatus, QStringLiteral("pending"));
    EXPECT_EQ(fresh.policeStatus, QStringLiteral("pending"));
    EXPECT_FALSE(fresh.policeVerifiedOn.isValid());

    ResidentChanges changes;
    changes.kycStatus = QStringLiteral("Verified");
    changes.policeStatus = QStringLiteral("verified");
    changes.policeVerifiedOn = QStringLiteral("2026-11-20");
    changes.notes = QStringLiteral("Prefers the lower bunk");
    const auto updated = repo.update(pg.residentIds[0], changes, kToday);
    ASSERT_TRUE(updated.ok()) << updated.error().message.toStdString();
    EXPECT_EQ(updated.value().kycStatus, QStringLiteral("verified"));
    EXPECT_EQ(updated.value().policeStatus, QStringLiteral("verified"));
    EXPECT_EQ(updated.value().policeVerifiedOn, QDate(2026, 11, 20));
    EXPECT_EQ(updated.value().notes, QStringLiteral("Prefers the lower bunk"));

    const qint64 before = changeCount();
    ResidentChanges bad;
    bad.kycStatus = QStringLiteral("maybe");
    bad.policeStatus = QStringLiteral("done");
    bad.policeVerifiedOn = QStringLiteral("2026-11-27"); // tomorrow
    bad.notes = QString(ResidentRepository::kMaxNotesLength + 1, QLatin1Char('n'));
    EXPECT_EQ(fieldsOf(repo.update(pg.residentIds[0], bad, kToday)),
              (QStringList{QStringLiteral("kyc-status"), QStringLiteral("notes"),
                           QStringLiteral("police-status"), QStringLiteral("police-verified-on")}));
    EXPECT_EQ(changeCount(), before);

    ResidentChanges cleared;
    cleared.kycStatus = QString();
    cleared.policeVerifiedOn = QString();
    const auto back = repo.update(pg.residentIds[0], cleared, kToday);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value().kycStatus, QStringLiteral("pending"));
    EXPECT_FALSE(back.value().policeVerifiedOn.isValid());
}

TEST_F(ResidentRecordsTest, TheListPagesCountsAndKeepsOnlyThoseWithDues)
{
    // Lakshmi (bed 101-A) billed October and November at ₹12,000 and pays ₹5,000:
    // she owes 24,000 − 5,000 = ₹19,000. Arjun has no stay and owes nothing.
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    pg.bill(u"2026-10");
    pg.bill(u"2026-11");
    ASSERT_TRUE(RecordPayment(store())
                    .run({pg.residentIds[0],
                          QStringLiteral("5000"),
                          QStringLiteral("cash"),
                          {},
                          QStringLiteral("2026-11-10")},
                         QDate(2026, 11, 10))
                    .ok());
    ResidentList list(store());
    ResidentList::Filter all;
    EXPECT_EQ(list.count(all).value(), 2);
    all.limit = 1;
    const auto first = list.list(all).value();
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0].name, QStringLiteral("Arjun Mehta")); // name order: A before L
    EXPECT_EQ(first[0].balance, Money());
    all.offset = 1;
    const auto second = list.list(all).value();
    ASSERT_EQ(second.size(), 1);
    EXPECT_EQ(second[0].name, QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(second[0].bed, QStringLiteral("101-A"));
    EXPECT_EQ(second[0].balance, Money::fromRupees(19000));

    ResidentList::Filter dues;
    dues.withDuesOnly = true;
    EXPECT_EQ(list.count(dues).value(), 1);
    const auto owing = list.list(dues).value();
    ASSERT_EQ(owing.size(), 1);
    EXPECT_EQ(owing[0].id, pg.residentIds[0]);

    ResidentList::Filter search;
    search.search = QStringLiteral("101");
    EXPECT_EQ(list.count(search).value(), 1);
    search.search = QStringLiteral("9845012346"); // Arjun's phone
    EXPECT_EQ(list.count(search).value(), 1);
    EXPECT_EQ(list.list(search).value()[0].name, QStringLiteral("Arjun Mehta"));
}

TEST_F(ResidentRecordsTest, TheStayHistoryHasEveryBedAndTheDocumentsEveryPaper)
{
    // Lakshmi checks into 101-A on 01-10-2026, moves to 101-B on 15-10-2026.
    pg.checkIn(0, 0, QDate(2026, 10, 1));
    const auto moved = Transfer(store()).run(
        {pg.residentIds[0], pg.bedIds[1], QStringLiteral("2026-10-15"), {}}, QDate(2026, 10, 15));
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    const auto stays = StayHistory::of(store(), pg.residentIds[0]);
    ASSERT_TRUE(stays.ok());
    ASSERT_EQ(stays.value().size(), 2);
    EXPECT_EQ(stays.value()[0].bed, QStringLiteral("101-B")); // latest first
    EXPECT_EQ(stays.value()[0].from, QDate(2026, 10, 15));
    EXPECT_FALSE(stays.value()[0].to.isValid());
    EXPECT_EQ(stays.value()[0].property, QStringLiteral("Koramangala"));
    EXPECT_EQ(stays.value()[1].bed, QStringLiteral("101-A"));
    EXPECT_EQ(stays.value()[1].from, QDate(2026, 10, 1));
    EXPECT_EQ(stays.value()[1].to, QDate(2026, 10, 14));
    EXPECT_EQ(stays.value()[1].agreementId, stays.value()[0].agreementId);
    EXPECT_EQ(stays.value()[0].rent, Money::fromRupees(12000));
    EXPECT_TRUE(StayHistory::of(store(), pg.residentIds[1]).value().isEmpty());
    // The list finds her by the bed she holds now, not by the one she left.
    ResidentList::Filter bed;
    bed.search = QStringLiteral("101-b");
    EXPECT_EQ(ResidentList(store()).count(bed).value(), 1);
    bed.search = QStringLiteral("101-A");
    EXPECT_EQ(ResidentList(store()).count(bed).value(), 0);
    bed.search = QStringLiteral("101-B");
    bed.activeOnly = true;
    const auto found = ResidentList(store()).list(bed).value();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].bed, QStringLiteral("101-B"));
    EXPECT_EQ(found[0].bedId, pg.bedIds[1]);
    EXPECT_EQ(found[0].stay, QStringLiteral("active"));

    pg.bill(u"2026-11");
    ASSERT_TRUE(RecordPayment(store())
                    .run({pg.residentIds[0], QStringLiteral("12000"), QStringLiteral("upi"),
                          QStringLiteral("UTR1"), QStringLiteral("2026-11-05")},
                         QDate(2026, 11, 5))
                    .ok());
    const auto documents = ResidentDocuments::of(store(), pg.residentIds[0]);
    ASSERT_TRUE(documents.ok());
    QList<ResidentDocuments::Kind> kinds;
    for (const auto& d : documents.value())
        kinds << d.kind;
    // Latest first: the payment of 05-11, the November invoice of 01-11, the agreement
    // of 01-10.
    ASSERT_EQ(kinds, (QList<ResidentDocuments::Kind>{ResidentDocuments::Kind::Receipt,
                                                     ResidentDocuments::Kind::Invoice,
                                                     ResidentDocuments::Kind::Agreement}));
    EXPECT_EQ(documents.value()[0].amount, Money::fromRupees(12000));
    EXPECT_EQ(documents.value()[0].status, QStringLiteral("received"));
    EXPECT_FALSE(documents.value()[1].number.isEmpty());
    EXPECT_EQ(documents.value()[1].date, QDate(2026, 11, 1));
    EXPECT_EQ(documents.value()[2].date, QDate(2026, 10, 1));
    EXPECT_EQ(documents.value()[2].status, QStringLiteral("active"));
    EXPECT_TRUE(ResidentDocuments::of(store(), pg.residentIds[1]).value().isEmpty());
}
