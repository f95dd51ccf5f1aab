#include "FoundDocumentsModel.h"

#include "DocumentPdf.h"

#include <common/DisplayText.h>

namespace rentflow::ui {

DocumentRef::Kind documentKindOf(DocumentFinder::Found::Kind kind)
{
    using Found = DocumentFinder::Found::Kind;
    switch (kind) {
    case Found::Invoice:
        return DocumentRef::Kind::Invoice;
    case Found::Receipt:
        return DocumentRef::Kind::Receipt;
    case Found::DepositReceipt:
        return DocumentRef::Kind::DepositReceipt;
    case Found::CreditNote:
        return DocumentRef::Kind::CreditNote;
    case Found::DebitNote:
        return DocumentRef::Kind::DebitNote;
    case Found::Settlement:
        return DocumentRef::Kind::Settlement;
    case Found::DepositRefund:
        return DocumentRef::Kind::DepositRefund;
    }
    return DocumentRef::Kind::Invoice;
}

void FoundDocumentsModel::setDocuments(QList<DocumentFinder::Found> documents)
{
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

DocumentRef FoundDocumentsModel::document(int row) const
{
    const auto& found = m_documents.at(row);
    return {documentKindOf(found.kind), found.id, {}, {}};
}

int FoundDocumentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int FoundDocumentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FoundDocumentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& found = m_documents.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == Amount ? Qt::AlignRight | Qt::AlignVCenter
                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Kind:
        return documentKindName(documentKindOf(found.kind));
    case Number:
        return found.number;
    case Date:
        return found.date.toString(QStringLiteral("dd-MM-yyyy"));
    case Resident:
        return found.residentName;
    case Amount:
        return rupees(found.amount);
    case Status:
        if (found.status == QLatin1String("cancelled"))
            return tr("Cancelled");
        if (found.status == QLatin1String("reversed"))
            return tr("Reversed");
        return tr("Issued");
    default:
        return {};
    }
}

QVariant FoundDocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Document");
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Resident:
        return tr("Resident");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace rentflow::ui
