#include "server/auth/SigningKeys.h"

#include "TokenForge.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <thread>
#include <vector>

using namespace rentflow::server;

namespace {

std::shared_ptr<const SigningKeys> load(const QString& dir)
{
    auto result = SigningKeys::loadOrCreate(dir);
    if (auto* error = std::get_if<QString>(&result)) {
        ADD_FAILURE() << error->toStdString();
        return nullptr;
    }
    return std::get<std::shared_ptr<const SigningKeys>>(result);
}

// The kid worked out independently: the PEM's base64 body is the DER SubjectPublicKeyInfo.
QString kidFromPublicPem(const QByteArray& pem)
{
    QByteArray body;
    for (const QByteArray& line : pem.split('\n')) {
        if (!line.startsWith("-----"))
            body += line.trimmed();
    }
    const QByteArray der = QByteArray::fromBase64(body);
    const QByteArray digest = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(16));
}

int modeOf(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

} // namespace

TEST(SigningKeys, FirstStartCreatesAPrivateKeyOnlyTheOwnerReads)
{
    QTemporaryDir data;
    const QString keysDir = data.filePath(QStringLiteral("keys"));
    const auto keys = load(keysDir);
    ASSERT_TRUE(keys);
    EXPECT_EQ(modeOf(keysDir), 0700);
    EXPECT_EQ(modeOf(keysDir + QStringLiteral("/signing-key.pem")), 0600);
    QFile privateFile(keysDir + QStringLiteral("/signing-key.pem"));
    ASSERT_TRUE(privateFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(privateFile.readAll().startsWith("-----BEGIN PRIVATE KEY-----"));
    // No temporary file is left behind: the private key and its public half only.
    EXPECT_EQ(QDir(keysDir).entryList(QDir::Files | QDir::Hidden).size(), 2);

    const QString kid = keys->currentKid();
    EXPECT_EQ(kid.size(), 16);
    const auto pem = keys->publicPem(kid);
    ASSERT_TRUE(pem);
    EXPECT_EQ(kidFromPublicPem(*pem), kid);
    EXPECT_TRUE(QFile::exists(keysDir + QLatin1Char('/') + kid + QStringLiteral(".public.pem")));
}

TEST(SigningKeys, SecondStartLoadsTheSameKey)
{
    QTemporaryDir data;
    const auto first = load(data.path());
    const auto second = load(data.path());
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->currentKid(), second->currentKid());
    EXPECT_EQ(first->currentPrivatePem(), second->currentPrivatePem());
}

TEST(SigningKeys, ProcessesStartingAtOnceAgreeOnOneKey)
{
    for (int round = 0; round < 3; ++round) {
        QTemporaryDir data;
        std::vector<QString> kids(4);
        std::vector<std::thread> threads;
        for (size_t i = 0; i < kids.size(); ++i) {
            threads.emplace_back([&, i] {
                auto result = SigningKeys::loadOrCreate(data.path());
                if (auto* keys = std::get_if<std::shared_ptr<const SigningKeys>>(&result))
                    kids[i] = (*keys)->currentKid();
            });
        }
        for (auto& t : threads)
            t.join();
        for (const QString& kid : kids) {
            EXPECT_EQ(kid.size(), 16);
            EXPECT_EQ(kid, kids[0]);
        }
        // One private key, one public key: the losers' keys left nothing behind.
        EXPECT_EQ(QDir(data.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }
}

TEST(SigningKeys, RotationKeepsTheOldPublicKeyForVerification)
{
    QTemporaryDir data;
    const auto before = load(data.path());
    ASSERT_TRUE(before);
    ASSERT_EQ(SigningKeys::rotate(data.path()), QString());
    const auto after = load(data.path());
    ASSERT_TRUE(after);
    EXPECT_NE(after->currentKid(), before->currentKid());
    EXPECT_TRUE(after->publicPem(before->currentKid()));
    EXPECT_TRUE(after->publicPem(after->currentKid()));
    EXPECT_EQ(after->kids().size(), 2);
    EXPECT_EQ(modeOf(data.filePath(QStringLiteral("signing-key.pem"))), 0600);
}

TEST(SigningKeys, RefusesAPrivateKeyOthersCanRead)
{
    QTemporaryDir data;
    ASSERT_TRUE(load(data.path()));
    const QString path = data.filePath(QStringLiteral("signing-key.pem"));
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    auto result = SigningKeys::loadOrCreate(data.path());
    ASSERT_TRUE(std::holds_alternative<QString>(result));
    EXPECT_TRUE(std::get<QString>(result).contains(QStringLiteral("chmod 600")));
}

TEST(SigningKeys, RefusesAFileThatIsNotAnRsaKey)
{
    QTemporaryDir data;
    QFile file(data.filePath(QStringLiteral("signing-key.pem")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
    file.close();
    ASSERT_EQ(::chmod(QFile::encodeName(file.fileName()).constData(), 0600), 0);
    auto result = SigningKeys::loadOrCreate(data.path());
    ASSERT_TRUE(std::holds_alternative<QString>(result));
    EXPECT_TRUE(std::get<QString>(result).contains(QStringLiteral("not an RSA private key")));
}

TEST(SigningKeys, UnknownKidHasNoPublicKey)
{
    QTemporaryDir data;
    const auto keys = load(data.path());
    ASSERT_TRUE(keys);
    EXPECT_FALSE(keys->publicPem(QStringLiteral("AAAAAAAAAAAAAAAA")));
    EXPECT_FALSE(keys->publicPem(QString()));
}
