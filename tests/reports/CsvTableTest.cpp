// The CSV writer (RFC 4180, BOM, CRLF, formula guard), the return's rate text and the
// split of a credit note over its invoice's parts, without a workspace.
#include <exports/CsvTable.h>
#include <exports/Gstr1Files.h>
#include <exports/SupplyRegister.h>

#include <gtest/gtest.h>

using namespace rentflow;
using reports::CsvTable;

TEST(CsvTable, QuotesWhatNeedsItAndEndsEveryRecordInCrlfAfterABom)
{
    CsvTable csv({QStringLiteral("name"), QStringLiteral("note"), QStringLiteral("amount")});
    csv.addRow()
        .text(QStringLiteral("लक्ष्मी नारायणन"))
        .text(QStringLiteral("said \"hi\", then left"))
        .money(Money::fromPaise(-525000));
    csv.addRow().text(QStringLiteral("two\nlines")).text(QString()).money(Money::fromPaise(5));
    const QByteArray expected =
        QByteArrayLiteral("\xEF\xBB\xBF") +
        QStringLiteral("name,note,amount\r\n"
                       "लक्ष्मी नारायणन,\"said \"\"hi\"\", then left\",-5250.00\r\n"
                       "\"two\nlines\",,0.05\r\n")
            .toUtf8();
    EXPECT_EQ(csv.toBytes(), expected);
    EXPECT_EQ(csv.rows(), 2);
}

TEST(CsvTable, TypedTextThatLooksLikeAFormulaIsKeptAsText)
{
    for (const char* formula : {"=1+1", "+91 98450", "-2+3", "@SUM(A1)", "\tx", "\rx"})
        EXPECT_EQ(CsvTable::guarded(QString::fromLatin1(formula)),
                  QLatin1Char('\'') + QString::fromLatin1(formula))
            << formula;
    for (const char* safe : {"Arjun Mehta", "101-B", "", "'quoted"})
        EXPECT_EQ(CsvTable::guarded(QString::fromLatin1(safe)), QString::fromLatin1(safe));
    // Amounts the program writes stay numbers a spreadsheet adds up: "-5.00", not "'-5.00".
    CsvTable csv({QStringLiteral("a"), QStringLiteral("b")});
    csv.addRow().money(Money::fromPaise(-500)).text(QStringLiteral("=cmd|' /C calc'!A0"));
    EXPECT_TRUE(csv.toBytes().endsWith("-5.00,'=cmd|' /C calc'!A0\r\n"))
        << csv.toBytes().constData();
}

TEST(Gstr1Rates, RatesAreWrittenAsThePortalDoes)
{
    EXPECT_EQ(reports::ratePercent(500), QStringLiteral("5"));
    EXPECT_EQ(reports::ratePercent(1200), QStringLiteral("12"));
    EXPECT_EQ(reports::ratePercent(250), QStringLiteral("2.5"));
    EXPECT_EQ(reports::ratePercent(25), QStringLiteral("0.25"));
    EXPECT_EQ(reports::ratePercent(0), QStringLiteral("0"));
}

TEST(CreditNoteSplit, ANoteOnAMixedInvoiceIsSharedByItsPartsAndAddsUp)
{
    // Invoice: rent 18,000 exempt; rent 4,000 at 5% (CGST 100, SGST 100); other 1,000 at
    // 5% (CGST 25, SGST 25). Note: value 2,300.01, CGST 12.51, SGST 12.49.
    const QList<SupplyPart> parts{{QStringLiteral("rent"),
                                   QStringLiteral("996322"),
                                   0,
                                   true,
                                   Money::fromPaise(1800000),
                                   {},
                                   {},
                                   {}},
                                  {QStringLiteral("rent"),
                                   QStringLiteral("996322"),
                                   500,
                                   false,
                                   Money::fromPaise(400000),
                                   Money::fromPaise(10000),
                                   Money::fromPaise(10000),
                                   {}},
                                  {QStringLiteral("other"),
                                   QString(),
                                   500,
                                   false,
                                   Money::fromPaise(100000),
                                   Money::fromPaise(2500),
                                   Money::fromPaise(2500),
                                   {}}};
    SupplyCreditNote note;
    note.taxable = Money::fromPaise(230001);
    note.cgst = Money::fromPaise(1251);
    note.sgst = Money::fromPaise(1249);
    const QList<SupplyPart> split = splitCreditNote(note, parts);
    ASSERT_EQ(split.size(), 3);
    // Value by 18,000 : 4,000 : 1,000 of 2,300.01 = 1,800.0078 : 400.0017 : 100.0004 →
    // 1,800.00, 400.00, 100.00 and the paisa left to the largest remainder (the first).
    EXPECT_EQ(split[0].value, Money::fromPaise(180001));
    EXPECT_EQ(split[1].value, Money::fromPaise(40000));
    EXPECT_EQ(split[2].value, Money::fromPaise(10000));
    // CGST 12.51 by 100 : 25 → 10.008 : 2.502 → 10.00 + 2.50, the paisa to the first (0.8).
    EXPECT_EQ(split[0].cgst, Money());
    EXPECT_EQ(split[1].cgst, Money::fromPaise(1001));
    EXPECT_EQ(split[2].cgst, Money::fromPaise(250));
    // SGST 12.49 by 100 : 25 → 9.992 : 2.498 → 9.99 + 2.49, the paisa to the larger remainder (0.8
    // of the second).
    EXPECT_EQ(split[1].sgst, Money::fromPaise(999));
    EXPECT_EQ(split[2].sgst, Money::fromPaise(250));
}
