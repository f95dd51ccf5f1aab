// rentflowctl resident add / set / show with the profile the documents print: only the
// options given change, a bad value or an unreadable photo is exit 2 naming the option,
// and then nothing is written.
#include "CtlInProcess.h"
#include "PictureFile.h"

#include <store/RecordHistory.h>

#include <QFile>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace rentflow;
using test::pngOfSize;
using test::runCtlInProcess;

namespace {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* word : list)
        result << QString::fromUtf8(word);
    return result;
}

class ResidentCtlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto init = run(words({"init", "--org", "Sunrise PG", "--state-code", "29"}));
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        m_photo = writeFile("photo.png", pngOfSize(200));
        const auto added = run(words({"resident",
                                      "add",
                                      "--name",
                                      "Priya Sharma",
                                      "--phone",
                                      "9845012399",
                                      "--lang",
                                      "hi",
                                      "--gstin",
                                      "29AAACR5055K1Z3",
                                      "--address",
                                      "12, Civil Lines, Jaipur",
                                      "--dob",
                                      "2001-03-15",
                                      "--gender",
                                      "female",
                                      "--father-name",
                                      "Ramesh Sharma",
                                      "--occupation",
                                      "Engineer",
                                      "--employer",
                                      "Infosys",
                                      "--emergency-name",
                                      "Sunita Sharma",
                                      "--emergency-phone",
                                      "9829012345"})
                               << QStringLiteral("--photo") << m_photo);
        ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
        m_id = added.json().value(QStringLiteral("id")).toString();
    }
    test::CtlRun run(const QStringList& args) { return runCtlInProcess(m_tw.path(), args); }
    QJsonObject shown()
    {
        const auto show = run(words({"resident", "show", "--id"}) << m_id);
        EXPECT_EQ(show.exitCode, 0) << show.err.toStdString();
        return show.json().value(QStringLiteral("resident")).toObject();
    }
    qsizetype changeCount()
    {
        auto ws = m_tw.open();
        auto history = store::RecordHistory(ws->store()).of(QStringLiteral("resident"), m_id);
        EXPECT_TRUE(history.ok());
        return history.ok() ? history.value().size() : -1;
    }
    QString writeFile(const char* name, const QByteArray& bytes)
    {
        const QString path = m_tw.scratch(QString::fromLatin1(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    test::TestWorkspace m_tw;
    QString m_id;
    QString m_photo;
};

} // namespace

TEST_F(ResidentCtlTest, AddKeepsEveryOptionAndShowPrintsIt)
{
    const QJsonObject r = shown();
    EXPECT_EQ(r.value(QStringLiteral("name")).toString(), QStringLiteral("Priya Sharma"));
    EXPECT_EQ(r.value(QStringLiteral("phone")).toString(), QStringLiteral("+919845012399"));
    EXPECT_EQ(r.value(QStringLiteral("language")).toString(), QStringLiteral("hi"));
    EXPECT_EQ(r.value(QStringLiteral("gstin")).toString(), QStringLiteral("29AAACR5055K1Z3"));
    EXPECT_EQ(r.value(QStringLiteral("address")).toString(),
              QStringLiteral("12, Civil Lines, Jaipur"));
    EXPECT_EQ(r.value(QStringLiteral("dob")).toString(), QStringLiteral("2001-03-15"));
    EXPECT_EQ(r.value(QStringLiteral("gender")).toString(), QStringLiteral("female"));
    EXPECT_EQ(r.value(QStringLiteral("fatherName")).toString(), QStringLiteral("Ramesh Sharma"));
    EXPECT_EQ(r.value(QStringLiteral("occupation")).toString(), QStringLiteral("Engineer"));
    EXPECT_EQ(r.value(QStringLiteral("employer")).toString(), QStringLiteral("Infosys"));
    EXPECT_EQ(r.value(QStringLiteral("emergencyName")).toString(), QStringLiteral("Sunita Sharma"));
    EXPECT_EQ(r.value(QStringLiteral("emergencyPhone")).toString(),
              QStringLiteral("+919829012345"));
    EXPECT_EQ(r.value(QStringLiteral("photoBytes")).toInt(), 200);
    EXPECT_TRUE(r.value(QStringLiteral("email")).isNull());
    EXPECT_FALSE(r.contains(QStringLiteral("photo"))); // never the bytes

    // Without --lang a resident's documents are in English.
    const auto plain =
        run(words({"resident", "add", "--name", "Ravi Kumar", "--phone", "9845012398"}));
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    const auto show = run(words({"resident", "show", "--id"})
                          << plain.json().value(QStringLiteral("id")).toString());
    EXPECT_EQ(show.json()
                  .value(QStringLiteral("resident"))
                  .toObject()
                  .value(QStringLiteral("language"))
                  .toString(),
              QStringLiteral("en"));
    // An unknown id is the --id's fault.
    const auto unknown = run(words({"resident", "show", "--id", "nobody"}));
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("--id: no resident")))
        << unknown.err.toStdString();
}

