// The police tenant-verification form read back from its PDF: filled from the profile
// and the stay, the photo in its box (one image on the page) or an empty box to affix
// one, blank lines for what is not on file, in English and Hindi; bad ids refused.
#include "LeavingPg.h"

#include <integration/CtlInProcess.h>
#include <stays/TenantVerification.h>
#include <store/RecordWriter.h>
#include <store/Store.h>
#include <support/Probe.h>

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QProcess>

#include <gtest/gtest.h>

using namespace rentflow;
using test::PdfProbe;
using test::plain;

namespace {

// Sets profile columns of a resident (or the organisation) as the profile commands would.
void setColumns(store::Store& store, const QString& table, const QString& id,
                const QVariantMap& columns)
{
    store::Transaction tx(store);
    ASSERT_TRUE(tx.started());
    ASSERT_TRUE(store::RecordWriter(store).update(table, id, columns).ok());
    ASSERT_TRUE(tx.commit().ok());
}

QByteArray passportPhoto()
{
    QImage image(300, 400, QImage::Format_RGB32);
    image.fill(QColor(0x30, 0x60, 0x90));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// `pdfimages -list`: how many images page `page` holds (-1 when it could not run).
int imagesOnPage(const QString& pdf, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return -1;
    int count = 0;
    const QStringList lines =
        QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (qsizetype i = 2; i < lines.size(); ++i) // a heading line and a rule first
        if (lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts).value(0) == QString::number(page))
            ++count;
    return count;
}

// Lakshmi (bed 101/A from 1 October 2026) with her whole profile and photo on file; the
// organisation's address, phone and signatory set. Arjun has nothing but his name and phone.
struct ProfilePg : test::SamplePg
{
    ProfilePg()
    {
        checkIn(0, 0, QDate(2026, 10, 1));
        setColumns(store(), QStringLiteral("resident"), residentIds[0],
                   {{QStringLiteral("date_of_birth"), QStringLiteral("1998-03-14")},
                    {QStringLiteral("gender"), QStringLiteral("female")},
                    {QStringLiteral("father_name"), QStringLiteral("K. Narayanan")},
                    {QStringLiteral("email"), QStringLiteral("lakshmi@example.com")},
                    {QStringLiteral("permanent_address"),
                     QStringLiteral("12 Temple Street, Madurai, Tamil Nadu 625001")},
                    {QStringLiteral("occupation"), QStringLiteral("Software engineer")},
                    {QStringLiteral("employer"), QStringLiteral("Infosys Ltd")},
                    {QStringLiteral("aadhaar_masked"), QStringLiteral("XXXX XXXX 1234")},
                    {QStringLiteral("pan"), QStringLiteral("ABCPN1234K")},
                    {QStringLiteral("emergency_contact_name"), QStringLiteral("R. Narayanan")},
                    {QStringLiteral("emergency_contact_phone"), QStringLiteral("+919840012345")},
                    {QStringLiteral("photo"), passportPhoto()}});
        setColumns(store(), QStringLiteral("organisation"),
                   test::text(store(), QStringLiteral("SELECT id FROM organisation")),
                   {{QStringLiteral("address"), QStringLiteral("4 Hosur Road, Bengaluru 560095")},
                    {QStringLiteral("phone"), QStringLiteral("+918041234567")},
                    {QStringLiteral("signatory_name"), QStringLiteral("Meena Rao")}});
    }
    QString form(int resident, reports::Lang lang, const QString& name,
                 reports::Paper paper = reports::Paper::A4)
    {
        const QString path = files.scratch(name);
        reports::PageSetup setup;
        setup.paper = paper;
        auto written =
            reports::writePoliceFormPdf({store(), residentIds[resident], lang, setup, path});
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().message.toStdString());
        QFile::remove(QStringLiteral("/tmp/st/") + name);
        return path;
    }
};

bool has(const QString& text, const char* line)
{
    return text.contains(QString::fromUtf8(line));
}

} // namespace

