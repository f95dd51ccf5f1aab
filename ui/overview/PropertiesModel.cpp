#include "PropertiesModel.h"

#include <domain/StateCode.h>

namespace rentflow::ui {

namespace {

QString kindName(const QString& kind)
{
    if (kind == QLatin1String("pg"))
        return PropertiesModel::tr("PG");
    if (kind == QLatin1String("hostel"))
        return PropertiesModel::tr("Hostel");
    if (kind == QLatin1String("coliving"))
        return PropertiesModel::tr("Co-living");
    if (kind == QLatin1String("apartment"))
        return PropertiesModel::tr("Apartment");
    return kind;
}

} // namespace

void PropertiesModel::setRows(QList<InventoryList::PropertyRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PropertiesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PropertiesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PropertiesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryList::PropertyRow& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= RoomsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case KindColumn:
        return kindName(row.kind);
    case CityColumn:
        return row.city;
    case StateColumn: {
        const auto state = StateCode::parse(row.stateCode);
        return state ? state->name() : row.stateCode;
    }
    case RoomsColumn:
        return row.rooms;
    case BedsColumn:
        return row.beds;
    }
    return {};
}

QVariant PropertiesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Property");
    case KindColumn:
        return tr("Kind");
    case CityColumn:
        return tr("City");
    case StateColumn:
        return tr("State");
    case RoomsColumn:
        return tr("Rooms");
    case BedsColumn:
        return tr("Beds");
    }
    return {};
}

} // namespace rentflow::ui
