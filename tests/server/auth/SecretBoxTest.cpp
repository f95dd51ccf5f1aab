#include "server/auth/SecretBox.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace rentflow::server;

TEST(SecretBox, SealsAndOpensAndNoticesTampering)
{
    const auto box = SecretBox::fromKey(QByteArray(32, 'k'));
    ASSERT_TRUE(box);
    const QString sealed = box->seal("12345678901234567890");
    EXPECT_TRUE(sealed.startsWith(QStringLiteral("v1.")));
    EXPECT_EQ(box->open(sealed), QByteArray("12345678901234567890"));
    EXPECT_NE(box->seal("12345678901234567890"), sealed); // a fresh nonce each time
    QString altered = sealed;
    altered[10] = altered[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    EXPECT_FALSE(box->open(altered));
    EXPECT_FALSE(box->open(QStringLiteral("v1.")));
    EXPECT_FALSE(box->open(QStringLiteral("plain")));
    EXPECT_FALSE(SecretBox::fromKey(QByteArray(32, 'j'))->open(sealed));
    EXPECT_FALSE(SecretBox::fromKey(QByteArray(31, 'k')));
}

TEST(SecretBox, KeyedHashIsStableHexAndDependsOnTheKey)
{
    const auto a = SecretBox::fromKey(QByteArray(32, 'k'));
    const auto b = SecretBox::fromKey(QByteArray(32, 'j'));
    EXPECT_EQ(a->keyedHash("203.0.113.7"), a->keyedHash("203.0.113.7"));
    EXPECT_EQ(a->keyedHash("203.0.113.7").size(), 64);
    EXPECT_NE(a->keyedHash("203.0.113.7"), a->keyedHash("203.0.113.8"));
    EXPECT_NE(a->keyedHash("203.0.113.7"), b->keyedHash("203.0.113.7"));
}

TEST(SecretBox, KeyFileIsMadeOnceWithMode0600)
{
    QTemporaryDir dir;
    auto first = SecretBox::loadOrCreate(dir.path());
    ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const SecretBox>>(first));
    auto second = SecretBox::loadOrCreate(dir.path());
    ASSERT_TRUE(std::holds_alternative<std::shared_ptr<const SecretBox>>(second));
    const QString sealed = std::get<std::shared_ptr<const SecretBox>>(first)->seal("x");
    EXPECT_EQ(std::get<std::shared_ptr<const SecretBox>>(second)->open(sealed), QByteArray("x"));
    struct stat st
    {};
    ASSERT_EQ(
        ::stat(QFile::encodeName(dir.filePath(QStringLiteral("secret-box.key"))).constData(), &st),
        0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}
