#include "PdfProbe.h"

#include <agreement/AgreementDocument.h>
#include <integration/CtlInProcess.h>
#include <store/RecordWriter.h>
#include <store/Store.h>
#include <support/SampleAgreement.h>
#include <templates/DocumentTemplates.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rentflow;
using namespace rentflow::reports;

namespace {

// Every page's text, lines joined by spaces (a phrase may wrap anywhere).
QString pdfText(const QString& path)
{
    return test::PdfProbe::text(path).simplified();
}

store::StoreResult<WrittenDocument> write(test::SampleAgreement& sample, const QString& out,
                                          std::optional<Lang> lang)
{
    return writeAgreementPdf({sample.pg.store(), sample.agreementId, lang, {}, out});
}

} // namespace

TEST(AgreementPdf, TheEnglishAgreementReadsBackWithItsValuesAndSignatures)
{
    test::SampleAgreement sample;
    const QString out = sample.pg.files.scratch(QStringLiteral("agreement-en.pdf"));
    // The resident's language is English (the default): no --lang needed.
    auto written = write(sample, out, std::nullopt);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const int pages = test::PdfProbe::pageCount(out);
    const QString text = pdfText(out);
    EXPECT_EQ(written.value().pages, pages);
    EXPECT_GE(pages, 2);
    EXPECT_FALSE(text.contains(QStringLiteral("{{"))) << text.toStdString();
    for (const QString& expected : {
             QStringLiteral("Leave and Licence Agreement"),
             QStringLiteral("Date: 17-11-2026"),
             QStringLiteral("Room 101, bed A"),
             QStringLiteral("Sunrise Hospitality Pvt Ltd, of 2nd Floor, 80 Feet Road"),
             QStringLiteral("Ananya Sharma, son/daughter of Rajesh Sharma, whose permanent address "
                            "is House 7, Civil Lines"),
             QStringLiteral("₹12,000.00 (Rupees Twelve Thousand Only)"),
             QStringLiteral("₹24,000.00 (Rupees Twenty Four Thousand Only)"),
             QStringLiteral("from 17-11-2026 to 16-10-2027"),
             QStringLiteral("• No smoking, alcohol or drugs of any kind on the premises."),
             // Side-by-side columns: each line is checked on its own.
             QStringLiteral("For Sunrise Hospitality Pvt Ltd"),
             QStringLiteral("Meera Rao"),
             QStringLiteral("Authorised signatory"),
             QStringLiteral("Witness 1"),
             QStringLiteral("Witness 2"),
             QStringLiteral("Photo"),
             QStringLiteral("Initials: Licensor"),
             QStringLiteral("Page 1 of %1").arg(pages),
         })
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_EQ(test::PdfProbe::qpdfProblems(out), QString());
    EXPECT_TRUE(test::PdfProbe::allFontsEmbedded(out))
        << test::PdfProbe::fonts(out).join(u',').toStdString();
}

