// rentflowctl org show / org set: only the options given change, a bad value or an
// unreadable logo is exit 2 naming the option, and then nothing is written.
#include "CtlInProcess.h"
#include "PictureFile.h"

#include <store/RecordHistory.h>

#include <QFile>

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

class OrgCtlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto init = run({"init", "--org", "Sunrise PG", "--state-code", "29"});
        ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
        m_orgId = init.json().value(QStringLiteral("orgId")).toString();
    }
    test::CtlRun run(std::initializer_list<const char*> args)
    {
        return runCtlInProcess(m_tw.path(), words(args));
    }
    QJsonObject shown()
    {
        const auto show = run({"org", "show"});
        EXPECT_EQ(show.exitCode, 0) << show.err.toStdString();
        return show.json().value(QStringLiteral("organisation")).toObject();
    }
    qsizetype changeCount()
    {
        auto ws = m_tw.open();
        auto history =
            store::RecordHistory(ws->store()).of(QStringLiteral("organisation"), m_orgId);
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
    QString m_orgId;
};

} // namespace

TEST_F(OrgCtlTest, SetChangesOnlyTheOptionsGivenAndShowPrintsEveryField)
{
    const QJsonObject before = shown();
    EXPECT_EQ(before.value(QStringLiteral("name")).toString(), QStringLiteral("Sunrise PG"));
    EXPECT_TRUE(before.value(QStringLiteral("bankAccount")).isNull());
    EXPECT_EQ(before.value(QStringLiteral("logoBytes")).toInt(), 0);

    const QString logo = writeFile("logo.png", pngOfSize(100));
    const QByteArray args[] = {"org",
                               "set",
                               "--legal-name",
                               "Sunrise Hospitality LLP",
                               "--gstin",
                               "29ABCPE1234F1Z7",
                               "--bank-name",
                               "Canara Bank",
                               "--bank-account",
                               "0412101012345",
                               "--ifsc",
                               "CNRB0000412",
                               "--terms",
                               "Due by the 5th.",
                               "--signatory",
                               "Asha Rao",
                               "--upi",
                               "sunrise@okhdfc"};
    QStringList list;
    for (const QByteArray& a : args)
        list << QString::fromUtf8(a);
    list << QStringLiteral("--logo") << logo;
    const auto set = runCtlInProcess(m_tw.path(), list);
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();

    const QJsonObject after = shown();
    EXPECT_EQ(after.value(QStringLiteral("legalName")).toString(),
              QStringLiteral("Sunrise Hospitality LLP"));
    EXPECT_EQ(after.value(QStringLiteral("gstin")).toString(), QStringLiteral("29ABCPE1234F1Z7"));
    EXPECT_EQ(after.value(QStringLiteral("pan")).toString(), QStringLiteral("ABCPE1234F"));
    EXPECT_EQ(after.value(QStringLiteral("bankName")).toString(), QStringLiteral("Canara Bank"));
    EXPECT_EQ(after.value(QStringLiteral("bankAccount")).toString(),
              QStringLiteral("0412101012345"));
    EXPECT_EQ(after.value(QStringLiteral("ifsc")).toString(), QStringLiteral("CNRB0000412"));
    EXPECT_EQ(after.value(QStringLiteral("terms")).toString(), QStringLiteral("Due by the 5th."));
    EXPECT_EQ(after.value(QStringLiteral("signatory")).toString(), QStringLiteral("Asha Rao"));
    EXPECT_EQ(after.value(QStringLiteral("upi")).toString(), QStringLiteral("sunrise@okhdfc"));
    EXPECT_EQ(after.value(QStringLiteral("logoBytes")).toInt(), 100);
    EXPECT_FALSE(after.contains(QStringLiteral("logo"))); // never the bytes
    // Not given, so as before.
    for (const char* key : {"name", "address", "phone", "email", "stateCode"})
        EXPECT_EQ(after.value(QString::fromLatin1(key)), before.value(QString::fromLatin1(key)))
            << key;
    EXPECT_EQ(changeCount(), 2); // the insert and this one update

    // One option: one field changes; --no-logo removes the logo.
    const auto again = run({"org", "set", "--signatory", "Ravi Rao", "--no-logo"});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    QJsonObject expected = after;
    expected.insert(QStringLiteral("signatory"), QStringLiteral("Ravi Rao"));
    expected.insert(QStringLiteral("logoBytes"), 0);
    EXPECT_EQ(shown(), expected);
    EXPECT_EQ(changeCount(), 3);

    // The text form names the fields too.
    const auto text =
        runCtlInProcess(words({"org", "show", "--passphrase-env", "RENTFLOW_TEST_PASSPHRASE"})
                        << QStringLiteral("--workspace") << m_tw.path());
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("IFSC:          CNRB0000412")))
        << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Signatory:     Ravi Rao")));
}

TEST_F(OrgCtlTest, ABadValueIsExitTwoNamingTheOptionAndNothingIsWritten)
{
    const QJsonObject before = shown();
    const QString gif = writeFile("logo.gif", QByteArrayLiteral("GIF89a\x01\x00\x01\x00"));
    // A PNG's first bytes and nothing a decoder can read after them.
    const QString junk =
        writeFile("junk.png", QByteArrayLiteral("\x89PNG\r\n\x1a\n") + QByteArray(92, 'p'));
    const QString big = writeFile("big.jpg", QByteArrayLiteral("\xff\xd8\xff\xe0") +
                                                 QByteArray(1024 * 1024, 'j')); // 1 MB + 4
    struct Case
    {
        QStringList args;
        const char* option;
    };
    const QList<Case> cases{
        {words({"--ifsc", "HDFC1001234"}), "ifsc"},
        {words({"--bank-account", "12-34"}), "bank-account"},
        {words({"--gstin", "29ABCPE1234F1Z8"}), "gstin"},
        {words({"--pan", "AAPFU0939F", "--gstin", "29ABCPE1234F1Z7"}), "gstin"},
        {words({"--email", "office"}), "email"},
        {words({"--phone", "12345"}), "phone"},
        {words({"--upi", "sunrise"}), "upi"},
        {words({"--name", ""}), "name"},
        {words({"--state-code", "40"}), "state-code"},
        {words({"--signatory", "Asha\u2066 Rao"}), "signatory"},
        {QStringList{QStringLiteral("--logo"), gif}, "logo"},
        {QStringList{QStringLiteral("--logo"), big}, "logo"},
        {QStringList{QStringLiteral("--logo"), junk}, "logo"},
        {QStringList{QStringLiteral("--logo"), m_tw.scratch(QStringLiteral("none.png"))}, "logo"},
        {QStringList{QStringLiteral("--logo"), gif, QStringLiteral("--no-logo")}, "logo"},
    };
    for (const Case& c : cases) {
        const auto refused =
            runCtlInProcess(m_tw.path(), words({"org", "set", "--terms", "Changed"}) + c.args);
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
    EXPECT_EQ(shown(), before); // --terms Changed was never written either
    EXPECT_EQ(changeCount(), 1);
}
