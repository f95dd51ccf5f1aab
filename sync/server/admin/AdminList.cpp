#include "AdminList.h"

#include <QCoreApplication>

namespace rentflow::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AdminList", text);
}

// A positive whole number, or nothing when `text` is not one.
std::optional<int> positive(const QString& text, int cap)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return int(qMin<qlonglong>(value, cap));
}
} // namespace

QString queryValue(const QUrlQuery& query, const QString& name)
{
    // A form's "+" is a space; a real plus arrives as %2B, so "+" is read before decoding.
    QString raw = query.queryItemValue(name, QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrl::fromPercentEncoding(raw.toLatin1());
}

ListParams parseListParams(const QUrlQuery& query, const QList<SortKey>& sorts,
                           const QString& defaultSort, const QString& tieBreaker,
                           QJsonObject& errors)
{
    ListParams params;
    // A page number so large that its offset would overflow is refused, not wrapped.
    constexpr int kMaxPage = 1'000'000;
    if (query.hasQueryItem(QStringLiteral("page"))) {
        const auto page = positive(queryValue(query, QStringLiteral("page")), kMaxPage + 1);
        if (!page || *page > kMaxPage)
            errors.insert(QStringLiteral("page"),
                          tr("must be a whole number from 1 to %1").arg(kMaxPage));
        else
            params.page = *page;
    }
    if (query.hasQueryItem(QStringLiteral("pageSize"))) {
        const auto size =
            positive(queryValue(query, QStringLiteral("pageSize")), ListParams::kMaxPageSize);
        if (!size)
            errors.insert(QStringLiteral("pageSize"), tr("must be a whole number of 1 or more"));
        else
            params.pageSize = *size;
    }

    QString sort = queryValue(query, QStringLiteral("sort")).trimmed();
    if (sort.isEmpty())
        sort = defaultSort;
    const bool descending = sort.startsWith(QLatin1Char('-'));
    const QString name = descending ? sort.mid(1) : sort;
    QStringList names;
    for (const SortKey& key : sorts) {
        names.append(key.name);
        if (key.name == name) {
            const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
            params.sort = sort;
            params.orderBy =
                key.expression + direction + QLatin1String(", ") + tieBreaker + direction;
        }
    }
    if (params.orderBy.isEmpty())
        errors.insert(QStringLiteral("sort"),
                      tr("must be one of %1, with a leading - for descending order")
                          .arg(names.join(QStringLiteral(", "))));

    params.search = queryValue(query, QStringLiteral("search")).trimmed();
    if (params.search.size() > 200)
        errors.insert(QStringLiteral("search"), tr("must be at most 200 characters"));
    return params;
}

QString parseChoice(const QUrlQuery& query, const QString& name, const QStringList& allowed,
                    QJsonObject& errors)
{
    const QString value = queryValue(query, name).trimmed();
    if (value.isEmpty() || allowed.contains(value))
        return value;
    errors.insert(name, tr("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
    return {};
}

QString containsPattern(const QString& search)
{
    return store::containsPattern(search.toLower());
}

} // namespace rentflow::server