TEST(AgreementPdf, TheHindiAgreementHasItsDevanagariText)
{
    test::SampleAgreement sample;
    {
        // No --lang: the resident's language decides.
        store::Transaction tx(sample.pg.store());
        ASSERT_TRUE(store::RecordWriter(sample.pg.store())
                        .update(QStringLiteral("resident"), sample.residentId,
                                {{QStringLiteral("language"), QStringLiteral("hi")}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    const QString out = sample.pg.files.scratch(QStringLiteral("agreement-hi.pdf"));
    auto written = write(sample, out, std::nullopt);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString text = pdfText(out);
    // Qt's PDF writer gives some shaped Devanagari glyphs (the i-matra's forms, conjuncts
    // with र्, रु, half forms) no Unicode, so extraction loses those marks ("लाइसेंस"
    // comes back as "लाइसस"). These words extract whole (checked with pdftotext).
    for (const QString& expected : {
             QStringLiteral("लीव एंड"),
             QStringLiteral("अनुबंध"),
             QStringLiteral("पहला"),
             QStringLiteral("कमरा 101, बेड A"),
             QStringLiteral("आधार XXXX XXXX 2346"),
             QStringLiteral("गवाह 1"),
             QStringLiteral("गवाह 2"),
             QStringLiteral("लागू कानून"),
             QStringLiteral("₹12,000.00"),
             QStringLiteral("17-11-2026"),
         })
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("{{")));
    EXPECT_FALSE(text.contains(QStringLiteral("Rupees"))); // the words are Hindi
    EXPECT_EQ(test::PdfProbe::qpdfProblems(out), QString());
    const QStringList used = test::PdfProbe::fonts(out);
    EXPECT_TRUE(used.contains(QStringLiteral("NotoSansDevanagari-Regular emb=yes")))
        << used.join(u',').toStdString();
    EXPECT_TRUE(test::PdfProbe::allFontsEmbedded(out));
}

TEST(AgreementPdf, AnImportedTemplateIsUsedByTheNextAgreement)
{
    test::SampleAgreement sample;
    ASSERT_TRUE(DocumentTemplates(sample.pg.store())
                    .import(QStringLiteral("agreement"), QStringLiteral("en"),
                            QByteArrayLiteral("# Sunrise house agreement\n\n## Terms\n\n"
                                              "{{licensee_name}} pays {{licence_fee}} by the "
                                              "{{due_day}}.\n\n1. Gate closes at 22:30.\n\n"
                                              "{{signatures}}\n"))
                    .ok());
    const QString out = sample.pg.files.scratch(QStringLiteral("mine.pdf"));
    auto written = write(sample, out, Lang::English);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString text = pdfText(out);
    EXPECT_TRUE(text.contains(QStringLiteral("Sunrise house agreement")));
    EXPECT_TRUE(text.contains(QStringLiteral("Ananya Sharma pays 12,000.00 by the 7th.")));
    EXPECT_TRUE(text.contains(QStringLiteral("1. Gate closes at 22:30.")));
    EXPECT_FALSE(text.contains(QStringLiteral("Security deposit"))); // the shipped text is gone
    EXPECT_EQ(written.value().pages, 1);
}

TEST(AgreementPdf, BadInputExitsTwoNamingItAndWritesNoFile)
{
    test::SampleAgreement sample;
    const QString workspace = sample.pg.files.path();
    const QString agreementId = sample.agreementId;
    {
        // No father's name on file for her; the shipped templates ask for it.
        store::Transaction tx(sample.pg.store());
        ASSERT_TRUE(store::RecordWriter(sample.pg.store())
                        .update(QStringLiteral("resident"), sample.residentId,
                                {{QStringLiteral("father_name"), QVariant()}})
                        .ok());
        ASSERT_TRUE(tx.commit().ok());
    }
    sample.pg.workspace.reset(); // the command opens it
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("agreement.pdf"));
    const auto pdf = [&](const QStringList& more) {
        return test::runCtlInProcess(
            workspace, QStringList{QStringLiteral("pdf"), QStringLiteral("agreement")} + more);
    };

    auto unknown =
        pdf({QStringLiteral("--id"), QStringLiteral("nope"), QStringLiteral("--out"), out});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("--id: "))) << unknown.err.toStdString();

    auto missing = pdf({QStringLiteral("--id"), agreementId, QStringLiteral("--out"), out,
                        QStringLiteral("--lang"), QStringLiteral("hi")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(
        QStringLiteral("rentflowctl: agreement: the template needs licensee_father_name, which is "
                       "not on file for this resident: set it "
                       "with `resident set --father-name`")))
        << missing.err.toStdString();

    // Set as the message says, the agreement prints (below).
    auto set = test::runCtlInProcess(workspace, {QStringLiteral("resident"), QStringLiteral("set"),
                                                 QStringLiteral("--id"), sample.residentId,
                                                 QStringLiteral("--father-name"),
                                                 QStringLiteral("Rajesh Sharma")});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();

    auto language = pdf({QStringLiteral("--id"), agreementId, QStringLiteral("--out"), out,
                         QStringLiteral("--lang"), QStringLiteral("fr")});
    EXPECT_EQ(language.exitCode, 2);
    EXPECT_TRUE(language.err.contains(QStringLiteral("--lang: "))) << language.err.toStdString();

    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/agreement.pdf"));
    auto unwritable = pdf({QStringLiteral("--id"), agreementId, QStringLiteral("--out"), nowhere,
                           QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(unwritable.exitCode, 2);
    EXPECT_TRUE(unwritable.err.contains(QStringLiteral("--out: "))) << unwritable.err.toStdString();

    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    // The same agreement, now with the father's name, is written.
    auto english = pdf({QStringLiteral("--id"), agreementId, QStringLiteral("--out"), out,
                        QStringLiteral("--lang"), QStringLiteral("en")});
    EXPECT_EQ(english.exitCode, 0) << english.err.toStdString();
    EXPECT_EQ(english.json().value(QStringLiteral("file")).toString(), out);
    EXPECT_TRUE(QFile::exists(out));
}

TEST(AgreementPdf, AClauseHeadingAndTheWitnessLineStayWithWhatFollowsThem)
{
    test::SampleAgreement sample;
    // One more house rule each time moves every later clause down the page, so that on
    // some count a heading (or "In witness whereof…") falls at a page's foot: it must go
    // to the next page with its clause (the signatures).
    QStringList rules;
    for (int count = 1; count <= 12; ++count) {
        rules << QStringLiteral("House rule number %1 for this test.").arg(count);
        {
            store::Transaction tx(sample.pg.store());
            ASSERT_TRUE(tx.started());
            ASSERT_TRUE(store::RecordWriter(sample.pg.store())
                            .update(QStringLiteral("property"), sample.pg.propertyId,
                                    {{QStringLiteral("house_rules"), rules.join(u'\n')}})
                            .ok());
            ASSERT_TRUE(tx.commit().ok());
        }
        const QString out = sample.pg.files.scratch(QStringLiteral("flow.pdf"));
        PageSetup a5;
        a5.paper = Paper::A5;
        auto written =
            writeAgreementPdf({sample.pg.store(), sample.agreementId, Lang::English, a5, out});
        ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
        static const QRegularExpression heading(QStringLiteral("^\\d+\\. [A-Z][A-Za-z ,]+$"));
        for (const QString& page : test::PdfProbe::pageTexts(out)) {
            QStringList body;
            for (const QString& line : page.split(u'\n'))
                if (!line.trimmed().isEmpty() && !line.contains(QStringLiteral("Initials")) &&
                    !line.contains(QStringLiteral("Page ")))
                    body << line.trimmed();
            ASSERT_FALSE(body.isEmpty());
            EXPECT_FALSE(heading.match(body.last()).hasMatch())
                << count << " rules: a page ends with the heading " << body.last().toStdString();
            if (page.contains(QStringLiteral("In witness whereof"))) {
                EXPECT_TRUE(page.contains(QStringLiteral("Witness 1"))) << count << " rules:\n"
                                                                        << page.toStdString();
            }
        }
    }
}