TEST(PoliceFormPdf, TheFormIsFilledFromTheProfileWithThePhoto)
{
    ProfilePg pg;
    const QString file = pg.form(0, reports::Lang::English, QStringLiteral("form.pdf"));
    const QString text = plain(file);
    EXPECT_TRUE(has(text, "TENANT VERIFICATION FORM")) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Date: ") +
                              QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy"))));
    // The owner, the premises and the stay.
    EXPECT_TRUE(has(text, "Name Sunrise PG"));
    EXPECT_TRUE(has(text, "Address 4 Hosur Road, Bengaluru 560095"));
    EXPECT_TRUE(has(text, "Signing for the owner Meena Rao"));
    EXPECT_TRUE(has(text, "Phone +91 80412 34567"));
    EXPECT_TRUE(has(text, "Property Koramangala"));
    EXPECT_TRUE(has(text, "Address Koramangala, Bengaluru") || has(text, "Address Bengaluru"));
    EXPECT_TRUE(has(text, "Room/bed 101/A"));
    EXPECT_TRUE(has(text, "Date of occupation 01-10-2026"));
    // The resident.
    EXPECT_TRUE(has(text, "Full name Lakshmi Narayanan"));
    EXPECT_TRUE(has(text, "Father's / guardian's name K. Narayanan"));
    EXPECT_TRUE(has(text, "Date of birth 14-03-1998"));
    EXPECT_TRUE(has(text, "Gender Female"));
    EXPECT_TRUE(has(text, "Phone +91 98450 12345"));
    EXPECT_TRUE(has(text, "E-mail lakshmi@example.com"));
    EXPECT_TRUE(has(text, "Permanent address 12 Temple Street, Madurai, Tamil Nadu 625001"));
    EXPECT_TRUE(has(text, "Occupation Software engineer"));
    EXPECT_TRUE(has(text, "Employer / institution Infosys Ltd"));
    EXPECT_TRUE(has(text, "Aadhaar XXXX XXXX 1234"));
    EXPECT_TRUE(has(text, "PAN ABCPN1234K"));
    EXPECT_TRUE(has(text, "Emergency contact R. Narayanan, +91 98400 12345"));
    // Declarations, signatures, date and place (the property's city).
    EXPECT_TRUE(has(text, "Place: Bengaluru"));
    EXPECT_TRUE(has(text, "Signature of the tenant / resident")) << text.toStdString();
    EXPECT_TRUE(has(text, "Lakshmi Narayanan Meena Rao\nAuthorised signatory"));
    // The photo is in its box: one image on the page, and no "affix" prompt.
    EXPECT_EQ(imagesOnPage(file, 1), 1);
    EXPECT_FALSE(has(text, "Affix photograph"));
    EXPECT_EQ(PdfProbe::qpdfProblems(file), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(file));
}

TEST(PoliceFormPdf, WhatIsNotOnFileIsALineToFillByHand)
{
    ProfilePg pg;
    const QString file = pg.form(1, reports::Lang::English, QStringLiteral("bare.pdf"));
    // Compatibility form: "Affix" is printed with the "ffi" ligature.
    const QString text = plain(file).normalized(QString::NormalizationForm_KC);
    // Arjun: no stay, no profile, no photo. Each label stands alone on its line.
    EXPECT_TRUE(has(text, "Full name Arjun Mehta")) << text.toStdString();
    for (const char* label :
         {"\nDate of birth\n", "\nAge\n", "\nGender\n", "\nRoom/bed\n", "\nDate of occupation\n",
          "\nAadhaar\n", "\nFather's / guardian's name\n"})
        EXPECT_TRUE(has(text, label)) << label;
    EXPECT_TRUE(has(text, "Affix photograph"));
    EXPECT_EQ(imagesOnPage(file, 1), 0);
    EXPECT_EQ(PdfProbe::qpdfProblems(file), QString());
}

TEST(PoliceFormPdf, HindiOnA5)
{
    ProfilePg pg;
    const QString file =
        pg.form(0, reports::Lang::Hindi, QStringLiteral("hi.pdf"), reports::Paper::A5);
    const QString text = plain(file);
    // Words without i-matras or conjuncts extract whole from Qt's PDFs (see RENDER.md).
    for (const char* words : {"पूरा नाम Lakshmi Narayanan", "आधार XXXX XXXX 1234", "पैन ABCPN1234K",
                              "आयु", "फ़ोन +91 98450 12345", "कमरा/", "पता 4 Hosur Road", "घोषणा"})
        EXPECT_TRUE(has(text, words)) << words << "\n" << text.toStdString();
    EXPECT_EQ(imagesOnPage(file, 1), 1);
    EXPECT_EQ(PdfProbe::qpdfProblems(file), QString());
    EXPECT_TRUE(PdfProbe::allFontsEmbedded(file));
}

TEST(PoliceFormPdf, AgeIsWholeYearsOnTheDay)
{
    ProfilePg pg;
    auto form = TenantVerification::of(pg.store(), pg.residentIds[0]);
    ASSERT_TRUE(form.ok());
    // Born 14-03-1998: 27 on the day before the 2026 birthday, 28 on it.
    EXPECT_EQ(form.value().ageOn(QDate(2026, 3, 13)), 27);
    EXPECT_EQ(form.value().ageOn(QDate(2026, 3, 14)), 28);
    auto bare = TenantVerification::of(pg.store(), pg.residentIds[1]);
    ASSERT_TRUE(bare.ok());
    EXPECT_EQ(bare.value().ageOn(QDate(2026, 3, 14)), -1);
}

