#pragma once

#include "AdminList.h"

#include "server/storage/ServerDb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace rentflow::server {

// One page of a filtered admin list: {items, total, page, pageSize}. `table` is the FROM
// part both queries share ("waitlist_entries w"), `select` the page's SELECT … FROM,
// `where` the filter with its `binds`; `toJson` makes each row's item.
StoreResult<QJsonObject> readPage(const ServerDb& db, const QString& table, const QString& select,
                                  const QString& where, const QVariantList& binds,
                                  const ListParams& params,
                                  const std::function<QJsonObject(const QSqlQuery&)>& toJson);

// A record's activities, newest first, as {id, type, description, performedBy, createdAt}:
// `table` holds them, `owner` is its column naming the record (both fixed names, never
// input).
StoreResult<QJsonArray> readActivities(const ServerDb& db, const QString& table,
                                       const QString& owner, const QString& id);
// Adds one activity (type, optional description, who) to the record `id`.
store::StoreStatus insertActivity(const ServerDb& db, const QString& table, const QString& owner,
                                  const QString& id, const QString& type,
                                  const QString& description, const QString& performedBy);
// The record's status from `table`, or NotFound saying `missing`.
StoreResult<QString> readStatus(const ServerDb& db, const QString& table, const QString& id,
                                const QString& missing);

} // namespace rentflow::server
