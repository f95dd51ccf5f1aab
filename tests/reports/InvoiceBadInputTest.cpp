// `pdf invoice` refuses what it cannot print (issue 9, CLI.md): exit 2, the option
// named, and no file (nor a temporary one) written anywhere.
#include "HugePng.h"
#include "InvoiceSample.h"
#include "InvoiceText.h"

#include <support/Probe.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace rentflow;
using test::CtlRun;
using test::InvoicePg;

namespace {

// Lakshmi at ₹30,000 from 01-11-2026, November billed: KORA/2627/0001.
struct BilledPg : InvoicePg
{
    BilledPg()
    {
        checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("30000"));
        bill(u"2026-11");
        id = invoiceId(QStringLiteral("KORA/2627/0001"));
        EXPECT_TRUE(QDir().mkpath(out(QStringLiteral("pdfs"))));
    }
    // Where a good run would write; must stay empty after a refused one.
    QString folder() const { return out(QStringLiteral("pdfs")); }
    QStringList left() const
    {
        return QDir(folder()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    }
    QString id;
};

void expectRefused(const CtlRun& run, const char* option, const char* says = "")
{
    EXPECT_EQ(run.exitCode, 2) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("--%1:").arg(QLatin1String(option))))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QString::fromUtf8(says))) << run.err.toStdString();
}

} // namespace

TEST(InvoiceBadInput, AnUnknownIdOrAnotherKindsIdIsNamed)
{
    BilledPg pg;
    const QString file = pg.folder() + QStringLiteral("/x.pdf");
    expectRefused(pg.pdf(QStringLiteral("01a00000-0000-7000-8000-000000000000"), file), "id",
                  "no invoice");
    // A payment's id: the message says what it is.
    pg.pay(0, QStringLiteral("5000"), QDate(2026, 11, 2));
    const QString payment = test::text(pg.store(), QStringLiteral("SELECT id FROM payment"));
    ASSERT_FALSE(payment.isEmpty());
    expectRefused(pg.pdf(payment, file), "id", "is a payment's id, not an invoice's");
    // A resident's id too.
    expectRefused(pg.pdf(pg.residentIds[0], file), "id", "resident");
    EXPECT_EQ(pg.left(), QStringList());
}

TEST(InvoiceBadInput, AWrongLanguageOrAMissingOutIsNamed)
{
    BilledPg pg;
    const QString file = pg.folder() + QStringLiteral("/x.pdf");
    expectRefused(pg.pdf(pg.id, file, {QStringLiteral("--lang"), QStringLiteral("fr")}), "lang",
                  "fr");
    expectRefused(
        test::runCtlInProcess(pg.files.path(), {QStringLiteral("pdf"), QStringLiteral("invoice"),
                                                QStringLiteral("--id"), pg.id}),
        "out", "required");
    expectRefused(
        test::runCtlInProcess(pg.files.path(), {QStringLiteral("pdf"), QStringLiteral("invoice"),
                                                QStringLiteral("--out"), file}),
        "id", "required");
    EXPECT_EQ(pg.left(), QStringList());
}

TEST(InvoiceBadInput, AnOutputPathThatCannotBeWrittenIsNamed)
{
    BilledPg pg;
    // A folder that does not exist.
    expectRefused(pg.pdf(pg.id, pg.folder() + QStringLiteral("/missing/x.pdf")), "out",
                  "does not exist");
    // A folder given where a file is wanted.
    expectRefused(pg.pdf(pg.id, pg.folder()), "out", "is a folder");
    // A parent that is a file.
    QFile plain(pg.folder() + QStringLiteral("/plain"));
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    expectRefused(pg.pdf(pg.id, plain.fileName() + QStringLiteral("/x.pdf")), "out");
    ASSERT_TRUE(plain.remove());
    // A folder nobody may write in: /proc refuses new files even to root.
    expectRefused(pg.pdf(pg.id, QStringLiteral("/proc/rentflow-invoice.pdf")), "out",
                  "cannot write");
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/proc/rentflow-invoice.pdf")));
    // A read-only folder (effective unless the tests run as root, which /proc covers).
    const QString locked = pg.folder() + QStringLiteral("/locked");
    ASSERT_TRUE(QDir().mkdir(locked));
    ASSERT_TRUE(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (geteuid() != 0)
        expectRefused(pg.pdf(pg.id, locked + QStringLiteral("/x.pdf")), "out", "cannot write");
    EXPECT_EQ(QDir(locked).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              QStringList());
    ASSERT_TRUE(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner));
    ASSERT_TRUE(QDir(locked).removeRecursively());
    EXPECT_EQ(pg.left(), QStringList());
}

TEST(InvoiceBadInput, ANameInAScriptTheFontsLackIsRefusedNeverPrintedAsBoxes)
{
    InvoicePg pg;
    // Tamil: Noto Sans and Noto Sans Devanagari have no Tamil letters.
    pg.setResident(0, {{QStringLiteral("first_name"), QStringLiteral("முருகன்")},
                       {QStringLiteral("last_name"), QString()}});
    pg.checkIn(0, 0, QDate(2026, 11, 1), QStringLiteral("30000"));
    pg.bill(u"2026-11");
    const QString file = pg.out(QStringLiteral("tamil.pdf"));
    const auto run = pg.pdf(pg.invoiceId(QStringLiteral("KORA/2627/0001")), file);
    expectRefused(run, "id", "resident's name");
    EXPECT_TRUE(run.err.contains(u"Tamil")) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_EQ(QDir(pg.out(QString())).entryList({QStringLiteral("tamil*")}), QStringList());
}

TEST(InvoiceBadInput, ALogoThatDeclaresAHugeSizeIsNamedAndNothingIsWritten)
{
    BilledPg pg;
    // A PNG signature and 65 bytes, but 50000 × 50000 pixels would decode to 10 GB.
    const QString logo = pg.out(QStringLiteral("huge.png"));
    QFile file(logo);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(test::pngDeclaring(50000, 50000));
    file.close();
    // `org set --logo` refuses it as it comes in ...
    const auto set =
        test::runCtlInProcess(pg.files.path(), {QStringLiteral("org"), QStringLiteral("set"),
                                                QStringLiteral("--logo"), logo});
    expectRefused(set, "logo", "50000 × 50000 pixels");
    EXPECT_EQ(test::number(pg.store(), QStringLiteral("SELECT count(*) FROM organisation "
                                                      "WHERE logo IS NOT NULL")),
              0);
    // ... and a workspace that holds one (kept before this check, or written by another
    // program) prints no PDF, rather than one without its logo.
    QSqlQuery put(pg.store().database());
    put.prepare(QStringLiteral("UPDATE organisation SET logo = ?"));
    put.addBindValue(test::pngDeclaring(50000, 50000));
    ASSERT_TRUE(put.exec());
    expectRefused(pg.pdf(pg.id, pg.folder() + QStringLiteral("/x.pdf")), "logo",
                  "50000 × 50000 pixels");
    EXPECT_EQ(pg.left(), QStringList());
}
