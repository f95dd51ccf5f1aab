#include "server/admin/Csv.h"

#include <gtest/gtest.h>

using namespace rentflow::server;

TEST(Csv, PlainCellsStayAsTheyAre)
{
    EXPECT_EQ(csvCell(QStringLiteral("Asha Rao")), QStringLiteral("Asha Rao"));
    EXPECT_EQ(csvCell(QString()), QString());
    EXPECT_EQ(csvCell(QStringLiteral("a=b")), QStringLiteral("a=b")); // only a leading =
}

TEST(Csv, CommasQuotesAndLineBreaksAreQuotedWithQuotesDoubled)
{
    EXPECT_EQ(csvCell(QStringLiteral("Rao, Asha")), QStringLiteral("\"Rao, Asha\""));
    EXPECT_EQ(csvCell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(csvCell(QStringLiteral("line1\nline2")), QStringLiteral("\"line1\nline2\""));
    EXPECT_EQ(csvCell(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
}

TEST(Csv, FormulaStartsGetAnApostrophe)
{
    EXPECT_EQ(csvCell(QStringLiteral("=SUM(A1:A3)")), QStringLiteral("'=SUM(A1:A3)"));
    EXPECT_EQ(csvCell(QStringLiteral("+91 98765 43210")), QStringLiteral("'+91 98765 43210"));
    EXPECT_EQ(csvCell(QStringLiteral("-2+3")), QStringLiteral("'-2+3"));
    EXPECT_EQ(csvCell(QStringLiteral("@cmd")), QStringLiteral("'@cmd"));
    EXPECT_EQ(csvCell(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
    // Both at once: the apostrophe goes inside the quotes.
    EXPECT_EQ(csvCell(QStringLiteral("=HYPERLINK(\"x\",\"y\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
}

TEST(Csv, RecordsEndInCrLfAndTheDocumentStartsWithABom)
{
    EXPECT_EQ(csvRecord({QStringLiteral("a"), QStringLiteral("b,c"), QString()}),
              QStringLiteral("a,\"b,c\",\r\n"));
    CsvWriter csv({QStringLiteral("id"), QStringLiteral("name")});
    csv.add({QStringLiteral("1"), QStringLiteral("अमित")});
    EXPECT_EQ(csv.rows(), 1);
    EXPECT_EQ(csv.bytes(), QByteArray("\xEF\xBB\xBF"
                                      "id,name\r\n1,") +
                               QStringLiteral("अमित").toUtf8() + QByteArray("\r\n"));
}
