#include "QuickFindModel.h"

#include <QFont>
#include <QPalette>

namespace rentflow::ui {

void QuickFindModel::setEntries(QList<QuickFindEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int QuickFindModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int QuickFindModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuickFindModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuickFindEntry& entry = m_entries.at(index.row());
    // The kind is written once, on the first line of its group.
    const bool firstOfKind = index.row() == 0 || m_entries.at(index.row() - 1).kind != entry.kind;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return firstOfKind ? entry.kind : QString();
        case TitleColumn:
            return entry.title;
        case DetailColumn:
            return entry.detail;
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1: %2").arg(entry.kind, entry.title);
    case Qt::FontRole:
        if (index.column() == TitleColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != TitleColumn)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant QuickFindModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Name");
    case DetailColumn:
        return tr("Details");
    }
    return {};
}

} // namespace rentflow::ui
