// What the billing screen reads: the invoice list's filters, an invoice's notes and
// payments, a resident's charges (InvoiceRepository, InvoiceActivity).
#include <billing/Charges.h>
#include <billing/InvoiceActivity.h>
#include <billing/InvoiceCorrections.h>
#include <billing/InvoiceRepository.h>
#include <payments/RecordPayment.h>
#include <support/Probe.h>
#include <support/SamplePg.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

using test::refusedField;
using test::text;

// Lakshmi (bed A) and Arjun (bed B) from 1 November at ₹12,000, November billed:
// KORA/2627/0001 (Lakshmi) and KORA/2627/0002 (Arjun), ₹12,000 each.
struct BilledPg : test::SamplePg
{
    BilledPg()
    {
        checkIn(0, 0, QDate(2026, 11, 1));
        checkIn(1, 1, QDate(2026, 11, 1));
        bill(u"2026-11");
    }
    QString invoiceOf(int resident)
    {
        return text(store(), QStringLiteral("SELECT id FROM invoice WHERE resident_id = '%1'")
                                 .arg(residentIds[resident]));
    }
    QStringList numbers(const InvoiceRepository::Filter& filter)
    {
        auto listed = InvoiceRepository(store()).list(filter);
        EXPECT_TRUE(listed.ok());
        QStringList out;
        for (const InvoiceSummary& invoice : listed.value())
            out << invoice.number;
        return out;
    }
};

} // namespace

TEST(InvoiceList, FiltersByPropertyStatusUnpaidAndSearch)
{
    BilledPg pg;
    const QString one = QStringLiteral("KORA/2627/0001"), two = QStringLiteral("KORA/2627/0002");
    auto all = InvoiceRepository(pg.store()).list({});
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all.value().size(), 2);
    EXPECT_EQ(all.value()[0].residentName, QStringLiteral("Lakshmi Narayanan"));
    EXPECT_EQ(all.value()[0].propertyName, QStringLiteral("Koramangala"));
    EXPECT_EQ(all.value()[0].propertyId, pg.propertyId);

    InvoiceRepository::Filter filter;
    filter.propertyId = pg.propertyId;
    EXPECT_EQ(pg.numbers(filter), (QStringList{one, two}));
    filter.search = QStringLiteral("ARJUN"); // any case, any part of the name
    EXPECT_EQ(pg.numbers(filter), (QStringList{two}));
    filter.search = QStringLiteral("0001"); // part of the number
    EXPECT_EQ(pg.numbers(filter), (QStringList{one}));

    // Lakshmi pays all ₹12,000: only Arjun's is unpaid.
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0],
                          QStringLiteral("12000"),
                          QStringLiteral("cash"),
                          {},
                          QStringLiteral("2026-11-03"),
                          QStringLiteral("dues")},
                         QDate(2026, 11, 3))
                    .ok());
    InvoiceRepository::Filter unpaid;
    unpaid.unpaidOnly = true;
    EXPECT_EQ(pg.numbers(unpaid), (QStringList{two}));
    // Arjun's cancelled: no longer unpaid, and listed only as cancelled.
    ASSERT_TRUE(InvoiceCorrections(pg.store())
                    .cancel(pg.invoiceOf(1), QStringLiteral("Billed twice"), QDate(2026, 11, 4))
                    .ok());
    EXPECT_EQ(pg.numbers(unpaid), QStringList());
    InvoiceRepository::Filter cancelled;
    cancelled.status = QStringLiteral("cancelled");
    EXPECT_EQ(pg.numbers(cancelled), (QStringList{two}));
    cancelled.status = QStringLiteral("issued");
    EXPECT_EQ(pg.numbers(cancelled), (QStringList{one}));
}

