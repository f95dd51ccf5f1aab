#include "OverviewPage.h"

#include "PropertiesModel.h"

#include <common/AppContext.h>
#include <inventory/InventoryList.h>
#include <organisation/OrganisationRepository.h>
#include <search/WorkspaceSummary.h>
#include <store/Store.h>

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace rentflow::ui {

OverviewPage::OverviewPage(AppContext& context, QWidget* parent)
    : Screen(parent), m_store(context.store())
{
    setObjectName(QStringLiteral("overviewPage"));
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("headingLabel"));
    QFont headingFont = m_headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setTextFormat(Qt::PlainText);
    QFont countsFont = m_countsLabel->font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.15);
    m_countsLabel->setFont(countsFont);

    m_propertiesModel = new PropertiesModel(this);
    m_propertiesTableView = new QTableView(this);
    m_propertiesTableView->setObjectName(QStringLiteral("propertiesTableView"));
    m_propertiesTableView->setModel(m_propertiesModel);
    m_propertiesTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_propertiesTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_propertiesTableView->setAlternatingRowColors(true);
    m_propertiesTableView->setShowGrid(false);
    m_propertiesTableView->verticalHeader()->hide();
    QHeaderView* header = m_propertiesTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PropertiesModel::NameColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_propertiesStateLabel = new QLabel(this);
    m_propertiesStateLabel->setObjectName(QStringLiteral("propertiesStateLabel"));
    m_propertiesStateLabel->setWordWrap(true);
    m_propertiesStateLabel->hide();

    auto* propertiesLabel = new QLabel(tr("&Properties"), this);
    QFont sectionFont = propertiesLabel->font();
    sectionFont.setBold(true);
    propertiesLabel->setFont(sectionFont);
    propertiesLabel->setBuddy(m_propertiesTableView);
    auto* hint = new QLabel(tr("Ctrl+K finds any resident, bed, room or invoice. F1 lists "
                               "every keyboard shortcut."),
                            this);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_countsLabel);
    layout->addSpacing(16);
    layout->addWidget(propertiesLabel);
    layout->addWidget(m_propertiesStateLabel);
    // As tall as its rows (a few properties do not leave a big empty box), scrolling when many.
    m_propertiesTableView->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_propertiesTableView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    layout->addWidget(m_propertiesTableView);
    layout->addWidget(hint);
    layout->addStretch(1);
    refresh();
}

void OverviewPage::refresh()
{
    const auto org = OrganisationRepository(m_store).current();
    m_headingLabel->setText(!org          ? org.error().message
                            : org.value() ? org.value()->name
                                          : tr("(no organisation)"));

    const auto counts = WorkspaceSummary(m_store).counts();
    if (counts) {
        const WorkspaceSummary::Counts& c = counts.value();
        m_countsLabel->setText(
            tr("Properties: %1    Rooms: %2    Beds: %3 (%4 vacant)    Residents: %5 (%6 "
               "staying)")
                .arg(c.properties)
                .arg(c.rooms)
                .arg(c.beds)
                .arg(c.vacantBeds)
                .arg(c.residents)
                .arg(c.staying));
    } else {
        const QString unreadable = tr("(cannot read)");
        m_countsLabel->setText(tr("Properties: %1    Rooms: %1    Beds: %1    Residents: %1\n%2")
                                   .arg(unreadable, counts.error().message));
    }

    const auto properties = InventoryList(m_store).properties();
    m_propertiesModel->setRows(properties ? properties.value()
                                          : QList<InventoryList::PropertyRow>());
    m_propertiesStateLabel->setStyleSheet(properties ? QString()
                                                     : QStringLiteral("color: #b3261e;"));
    if (!properties)
        m_propertiesStateLabel->setText(
            tr("The properties cannot be read: %1").arg(properties.error().message));
    else if (properties.value().isEmpty())
        m_propertiesStateLabel->setText(
            tr("No properties yet — add your first one on the Beds screen."));
    m_propertiesStateLabel->setVisible(!properties || properties.value().isEmpty());
    m_propertiesTableView->setVisible(properties && !properties.value().isEmpty());
}

} // namespace rentflow::ui
