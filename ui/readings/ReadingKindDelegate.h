#pragma once

#include <QStyledItemDelegate>

namespace rentflow::ui {

// The Kind cell of the readings grid: regular, rollover or replacement, picked from a list.
class ReadingKindDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace rentflow::ui