TEST(InvoiceActivity, ListsNotesAndPaymentsOfAnInvoice)
{
    BilledPg pg;
    const QString invoice = pg.invoiceOf(0);
    ASSERT_TRUE(
        RecordPayment(pg.store())
            .run({pg.residentIds[0], QStringLiteral("5000"), QStringLiteral("upi"),
                  QStringLiteral("UTR123"), QStringLiteral("2026-11-03"), QStringLiteral("dues")},
                 QDate(2026, 11, 3))
            .ok());
    auto credit = InvoiceCorrections(pg.store())
                      .creditNote(invoice, QStringLiteral("1000"), QStringLiteral("Water cut"),
                                  QDate(2026, 11, 10));
    ASSERT_TRUE(credit.ok()) << credit.error().message.toStdString();

    auto notes = notesOfInvoice(pg.store(), invoice);
    ASSERT_TRUE(notes.ok());
    ASSERT_EQ(notes.value().size(), 1);
    EXPECT_EQ(notes.value()[0].kind, InvoiceNoteSummary::Kind::Credit);
    EXPECT_EQ(notes.value()[0].number, credit.value().number);
    EXPECT_EQ(notes.value()[0].reason, QStringLiteral("Water cut"));
    EXPECT_EQ(notes.value()[0].total, Money::fromRupees(1000));

    auto payments = allocationsOfInvoice(pg.store(), invoice);
    ASSERT_TRUE(payments.ok());
    ASSERT_EQ(payments.value().size(), 1);
    EXPECT_EQ(payments.value()[0].amount, Money::fromRupees(5000));
    EXPECT_EQ(payments.value()[0].method, QStringLiteral("upi"));
    EXPECT_EQ(payments.value()[0].reference, QStringLiteral("UTR123"));
    EXPECT_EQ(payments.value()[0].receivedOn, QDate(2026, 11, 3));
    EXPECT_FALSE(payments.value()[0].receiptNumber.isEmpty());
    EXPECT_FALSE(payments.value()[0].reversed);

    // Arjun's invoice: nothing yet — an empty list, not an error.
    EXPECT_TRUE(notesOfInvoice(pg.store(), pg.invoiceOf(1)).value().isEmpty());
    EXPECT_TRUE(allocationsOfInvoice(pg.store(), pg.invoiceOf(1)).value().isEmpty());
    // An unknown invoice is a mistake, not an invoice without notes.
    EXPECT_EQ(refusedField(notesOfInvoice(pg.store(), QStringLiteral("nope")).error()),
              QStringLiteral("invoice"));
    EXPECT_EQ(refusedField(allocationsOfInvoice(pg.store(), QStringLiteral("nope")).error()),
              QStringLiteral("invoice"));
}

TEST(InvoiceActivity, ListsAResidentsChargesWithWaivers)
{
    test::SamplePg pg;
    pg.checkIn(0, 0, QDate(2026, 11, 1));
    Charges charges(pg.store());
    auto key =
        charges.add({pg.residentIds[0], QStringLiteral("500"), QStringLiteral("Key replacement"),
                     QStringLiteral("one_off"), QStringLiteral("2026-11-05")},
                    QDate(2026, 11, 5));
    auto glass =
        charges.add({pg.residentIds[0], QStringLiteral("1,200"), QStringLiteral("Broken window"),
                     QStringLiteral("damage"), QStringLiteral("2026-11-07")},
                    QDate(2026, 11, 7));
    ASSERT_TRUE(key.ok() && glass.ok());
    ASSERT_TRUE(charges.waive(key.value(), QStringLiteral("Goodwill"), QDate(2026, 11, 8)).ok());

    auto listed = chargesOfResident(pg.store(), pg.residentIds[0]);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed.value().size(), 2); // newest first
    EXPECT_EQ(listed.value()[0].description, QStringLiteral("Broken window"));
    EXPECT_EQ(listed.value()[0].amount, Money::fromRupees(1200));
    EXPECT_EQ(listed.value()[0].kind, QStringLiteral("damage"));
    EXPECT_FALSE(listed.value()[0].waived);
    EXPECT_TRUE(listed.value()[0].invoiceId.isEmpty());
    EXPECT_EQ(listed.value()[1].description, QStringLiteral("Key replacement"));
    EXPECT_TRUE(listed.value()[1].waived);
    EXPECT_EQ(listed.value()[1].waiverReason, QStringLiteral("Goodwill"));
    EXPECT_TRUE(chargesOfResident(pg.store(), pg.residentIds[1]).value().isEmpty());
    EXPECT_EQ(refusedField(chargesOfResident(pg.store(), QStringLiteral("nope")).error()),
              QStringLiteral("resident"));
}
