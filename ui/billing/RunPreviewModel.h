#pragma once

#include <billing/InvoiceDraft.h>

#include <QAbstractTableModel>
#include <QHash>

namespace rentflow::ui::billing {

// What a monthly run would issue (a preview) or issued: one row per invoice with the
// resident, their bed, the lines in a few words and the total; the number once issued.
class RunPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Resident,
        Bed,
        Lines,
        Total,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // `numbers`: empty for a preview, else one per draft. `beds`: resident id → "101-A".
    void setRun(QList<InvoiceDraft> drafts, QStringList numbers, QHash<QString, QString> beds);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Rent, Food, Electricity": each kind of line once, in the invoice's order.
    static QString linesSummary(const InvoiceDraft& draft);

private:
    QList<InvoiceDraft> m_drafts;
    QStringList m_numbers;
    QHash<QString, QString> m_beds;
};

} // namespace rentflow::ui::billing
