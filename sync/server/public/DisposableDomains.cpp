#include "server/public/DisposableDomains.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rentflow::server {

namespace {

struct DomainLists
{
    QSet<QString> exact;
    QSet<QString> wildcard;
    bool loaded = false;
};

QSet<QString> readList(const QString& resource, bool& ok)
{
    QSet<QString> out;
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        ok = false;
        return out;
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        ok = false;
        return out;
    }
    const QJsonArray array = document.array();
    out.reserve(array.size());
    for (const QJsonValue& value : array) {
        const QString domain = value.toString().trimmed().toLower();
        if (!domain.isEmpty())
            out.insert(domain);
    }
    return out;
}

const DomainLists& lists()
{
    static const DomainLists instance = [] {
        DomainLists l;
        bool ok = true;
        l.exact = readList(QStringLiteral(":/server/public/disposable-domains.json"), ok);
        l.wildcard = readList(QStringLiteral(":/server/public/disposable-wildcards.json"), ok);
        l.loaded = ok && !l.exact.isEmpty();
        return l;
    }();
    return instance;
}

} // namespace

bool isDisposableDomain(const QString& domain)
{
    const DomainLists& l = lists();
    QStringView rest(domain);
    // "a.b.mailinator.com": a.b.mailinator.com, b.mailinator.com, mailinator.com, com.
    while (!rest.isEmpty()) {
        const QString candidate = rest.toString();
        if (l.exact.contains(candidate))
            return true;
        if (l.wildcard.contains(candidate))
            return true;
        const qsizetype dot = rest.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        rest = rest.mid(dot + 1);
    }
    return false;
}

qsizetype disposableDomainCount()
{
    return lists().exact.size();
}

bool disposableListLoaded()
{
    return lists().loaded;
}

} // namespace rentflow::server
