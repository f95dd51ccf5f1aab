#include "TestWorkspace.h"

#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

namespace rentflow::test {

TestWorkspace::TestWorkspace()
{
    EXPECT_TRUE(m_dir.isValid());
}

store::KeySource TestWorkspace::passphraseKeys() const
{
    store::KeySource keys;
    keys.passphrase = kPassphrase;
    return keys;
}

store::Actor TestWorkspace::actor()
{
    return store::Actor{QStringLiteral("test:runner"), QString()};
}

std::unique_ptr<store::Workspace> TestWorkspace::create()
{
    auto created = store::Workspace::create(path(), passphraseKeys(), actor());
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : created.error().message.toStdString());
    return created.ok() ? created.take() : nullptr;
}

std::unique_ptr<store::Workspace> TestWorkspace::open()
{
    auto opened = store::Workspace::open(path(), passphraseKeys(), actor());
    EXPECT_TRUE(opened.ok()) << (opened.ok() ? "" : opened.error().message.toStdString());
    return opened.ok() ? opened.take() : nullptr;
}

QByteArray allFileBytes(const QString& dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        all += readFile(it.next());
    return all;
}

bool containsText(const QByteArray& bytes, const QString& text)
{
    if (bytes.contains(text.toUtf8()))
        return true;
    QByteArray le, be;
    for (QChar c : text) {
        le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    return bytes.contains(le) || bytes.contains(be);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void flipBytesMidFile(const QString& path)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    ASSERT_GT(bytes.size(), 128);
    const qsizetype middle = bytes.size() / 2;
    for (int i = 0; i < 64; ++i)
        bytes[middle + i] = char(~bytes[middle + i]);
    file.seek(0);
    file.write(bytes);
}

} // namespace rentflow::test
