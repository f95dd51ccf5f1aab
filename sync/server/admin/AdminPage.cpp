#include "AdminPage.h"

#include "AdminInput.h"
#include "AdminReplies.h"

#include <store/Uuid7.h>

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

StoreResult<QJsonArray> readActivities(const ServerDb& db, const QString& table,
                                       const QString& owner, const QString& id)
{
    auto rows = db.exec(QStringLiteral("SELECT id, activity_type, description, performed_by, "
                                       "created_at FROM %1 WHERE %2 = ? "
                                       "ORDER BY created_at DESC, id DESC")
                            .arg(table, owner),
                        {id});
    if (!rows)
        return rows.error();
    QJsonArray activities;
    QSqlQuery& q = rows.value();
    while (q.next())
        activities.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                      {QStringLiteral("type"), q.value(1).toString()},
                                      {QStringLiteral("description"), textOrNull(q.value(2))},
                                      {QStringLiteral("performedBy"), textOrNull(q.value(3))},
                                      {QStringLiteral("createdAt"), q.value(4).toString()}});
    return activities;
}

store::StoreStatus insertActivity(const ServerDb& db, const QString& table, const QString& owner,
                                  const QString& id, const QString& type,
                                  const QString& description, const QString& performedBy)
{
    auto added = db.exec(QStringLiteral("INSERT INTO %1(id, %2, activity_type, description, "
                                        "performed_by, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                             .arg(table, owner),
                         {store::Uuid7::generate(), id, type, nullIfEmpty(description),
                          nullIfEmpty(performedBy), ServerDb::now()});
    if (!added)
        return added.error();
    return store::Done{};
}

StoreResult<QString> readStatus(const ServerDb& db, const QString& table, const QString& id,
                                const QString& missing)
{
    auto row = db.exec(QStringLiteral("SELECT status FROM %1 WHERE id = ?").arg(table), {id});
    if (!row)
        return row.error();
    if (!row.value().next())
        return notFound(missing);
    return row.value().value(0).toString();
}

} // namespace rentflow::server
