#include "AdminPage.h"

#include <QJsonArray>

namespace rentflow::server {

StoreResult<QJsonObject> readPage(const ServerDb& db, const QString& table, const QString& select,
                                  const QString& where, const QVariantList& binds,
                                  const ListParams& params,
                                  const std::function<QJsonObject(const QSqlQuery&)>& toJson)
{
    auto total = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table + where, binds, 0);
    if (!total)
        return total.error();
    QVariantList pageBinds = binds;
    pageBinds << params.pageSize << params.offset();
    auto rows = db.exec(select + where + QStringLiteral(" ORDER BY ") + params.orderBy +
                            QStringLiteral(" LIMIT ? OFFSET ?"),
                        pageBinds);
    if (!rows)
        return rows.error();
    QJsonArray items;
    while (rows.value().next())
        items.append(toJson(rows.value()));
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("total"), total.value().toLongLong()},
                       {QStringLiteral("page"), params.page},
                       {QStringLiteral("pageSize"), params.pageSize}};
}

} // namespace rentflow::server
