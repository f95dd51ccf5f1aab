#include "CrmTableModel.h"

namespace rentflow::ui::crm {

CrmTableModel::CrmTableModel(QList<CrmColumn> columns, QObject* parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns))
{}

void CrmTableModel::setRows(const QJsonArray& rows)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (const QJsonValue& row : rows)
        m_rows.append(row.toObject());
    endResetModel();
}

void CrmTableModel::clear()
{
    setRows({});
}

QJsonObject CrmTableModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int CrmTableModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(QStringLiteral("id")).toString() == id)
            return i;
    return -1;
}

int CrmTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CrmTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CrmTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject& row = m_rows.at(index.row());
    const CrmColumn& column = m_columns.at(index.column());
    const QJsonValue value = row.value(column.field);
    switch (role) {
    case Qt::DisplayRole:
        switch (column.format) {
        case CrmColumn::Format::Date:
            return shortDate(value.toString());
        case CrmColumn::Format::Choice:
            return choiceLabel(value.toString());
        case CrmColumn::Format::Number:
            return value.isDouble() ? QString::number(value.toInt()) : QString();
        case CrmColumn::Format::Text:
            return value.toString();
        }
        return {};
    case Qt::ToolTipRole:
        return column.format == CrmColumn::Format::Date ? dateTime(value.toString()) : QVariant();
    case Qt::TextAlignmentRole:
        return column.format == CrmColumn::Format::Number
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case Qt::UserRole:
        return row.value(QStringLiteral("id")).toString();
    case RecordRole:
        return row.toVariantMap();
    default:
        return {};
    }
}

QVariant CrmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_columns.size() ? QVariant(m_columns.at(section).title) : QVariant();
    return section < m_rows.size() ? QVariant(section + 1) : QVariant();
}

} // namespace rentflow::ui::crm
