// `template export|import|reset` in-process: a round trip keeps the text byte for byte;
// a template with a mistake exits 2 naming its line, and nothing is kept.
#include "CtlInProcess.h"

#include <templates/DocumentTemplates.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

class TemplateCtlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(
            ctl({QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Sunrise PG")})
                .exitCode,
            0);
    }
    test::CtlRun ctl(const QStringList& args) { return test::runCtlInProcess(m_tw.path(), args); }
    test::CtlRun templ(const QString& action, const QString& lang, const QString& file)
    {
        return ctl({QStringLiteral("template"), action, QStringLiteral("--kind"),
                    QStringLiteral("agreement"), QStringLiteral("--lang"), lang,
                    QStringLiteral("--file"), file});
    }
    QString file(const QString& name) const { return m_files.filePath(name); }

    test::TestWorkspace m_tw;
    QTemporaryDir m_files;
};

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_F(TemplateCtlTest, ExportThenImportRoundTripsAndResetGoesBackToTheShippedOne)
{
    const QString shipped = file(QStringLiteral("shipped.txt"));
    auto exported = templ(QStringLiteral("export"), QStringLiteral("hi"), shipped);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.json().value(QStringLiteral("file")).toString(), shipped);
    EXPECT_EQ(exported.json().value(QStringLiteral("source")).toString(),
              QStringLiteral("shipped"));
    EXPECT_EQ(
        bytesOf(shipped),
        DocumentTemplates::shipped(QStringLiteral("agreement"), QStringLiteral("hi")).toUtf8());

    // The operator edits it and brings it back.
    QByteArray edited = bytesOf(shipped);
    edited.replace("## 11. निरीक्षण", "## 11. परिसर का निरीक्षण");
    ASSERT_NE(edited, bytesOf(shipped));
    writeFile(file(QStringLiteral("edited.txt")), edited);
    auto imported =
        templ(QStringLiteral("import"), QStringLiteral("hi"), file(QStringLiteral("edited.txt")));
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.json().value(QStringLiteral("file")).toString(),
              file(QStringLiteral("edited.txt")));

    auto again =
        templ(QStringLiteral("export"), QStringLiteral("hi"), file(QStringLiteral("back.txt")));
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(again.json().value(QStringLiteral("source")).toString(), QStringLiteral("workspace"));
    EXPECT_EQ(bytesOf(file(QStringLiteral("back.txt"))), edited);
    // English is still the shipped one.
    EXPECT_EQ(templ(QStringLiteral("export"), QStringLiteral("en"), file(QStringLiteral("en.txt")))
                  .json()
                  .value(QStringLiteral("source"))
                  .toString(),
              QStringLiteral("shipped"));

    auto reset = ctl({QStringLiteral("template"), QStringLiteral("reset"), QStringLiteral("--kind"),
                      QStringLiteral("agreement"), QStringLiteral("--lang"), QStringLiteral("hi")});
    ASSERT_EQ(reset.exitCode, 0);
    EXPECT_TRUE(reset.json().value(QStringLiteral("reset")).toBool());
    templ(QStringLiteral("export"), QStringLiteral("hi"), file(QStringLiteral("after.txt")));
    EXPECT_EQ(bytesOf(file(QStringLiteral("after.txt"))), bytesOf(shipped));
}

TEST_F(TemplateCtlTest, AMistakeExitsTwoNamingItsLineAndNothingIsKept)
{
    const QString bad = file(QStringLiteral("bad.txt"));
    writeFile(bad, "# Agreement\n\nBetween {{licensor_name}} and {{tenant_name}}.\n"
                   "Fee {{licence_fee}\n");
    auto refused = templ(QStringLiteral("import"), QStringLiteral("en"), bad);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral(
        "--file: line 3: {{tenant_name}} is not one of this template's placeholders")))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(
        QStringLiteral("--file: line 4: '{{' is not closed by '}}' on the same line")))
        << refused.err.toStdString();

    auto missing =
        templ(QStringLiteral("import"), QStringLiteral("en"), file(QStringLiteral("none.txt")));
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("--file: cannot read")))
        << missing.err.toStdString();

    auto kind = ctl({QStringLiteral("template"), QStringLiteral("import"), QStringLiteral("--kind"),
                     QStringLiteral("lease"), QStringLiteral("--lang"), QStringLiteral("en"),
                     QStringLiteral("--file"), bad});
    EXPECT_EQ(kind.exitCode, 2);
    EXPECT_TRUE(kind.err.contains(QStringLiteral("--kind: 'lease' is not a template kind")))
        << kind.err.toStdString();

    // Nothing was kept: the English template in use is still the shipped one.
    auto exported =
        templ(QStringLiteral("export"), QStringLiteral("en"), file(QStringLiteral("en.txt")));
    EXPECT_EQ(exported.json().value(QStringLiteral("source")).toString(),
              QStringLiteral("shipped"));
}

TEST_F(TemplateCtlTest, PlaceholdersAreListedWithWhatTheyStandFor)
{
    auto listed = ctl({QStringLiteral("template"), QStringLiteral("placeholders"),
                       QStringLiteral("--kind"), QStringLiteral("agreement")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    const QJsonArray names = listed.json().value(QStringLiteral("placeholders")).toArray();
    // 33 names: 4 licensor, 5 licensee, 4 premises, room and bed, 3 term, fee and deposit
    // with words (4), other charges, due day, late fee, lock-in (2), notice, utilities,
    // house rules, date, place, signatures.
    EXPECT_EQ(names.size(), 33);
    EXPECT_EQ(names.first().toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("licensor_name"));
    auto refused = ctl({QStringLiteral("template"), QStringLiteral("placeholders"),
                        QStringLiteral("--kind"), QStringLiteral("invoice")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--kind: "))) << refused.err.toStdString();
}

TEST_F(TemplateCtlTest, ExportToAFolderThatIsNotThereExitsTwoAndWritesNothing)
{
    const QString nowhere = file(QStringLiteral("no-such-folder/agreement.txt"));
    auto refused = templ(QStringLiteral("export"), QStringLiteral("en"), nowhere);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--file: cannot write")))
        << refused.err.toStdString();
    EXPECT_TRUE(QDir(m_files.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
}