TEST(PoliceFormPdf, AWrongIdExitsTwoAndWritesNothingAndTheResidentsLanguageIsTheDefault)
{
    ProfilePg pg;
    const QString bed = pg.bedIds[0];
    const QString lakshmi = pg.residentIds[0];
    setColumns(pg.store(), QStringLiteral("resident"), lakshmi,
               {{QStringLiteral("language"), QStringLiteral("hi")}});
    pg.workspace.reset();
    const QString out = pg.files.scratch(QStringLiteral("f.pdf"));
    for (const QString& wrong : {QStringLiteral("nobody"), bed}) {
        const test::CtlRun refused = test::runCtlInProcess(
            pg.files.path(), {QStringLiteral("pdf"), QStringLiteral("police-form"),
                              QStringLiteral("--id"), wrong, QStringLiteral("--out"), out});
        EXPECT_EQ(refused.exitCode, 2) << refused.out.toStdString();
        EXPECT_TRUE(refused.json()
                        .value(QStringLiteral("error"))
                        .toObject()
                        .value(QStringLiteral("fields"))
                        .toObject()
                        .contains(QStringLiteral("id")))
            << refused.out.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out));
    }
    // Without --lang, the form is in the resident's language.
    const test::CtlRun hindi = test::runCtlInProcess(
        pg.files.path(), {QStringLiteral("pdf"), QStringLiteral("police-form"),
                          QStringLiteral("--id"), lakshmi, QStringLiteral("--out"), out});
    ASSERT_EQ(hindi.exitCode, 0) << hindi.out.toStdString() << hindi.err.toStdString();
    EXPECT_EQ(hindi.json().value(QStringLiteral("pages")).toInt(), PdfProbe::pageCount(out));
    EXPECT_TRUE(plain(out).contains(QStringLiteral("पूरा नाम Lakshmi Narayanan")));
}

TEST(PoliceFormPdf, ANameTheFontsCannotPrintIsRefusedAsTheResidentsAndNothingIsWritten)
{
    ProfilePg pg;
    // Tamil is in neither document font: the form is refused, naming the resident's field.
    setColumns(pg.store(), QStringLiteral("resident"), pg.residentIds[1],
               {{QStringLiteral("first_name"), QStringLiteral("அருண்")}});
    const QString path = pg.files.scratch(QStringLiteral("tamil.pdf"));
    auto written = reports::writePoliceFormPdf(
        {pg.store(), pg.residentIds[1], reports::Lang::English, {}, path});
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(test::refusedField(written.error()), QStringLiteral("resident"));
    EXPECT_FALSE(QFileInfo::exists(path));
    // The statement says the same of the name.
    auto statement = reports::writeStatementPdf({pg.store(),
                                                 pg.residentIds[1],
                                                 QStringLiteral("2026-10-01"),
                                                 QStringLiteral("2026-10-31"),
                                                 {},
                                                 {},
                                                 path});
    ASSERT_FALSE(statement.ok());
    EXPECT_EQ(test::refusedField(statement.error()), QStringLiteral("resident"));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(PoliceFormPdf, ASectionsHeadingIsNeverLeftAtThePageFootWithoutItsFields)
{
    ProfilePg pg;
    // The permanent address grows a line at a time, so that on some length the heading
    // "5. For police use" falls at the foot of the first page, where its three lines do
    // not fit: the heading must move with them.
    QString address = QStringLiteral("12 Temple Street");
    for (int lines = 0; lines < 12; ++lines) {
        address += QStringLiteral(", Near the Old Temple Tank, Gandhi Nagar Extension");
        setColumns(pg.store(), QStringLiteral("resident"), pg.residentIds[0],
                   {{QStringLiteral("permanent_address"), address}});
        for (const auto lang : {reports::Lang::English, reports::Lang::Hindi}) {
            const QString file =
                pg.form(0, lang, QStringLiteral("sections.pdf"), reports::Paper::A4);
            // "उपयोग हेतु" and "नाम, पद" extract whole (RENDER.md).
            const bool english = lang == reports::Lang::English;
            const QString heading =
                english ? QStringLiteral("For police use") : QStringLiteral("उपयोग हेतु");
            const QString field =
                english ? QStringLiteral("Verified by") : QStringLiteral("नाम, पद");
            int pagesWithHeading = 0;
            for (const QString& printed : PdfProbe::pageTexts(file)) {
                // Compatibility form: "Verified" is printed with the "fi" ligature.
                const QString page = printed.normalized(QString::NormalizationForm_KC);
                if (!page.contains(heading))
                    continue;
                ++pagesWithHeading;
                EXPECT_TRUE(page.contains(field)) << lines << "\n" << page.toStdString();
            }
            EXPECT_EQ(pagesWithHeading, 1);
        }
    }
}
