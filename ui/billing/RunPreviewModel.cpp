#include "RunPreviewModel.h"

#include <common/DisplayText.h>

namespace rentflow::ui::billing {

void RunPreviewModel::setRun(QList<InvoiceDraft> drafts, QStringList numbers,
                             QHash<QString, QString> beds)
{
    beginResetModel();
    m_drafts = std::move(drafts);
    m_numbers = std::move(numbers);
    m_beds = std::move(beds);
    endResetModel();
}

void RunPreviewModel::clear()
{
    setRun({}, {}, {});
}

int RunPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drafts.size());
}

int RunPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunPreviewModel::linesSummary(const InvoiceDraft& draft)
{
    QStringList parts;
    for (const DraftLine& line : draft.lines) {
        // The description up to its first detail ("Rent — Room 101…" → "Rent").
        QString part = line.description.section(QStringLiteral(" — "), 0, 0)
                           .section(QLatin1Char('('), 0, 0)
                           .trimmed();
        if (part.isEmpty())
            part = line.kind;
        if (!parts.contains(part))
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

QVariant RunPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvoiceDraft& draft = m_drafts.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return index.row() < m_numbers.size() ? m_numbers.at(index.row()) : tr("(preview)");
    case Resident:
        return draft.recipientName;
    case Bed:
        return m_beds.value(draft.residentId);
    case Lines:
        return linesSummary(draft);
    case Total:
        return rupees(draft.totals.total);
    default:
        return {};
    }
}

QVariant RunPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Resident:
        return tr("Resident");
    case Bed:
        return tr("Bed");
    case Lines:
        return tr("Charges");
    case Total:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace rentflow::ui::billing
