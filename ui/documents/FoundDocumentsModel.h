#pragma once

#include "DocumentRef.h"

#include <exports/DocumentFinder.h>

#include <QAbstractTableModel>

namespace rentflow::ui {

// The documents a number search found (DocumentFinder), one row each, newest first.
class FoundDocumentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Kind,
        Number,
        Date,
        Resident,
        Amount,
        Status,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setDocuments(QList<DocumentFinder::Found> documents);
    // The document of a row, to preview.
    DocumentRef document(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DocumentFinder::Found> m_documents;
};

// The preview's kind for a found document.
DocumentRef::Kind documentKindOf(DocumentFinder::Found::Kind kind);

} // namespace rentflow::ui
