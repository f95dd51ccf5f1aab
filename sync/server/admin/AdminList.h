#pragma once

#include <store/LikePattern.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace rentflow::server {

// One sortable column of a list: the name clients send ("createdAt"; "-createdAt" for
// newest first) and the SQL expression it orders by. Sorting only ever uses these.
struct SortKey
{
    QString name;
    QString expression;
};

// A list request's paging, sorting and search, checked.
struct ListParams
{
    static constexpr int kDefaultPageSize = 25;
    static constexpr int kMaxPageSize = 100; // larger asks are cut to this

    int page = 1;
    int pageSize = kDefaultPageSize;
    QString sort;    // as asked, e.g. "-createdAt"
    QString orderBy; // "w.created_at DESC, w.id DESC": from the whitelist only
    QString search;  // trimmed; empty: no search

    int offset() const { return (page - 1) * pageSize; }
};

// Reads page, pageSize, sort and search. `errors` gets one entry per refused parameter
// ("page": "must be a whole number of 1 or more"). `tieBreaker` ("w.id") keeps pages
// stable when sort values repeat.
ListParams parseListParams(const QUrlQuery& query, const QList<SortKey>& sorts,
                           const QString& defaultSort, const QString& tieBreaker,
                           QJsonObject& errors);

// A filter that must be one of `allowed` ("status=invited"); empty when absent.
QString parseChoice(const QUrlQuery& query, const QString& name, const QStringList& allowed,
                    QJsonObject& errors);

// What the user typed, matched literally by `… LIKE ? ESCAPE '\'` (the store's own).
using store::escapeLike;
// The pattern matching rows that contain `search` anywhere, case-insensitively when the
// column is compared with LOWER(): "%" + escaped lower-case text + "%".
QString containsPattern(const QString& search);

// A query parameter fully decoded ("a b" for "a%20b" and for "a+b").
QString queryValue(const QUrlQuery& query, const QString& name);

} // namespace rentflow::server
