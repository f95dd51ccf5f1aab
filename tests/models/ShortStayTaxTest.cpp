// SPEC §4.5 and issue 8: a stay that ends before the 90 days the ₹20,000 exemption needs
// is taxed for its whole length; earlier bills of supply are put right by debit notes.
#include <billing/BooksCheck.h>
#include <billing/Charges.h>
#include <payments/RecordPayment.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <stays/GiveNotice.h>
#include <support/Probe.h>
#include <support/SamplePg.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace rentflow;
using test::number;
using test::text;

TEST(ShortStayTax, AStayEndingBeforeNinetyDaysIsTaxedForItsWholeLength)
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7"); // Karnataka, like the property
    test::SamplePg pg(org);
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-07-01"),
                          QStringLiteral("12000"), QStringLiteral("24000")},
                         QDate(2026, 7, 1))
                    .ok());
    ASSERT_TRUE(
        RecordPayment(pg.store())
            .run({pg.residentIds[0], QStringLiteral("24000"), QStringLiteral("bank"),
                  QStringLiteral("UTR1"), QStringLiteral("2026-07-01"), QStringLiteral("deposit")},
                 QDate(2026, 7, 1))
            .ok());
    // July and August: ₹12,000 each, an 11-month stay planned, so exempt bills of supply.
    pg.bill(u"2026-07");
    pg.bill(u"2026-08");
    ASSERT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM invoice WHERE "
                                                "document_type = 'bill_of_supply' AND "
                                                "total_paise = 1200000")),
              2);
    ASSERT_TRUE(RecordPayment(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("24000"), QStringLiteral("upi"),
                          QStringLiteral("UTR2"), QStringLiteral("2026-08-01")},
                         QDate(2026, 8, 1))
                    .ok());
    ASSERT_TRUE(GiveNotice(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("2026-07-01"),
                          QStringLiteral("2026-09-13"), QStringLiteral("Course over")},
                         QDate(2026, 7, 1))
                    .ok());
    // Out on 13 September: 31 + 31 + 13 = day 75, short of the exemption's 90 days.
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-09-13"), {}, {}}, QDate(2026, 9, 13));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    const CheckOut::Result& r = out.value();
    // Final invoice: 13/30 × 12,000 = 5,200.00, taxed at 5% (2.5% each = 130.00): 5,460.00.
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT document_type || ' ' || total_paise || ' ' "
                                              "|| cgst_paise FROM invoice WHERE purpose = "
                                              "'final'")),
              QStringLiteral("tax_invoice 546000 13000"));
    // One debit note per exempt bill of supply, in its own series: 5% of 12,000 = 600.00
    // (CGST 300.00 + SGST 300.00) each; 1,200.00 in all.
    ASSERT_EQ(r.debitNotes.size(), 2);
    EXPECT_EQ(r.debitNotes[0].number, QStringLiteral("KORAD/2627/0001"));
    EXPECT_EQ(r.debitNotes[1].number, QStringLiteral("KORAD/2627/0002"));
    EXPECT_EQ(r.debitNotes[0].amount, Money::fromRupees(600));
    EXPECT_EQ(r.debitNotes[1].amount, Money::fromRupees(600));
    EXPECT_TRUE(r.debitNotes[0].description.contains(QStringLiteral("Stay of 75 days")));
    EXPECT_TRUE(r.debitNotes[0].description.contains(QStringLiteral("90 continuous days")));
    EXPECT_TRUE(r.debitNotes[0].description.contains(
        QStringLiteral("5% on ₹12,000.00 billed exempt on KORA/2627/0001 dated 01-07-2026")))
        << r.debitNotes[0].description.toStdString();
    EXPECT_EQ(text(pg.store(),
                   QStringLiteral("SELECT group_concat(n.number || ':' || i.number || ':' || "
                                  "n.taxable_paise || ':' || n.rate_bp || ':' || n.cgst_paise || "
                                  "':' || n.sgst_paise || ':' || n.sac, ' ') FROM (SELECT * FROM "
                                  "debit_note ORDER BY number) n JOIN invoice i ON i.id = "
                                  "n.invoice_id")),
              QStringLiteral("KORAD/2627/0001:KORA/2627/0001:1200000:500:30000:30000:996322 "
                             "KORAD/2627/0002:KORA/2627/0002:1200000:500:30000:30000:996322"));
    // Settlement: deposit 24,000 − final invoice 5,460 − tax due 1,200 = refund 17,340.
    EXPECT_EQ(r.figures.unpaidDues, Money::fromRupees(5460));
    EXPECT_EQ(r.figures.taxDue, Money::fromRupees(1200));
    EXPECT_EQ(r.figures.refund(), Money::fromRupees(17340));
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT group_concat(kind || '=' || amount_paise, "
                                              "' ') FROM (SELECT kind, amount_paise FROM "
                                              "settlement_line ORDER BY position)")),
              QStringLiteral("debit_note=60000 debit_note=60000"));
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
}

TEST(ShortStayTax, AStayOfNinetyDaysKeepsItsExemption)
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    test::SamplePg pg(org);
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-07-01"),
                          QStringLiteral("12000"), QStringLiteral("0")},
                         QDate(2026, 7, 1))
                    .ok());
    pg.bill(u"2026-07");
    pg.bill(u"2026-08");
    ASSERT_TRUE(GiveNotice(pg.store())
                    .run({pg.residentIds[0], QStringLiteral("2026-07-01"),
                          QStringLiteral("2026-09-28"), QStringLiteral("Course over")},
                         QDate(2026, 7, 1))
                    .ok());
    // 31 + 31 + 28 = 90 days: exempt throughout, no debit note, final invoice exempt too.
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-09-28"), {}, {}}, QDate(2026, 9, 28));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    EXPECT_TRUE(out.value().debitNotes.isEmpty());
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM debit_note")), 0);
    EXPECT_EQ(text(pg.store(), QStringLiteral("SELECT document_type FROM invoice WHERE purpose = "
                                              "'final'")),
              QStringLiteral("bill_of_supply"));
}

