#include <exports/DocumentFinder.h>
#include <payments/RecordPayment.h>
#include <stays/CheckOut.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;
using Kind = DocumentFinder::Found::Kind;

namespace {

// Two residents billed for November 2026, the first paying ₹5,000 of her ₹12,000.
struct BilledPg : test::SamplePg
{
    BilledPg()
    {
        checkIn(0, 0, QDate(2026, 11, 1));
        checkIn(1, 1, QDate(2026, 11, 1));
        bill(u"2026-11");
        auto paid = RecordPayment(store()).run({residentIds.at(0),
                                                QStringLiteral("5000"),
                                                QStringLiteral("cash"),
                                                {},
                                                QStringLiteral("2026-11-03")},
                                               QDate(2026, 11, 3));
        EXPECT_TRUE(paid.ok());
        paymentId = paid.value().paymentId;
        receiptNumber = paid.value().receiptNumber;
        QSqlQuery q(store().database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT number FROM invoice ORDER BY number")));
        while (q.next())
            invoiceNumbers.append(q.value(0).toString());
    }
    QString paymentId;
    QString receiptNumber;
    QStringList invoiceNumbers;
};

} // namespace

TEST(DocumentFinder, FindsAnInvoiceByItsWholeNumber)
{
    BilledPg pg;
    ASSERT_EQ(pg.invoiceNumbers.size(), 2);
    const auto found = DocumentFinder(pg.store()).find(pg.invoiceNumbers.at(1));
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    ASSERT_EQ(found.value().size(), 1);
    const auto& invoice = found.value().first();
    EXPECT_EQ(invoice.kind, Kind::Invoice);
    EXPECT_EQ(invoice.number, pg.invoiceNumbers.at(1));
    EXPECT_EQ(invoice.date, QDate(2026, 11, 1));
    EXPECT_EQ(invoice.residentName, QStringLiteral("Arjun Mehta"));
    EXPECT_EQ(invoice.amount.toIndianString(), QStringLiteral("12,000.00")); // a month's rent
    EXPECT_EQ(invoice.status, QStringLiteral("issued"));
}

TEST(DocumentFinder, FindsReceiptsByPartOfTheNumberInAnyCase)
{
    BilledPg pg;
    const QString tail = pg.receiptNumber.right(4).toLower();
    const auto found = DocumentFinder(pg.store()).find(pg.receiptNumber.toLower());
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found.value().size(), 1);
    EXPECT_EQ(found.value().first().kind, Kind::Receipt);
    EXPECT_EQ(found.value().first().id, pg.paymentId); // the receipt's PDF takes the payment
    EXPECT_EQ(found.value().first().amount.toIndianString(), QStringLiteral("5,000.00"));
    EXPECT_EQ(found.value().first().residentName, QStringLiteral("Lakshmi Narayanan"));
    // The serial part alone ("0001") is in the first invoice's number and in the receipt's.
    const auto serial = DocumentFinder(pg.store()).find(tail);
    ASSERT_TRUE(serial.ok());
    EXPECT_GE(serial.value().size(), 2);
}

TEST(DocumentFinder, LikeWildcardsAreTakenLiterally)
{
    BilledPg pg;
    const auto found = DocumentFinder(pg.store()).find(QStringLiteral("%"));
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found.value().isEmpty()); // no number has a '%' in it
}

TEST(DocumentFinder, BlankTextIsRefusedAndAFailedQueryIsAnError)
{
    BilledPg pg;
    const auto blank = DocumentFinder(pg.store()).find(QStringLiteral("  "));
    ASSERT_FALSE(blank.ok());
    ASSERT_EQ(blank.error().fields.size(), 1);
    EXPECT_EQ(blank.error().fields.first().field, QStringLiteral("number"));
    QSqlQuery drop(pg.store().database());
    ASSERT_TRUE(drop.exec(QStringLiteral("ALTER TABLE receipt RENAME TO receipt_gone")));
    const auto failed = DocumentFinder(pg.store()).find(QStringLiteral("0001"));
    ASSERT_FALSE(failed.ok()); // never "nothing found"
    EXPECT_EQ(failed.error().code, store::StoreError::Code::Database);
}

TEST(DocumentFinder, FindsTheLeaversSettlementAndCreditNoteButNoVoucherForNothingRefunded)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 10, 1)); // ₹12,000 a month, no deposit
    pg.bill(u"2026-10");
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-10-20"), {}, {}}, QDate(2026, 11, 1));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    ASSERT_EQ(out.value().creditNoteNumbers.size(), 1); // 21–31 October given back
    const auto settlement = DocumentFinder(pg.store()).find(out.value().settlementNumber);
    ASSERT_TRUE(settlement.ok());
    // No deposit was held, so nothing is refunded (₹0) and there is no refund voucher.
    ASSERT_EQ(settlement.value().size(), 1);
    EXPECT_EQ(settlement.value().first().kind, Kind::Settlement);
    EXPECT_EQ(settlement.value().first().id, out.value().settlementId);
    EXPECT_TRUE(settlement.value().first().amount.isZero());
    EXPECT_EQ(settlement.value().first().residentName, QStringLiteral("Lakshmi Narayanan"));
    const auto note = DocumentFinder(pg.store()).find(out.value().creditNoteNumbers.first());
    ASSERT_TRUE(note.ok());
    ASSERT_EQ(note.value().size(), 1);
    EXPECT_EQ(note.value().first().kind, Kind::CreditNote);
    EXPECT_EQ(note.value().first().residentName, QStringLiteral("Lakshmi Narayanan"));
}
