#pragma once

#include "CrmKind.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace rentflow::ui::crm {

// Rows the server sent (one page of entries or leads, or a record's activities), shown in
// the given columns. Qt::UserRole gives the row's id; RecordRole its whole JSON object.
class CrmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int RecordRole = Qt::UserRole + 1;

    explicit CrmTableModel(QList<CrmColumn> columns, QObject* parent = nullptr);

    void setRows(const QJsonArray& rows);
    void clear();
    QJsonObject record(int row) const;
    // The row whose id is `id`, or -1.
    int rowOf(const QString& id) const;
    const QList<CrmColumn>& columns() const { return m_columns; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CrmColumn> m_columns;
    QList<QJsonObject> m_rows;
};

} // namespace rentflow::ui::crm
