#pragma once

#include "AdminList.h"

#include "server/storage/ServerDb.h"

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

} // namespace rentflow::server