TEST(ShortStayTax, ADebitNoteTaxesOnlyWhatCreditNotesLeftOfAMonth)
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    test::SamplePg pg(org);
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-07-01"),
                          QStringLiteral("12000"), QStringLiteral("0")},
                         QDate(2026, 7, 1))
                    .ok());
    pg.bill(u"2026-07");
    pg.bill(u"2026-08");
    pg.bill(u"2026-09"); // September billed whole, exempt, before the stay ends on the 13th
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-09-13"), {}, {}}, QDate(2026, 9, 13));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    // 14–30 September are credited: 17/30 × 12,000 = 6,800; September keeps 5,200.
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT total_paise FROM credit_note")), 680000);
    // Debit notes at 5%: July 600.00, August 600.00, September 5% of 5,200 = 260.00;
    // 1,460.00 in all.
    ASSERT_EQ(out.value().debitNotes.size(), 3);
    EXPECT_EQ(out.value().debitNotes[2].amount, Money::fromRupees(260));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT sum(total_paise) FROM debit_note")),
              146000);
    EXPECT_EQ(out.value().figures.taxDue, Money::fromRupees(1460));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT taxable_paise FROM debit_note WHERE "
                                                "number = 'KORAD/2627/0003'")),
              520000);
}

TEST(ShortStayTax, ADebitNoteSpreadsCreditOnlyOverTheAccommodation)
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    test::SamplePg pg(org);
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-07-01"),
                          QStringLiteral("12000"), QStringLiteral("0")},
                         QDate(2026, 7, 1))
                    .ok());
    pg.bill(u"2026-07");
    pg.bill(u"2026-08");
    // A ₹1,000 one-off (a service, taxed on its own) on September's invoice.
    ASSERT_TRUE(
        Charges(pg.store())
            .add({pg.residentIds[0], QStringLiteral("1000"), QStringLiteral("Mattress cleaning"),
                  QStringLiteral("one_off"), QStringLiteral("2026-08-20")},
                 QDate(2026, 8, 20))
            .ok());
    pg.bill(u"2026-09");
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-09-13"), {}, {}}, QDate(2026, 9, 13));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    // The check-out credits rent only: 17/30 × 12,000 = 6,800, so September keeps 5,200 of
    // exempt rent; the one-off is not accommodation and takes no share of the credit
    // (spread over the whole 13,000 it would leave 12,000 − 6,800 × 12/13 = 5,723.08).
    ASSERT_EQ(out.value().debitNotes.size(), 3);
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT taxable_paise FROM debit_note WHERE "
                                                "number = 'KORAD/2627/0003'")),
              520000);
    EXPECT_EQ(out.value().debitNotes[2].amount, Money::fromRupees(260)); // 5% of 5,200
}

TEST(ShortStayTax, BillsOfSupplyIssuedBeforeRegistrationGetNoDebitNote)
{
    test::SamplePg pg; // not registered for GST
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-07-01"),
                          QStringLiteral("12000"), QStringLiteral("0")},
                         QDate(2026, 7, 1))
                    .ok());
    pg.bill(u"2026-07"); // a bill of supply without a GSTIN: no GST was ever due on it
    // The PG registers in August (set as the settings screen will; no operation for it yet).
    QSqlQuery q(pg.store().database());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE organisation SET gstin = '29ABCPE1234F1Z7'")));
    pg.bill(u"2026-08"); // exempt under the GSTIN: a long stay was expected
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-08-31"), {}, {}}, QDate(2026, 8, 31));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    // 62 days: only August's invoice, issued registered, is put right: 5% of 12,000 = 600.
    ASSERT_EQ(out.value().debitNotes.size(), 1);
    EXPECT_EQ(out.value().debitNotes[0].amount, Money::fromRupees(600));
    EXPECT_EQ(number(pg.store(), QStringLiteral("SELECT count(*) FROM debit_note")), 1);
}

TEST(ShortStayTax, TheBooksCheckNumbersAndDatesDebitNotes)
{
    OrganisationInput org = test::SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    test::SamplePg pg(org);
    ASSERT_TRUE(CheckIn(pg.store())
                    .run({pg.residentIds[0], pg.bedIds[0], QStringLiteral("2026-07-01"),
                          QStringLiteral("12000"), QStringLiteral("0")},
                         QDate(2026, 7, 1))
                    .ok());
    pg.bill(u"2026-07");
    pg.bill(u"2026-08");
    auto out =
        CheckOut(pg.store())
            .run({pg.residentIds[0], QStringLiteral("2026-08-20"), {}, {}}, QDate(2026, 8, 20));
    ASSERT_TRUE(out.ok()) << out.error().message.toStdString();
    ASSERT_EQ(out.value().debitNotes.size(), 2); // KORAD/2627/0001 and 0002, on 20 August
    EXPECT_EQ(BooksCheck::problems(pg.store()), QStringList());
    QSqlQuery q(pg.store().database());
    // 0002 backdated before 0001.
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE debit_note SET issue_date = '2026-08-01' WHERE "
                                      "number = 'KORAD/2627/0002'")));
    EXPECT_EQ(BooksCheck::problems(pg.store()),
              QStringList{QStringLiteral("debit_note KORAD/2627/0002 is dated 2026-08-01, "
                                         "before KORAD/2627/0001 dated 2026-08-20: numbers and "
                                         "dates go opposite ways")});
}
