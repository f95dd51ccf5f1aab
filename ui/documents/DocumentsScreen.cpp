#include "DocumentsScreen.h"

#include "DocumentSearchPanel.h"
#include "ExportPanel.h"
#include "InvoiceBatchPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QVBoxLayout>

namespace rentflow::ui {

DocumentsScreen::DocumentsScreen(AppContext& context, QWidget* parent)
    : Screen(parent), m_search(new DocumentSearchPanel(context, this)),
      m_batch(new InvoiceBatchPanel(context, this)), m_exports(new ExportPanel(context, this))
{
    setObjectName(QStringLiteral("documentsScreen"));
    auto* title = new QLabel(tr("Documents"), this);
    QFont heading = title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    title->setFont(heading);

    auto* right = new QVBoxLayout;
    right->addWidget(m_batch);
    right->addWidget(m_exports);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addWidget(m_search, 3);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns, 1);
    auto* find = new QShortcut(QKeySequence::Find, this); // Ctrl+F: to the number field
    connect(find, &QShortcut::activated, this, [this] {
        m_search->numberField()->setFocus();
        m_search->numberField()->selectAll();
    });
}

void DocumentsScreen::activate()
{
    m_search->numberField()->setFocus();
}

} // namespace rentflow::ui
