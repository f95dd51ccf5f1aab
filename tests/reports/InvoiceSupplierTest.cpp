// An issued invoice keeps the supplier it was issued by (Rule 46(a): name, address
// and GSTIN): a reprint after the organisation renames or moves shows what was issued.
#include "InvoiceSample.h"
#include "InvoiceText.h"

#include <billing/IssuedInvoice.h>
#include <organisation/OrganisationRepository.h>

#include <gtest/gtest.h>

using namespace rentflow;
using test::InvoicePg;

TEST(InvoiceSupplier, AReprintAfterTheOrganisationMovesShowsTheSupplierAsIssued)
{
    InvoicePg pg;
    OrganisationChanges before;
    before.legalName = QStringLiteral("Sunrise Hospitality LLP");
    before.address = QStringLiteral("12, 5th Cross, Koramangala, Bengaluru 560034");
    ASSERT_TRUE(OrganisationRepository(pg.store()).update(before).ok());
    pg.checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("12000"));
    pg.bill(u"2026-11");
    const QString id = pg.invoiceId(QStringLiteral("KORA/2627/0001"));

    OrganisationChanges moved;
    moved.name = QStringLiteral("Sunrise Stays");
    moved.legalName = QStringLiteral("Sunrise Stays Private Limited");
    moved.address = QStringLiteral("44, 80 Feet Road, Indiranagar, Bengaluru 560038");
    ASSERT_TRUE(OrganisationRepository(pg.store()).update(moved).ok());

    auto issued = loadIssuedInvoice(pg.store(), id);
    ASSERT_TRUE(issued.ok()) << issued.error().message.toStdString();
    EXPECT_EQ(issued.value().supplierName, QStringLiteral("Sunrise PG"));
    EXPECT_EQ(issued.value().supplierLegalName, QStringLiteral("Sunrise Hospitality LLP"));
    EXPECT_EQ(issued.value().supplierAddress,
              QStringLiteral("12, 5th Cross, Koramangala, Bengaluru 560034"));

    const auto run = pg.pdf(id, pg.out(QStringLiteral("reprint.pdf")));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = test::readText(pg.out(QStringLiteral("reprint.pdf")));
    EXPECT_TRUE(text.contains(u"Sunrise PG"));
    EXPECT_TRUE(text.contains(u"12, 5th Cross, Koramangala, Bengaluru 560034"));
    EXPECT_TRUE(text.contains(u"For Sunrise Hospitality LLP"));
    EXPECT_FALSE(text.contains(u"Sunrise Stays"));
    EXPECT_FALSE(text.contains(u"Indiranagar"));

    // The next invoice is issued by the organisation as it is now.
    pg.bill(u"2026-12");
    auto next = loadIssuedInvoice(pg.store(), pg.invoiceId(QStringLiteral("KORA/2627/0002")));
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next.value().supplierName, QStringLiteral("Sunrise Stays"));
    EXPECT_EQ(next.value().supplierAddress,
              QStringLiteral("44, 80 Feet Road, Indiranagar, Bengaluru 560038"));
}