TEST_F(ResidentCtlTest, SetChangesOnlyTheOptionsGivenAndClearsEmptyOnes)
{
    const QJsonObject before = shown();
    const auto set = run(words({"resident", "set", "--gstin", "", "--occupation", "Student",
                                "--photo", "", "--lang", "en", "--id"})
                         << m_id);
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    QJsonObject expected = before;
    expected.insert(QStringLiteral("gstin"), QJsonValue::Null);
    expected.insert(QStringLiteral("occupation"), QStringLiteral("Student"));
    expected.insert(QStringLiteral("photoBytes"), 0);
    expected.insert(QStringLiteral("language"), QStringLiteral("en"));
    EXPECT_EQ(shown(), expected);
    EXPECT_EQ(set.json().value(QStringLiteral("resident")).toObject(), expected);
    EXPECT_EQ(changeCount(), 2); // the insert and this one update
}

TEST_F(ResidentCtlTest, ABadValueIsExitTwoNamingTheOptionAndNothingIsWritten)
{
    const QJsonObject before = shown();
    const QString gif = writeFile("photo.gif", QByteArrayLiteral("GIF89a\x01\x00\x01\x00"));
    // A PNG's first bytes and nothing a decoder can read after them.
    const QString junk =
        writeFile("junk.png", QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(192, 'p'));
    const QString big = writeFile("big.jpg", QByteArrayLiteral("\xff\xd8\xff\xe0") +
                                                 QByteArray(2 * 1024 * 1024, 'j')); // 2 MB + 4
    struct Case
    {
        QStringList args;
        const char* option;
    };
    const QList<Case> cases{
        {words({"--lang", "fr"}), "lang"},
        {words({"--gstin", "29AAACR5055K1Z4"}), "gstin"},
        {words({"--dob", "2999-01-01"}), "dob"},
        {words({"--dob", "1900-13-01"}), "dob"},
        {words({"--gender", "f"}), "gender"},
        {words({"--father-name", "R2"}), "father-name"},
        {words({"--emergency-phone", "555"}), "emergency-phone"},
        {words({"--phone", ""}), "phone"},
        {words({"--name", ""}), "name"},
        {words({"--address", "Civil\u202e Lines"}), "address"},
        {QStringList{QStringLiteral("--photo"), gif}, "photo"},
        {QStringList{QStringLiteral("--photo"), big}, "photo"},
        {QStringList{QStringLiteral("--photo"), junk}, "photo"},
        {QStringList{QStringLiteral("--photo"), m_tw.scratch(QStringLiteral("none.png"))}, "photo"},
    };
    for (const Case& c : cases) {
        const auto refused =
            run(words({"resident", "set", "--occupation", "Changed", "--id"}) << m_id << c.args);
        EXPECT_EQ(refused.exitCode, 2) << c.option;
        const QJsonObject fields = refused.json()
                                       .value(QStringLiteral("error"))
                                       .toObject()
                                       .value(QStringLiteral("fields"))
                                       .toObject();
        EXPECT_TRUE(fields.contains(QString::fromLatin1(c.option)))
            << c.option << ": " << refused.out.toStdString();
        EXPECT_TRUE(refused.err.contains(QStringLiteral("--%1: ").arg(QLatin1String(c.option))))
            << refused.err.toStdString();
    }
    EXPECT_EQ(shown(), before); // --occupation Changed was never written either
    EXPECT_EQ(changeCount(), 1);

    // A refused add writes no resident.
    // Five years old today: under the youngest age a resident may be (10).
    const QString fiveYearsAgo = QDate::currentDate().addYears(-5).toString(Qt::ISODate);
    const auto add = run(words({"resident", "add", "--name", "Ravi Kumar", "--phone", "9845012398",
                                "--lang", "hindi", "--dob"})
                         << fiveYearsAgo);
    EXPECT_EQ(add.exitCode, 2);
    EXPECT_TRUE(add.err.contains(QStringLiteral("--lang: ")));
    EXPECT_TRUE(add.err.contains(QStringLiteral("--dob: ")));
    const auto list = run(words({"resident", "list"}));
    EXPECT_EQ(list.json().value(QStringLiteral("residents")).toArray().size(), 1);
}
