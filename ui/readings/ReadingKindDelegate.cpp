#include "ReadingKindDelegate.h"

#include "ReadingsGridModel.h"

#include <QComboBox>

namespace rentflow::ui {

QWidget* ReadingKindDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                           const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("readingKindComboBox"));
    for (const QString& kind :
         {QStringLiteral("regular"), QStringLiteral("rollover"), QStringLiteral("replacement")})
        combo->addItem(readingKindName(kind), kind);
    return combo;
}

void ReadingKindDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
}

void ReadingKindDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                       const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

} // namespace rentflow::ui
