#include "DocumentSearchPanel.h"

#include "DocumentPreviewDialog.h"
#include "FoundDocumentsModel.h"

#include <common/AppContext.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rentflow::ui {

DocumentSearchPanel::DocumentSearchPanel(AppContext& context, QWidget* parent)
    : QGroupBox(tr("Find a document"), parent), m_context(context),
      m_model(new FoundDocumentsModel(this)), m_number(new QLineEdit(this)),
      m_message(new QLabel(this)), m_results(new QTableView(this))
{
    setObjectName(QStringLiteral("documentSearchPanel"));
    m_number->setObjectName(QStringLiteral("documentNumberLineEdit"));
    m_number->setPlaceholderText(tr("Number of an invoice, receipt, note or settlement"));
    m_number->setClearButtonEnabled(true);
    auto* label = new QLabel(tr("N&umber:"), this);
    label->setBuddy(m_number);
    auto* find = new QPushButton(tr("&Find"), this);
    find->setObjectName(QStringLiteral("findDocumentButton"));
    m_message->setObjectName(QStringLiteral("documentSearchMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Type a document's number, or part of it, and press Enter."));

    m_results->setObjectName(QStringLiteral("foundDocumentsView"));
    m_results->setModel(m_model);
    m_results->setAlternatingRowColors(true);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    // The resident's name takes what is left; the rest are as wide as their contents need.
    QHeaderView* header = m_results->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FoundDocumentsModel::Resident, QHeaderView::Stretch);

    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_number, 1);
    row->addWidget(find);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);

    connect(m_number, &QLineEdit::returnPressed, this, [this] { search(m_number->text()); });
    connect(find, &QPushButton::clicked, this, [this] { search(m_number->text()); });
    connect(m_results, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
}

bool DocumentSearchPanel::search(const QString& text)
{
    m_message->setStyleSheet(QString());
    const auto found = DocumentFinder(m_context.store()).find(text);
    if (!found) {
        // A failed read is an error, never "nothing found"; the typed text stays.
        m_model->setDocuments({});
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(found.error().fields.isEmpty()
                               ? tr("Could not search the documents: %1").arg(found.error().message)
                               : tr("Number %1").arg(found.error().fields.first().message));
        m_number->setFocus();
        return false;
    }
    m_model->setDocuments(found.value());
    if (found.value().isEmpty()) {
        m_message->setText(tr("No document has a number with \"%1\" in it.").arg(text.trimmed()));
        return true;
    }
    m_message->setText(tr("%n document(s) found. Enter or double-click opens one.", nullptr,
                          int(found.value().size())));
    m_results->setCurrentIndex(m_model->index(0, 0));
    m_results->setFocus();
    return true;
}

void DocumentSearchPanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    DocumentPreviewDialog::open(m_context, m_model->document(row), window());
}

} // namespace rentflow::ui
