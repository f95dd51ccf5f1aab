#pragma once

#include <store/keys/KeyStore.h>

#include <QHash>

namespace rentflow::test {

// An in-memory keychain for tests that are not about the keychain itself.
class FakeKeyStore : public store::KeyStore
{
public:
    Status nextStatus = Status::Ok; // what every call answers, unless Ok
    QHash<QString, QString> entries;

    Answer read(const QString& name) override
    {
        if (nextStatus != Status::Ok)
            return {nextStatus, {}, QStringLiteral("fake keychain")};
        if (!entries.contains(name))
            return {Status::NotFound, {}, QStringLiteral("no entry")};
        return {Status::Ok, entries.value(name), {}};
    }
    Answer write(const QString& name, const QString& key) override
    {
        if (nextStatus != Status::Ok)
            return {nextStatus, {}, QStringLiteral("fake keychain")};
        entries.insert(name, key);
        return {Status::Ok, {}, {}};
    }
    Answer remove(const QString& name) override
    {
        entries.remove(name);
        return {Status::Ok, {}, {}};
    }
};

} // namespace rentflow::test
