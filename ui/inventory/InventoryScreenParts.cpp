// The Beds screen's parts: its actions (each with its shortcut, guarded by the permission
// check), the header with the property chooser, the filters and the colour legend.
#include "InventoryScreen.h"

#include "BedBoardModel.h"
#include "BedBoardView.h"
#include "BedStatus.h"

#include <common/AppContext.h>
#include <common/DateField.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTreeView>

namespace rentflow::ui::inventory {

namespace {

using NodeKind = InventoryTreeModel::NodeKind;

QPushButton* actionButton(QAction* action, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(action->text(), parent);
    button->setObjectName(objectName);
    button->setToolTip(action->toolTip() + QStringLiteral(" (") +
                       action->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(")"));
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, button,
                     [button, action] { button->setEnabled(action->isEnabled()); });
    button->setEnabled(action->isEnabled());
    return button;
}

} // namespace

void InventoryScreen::createActions()
{
    const auto make = [this](const QString& text, const QString& tip, const QKeySequence& keys,
                             Permission permission, void (InventoryScreen::*slot)()) {
        auto* action = new QAction(text, this);
        action->setToolTip(tip);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_context.guard.guard(action, permission);
        return action;
    };
    m_addPropertyAction =
        make(tr("&New property…"), tr("Add a property"), QKeySequence(tr("Ctrl+Shift+P")),
             Permission::ManageInventory, &InventoryScreen::addProperty);
    m_editPropertyAction = make(tr("Edit propert&y…"), tr("Edit the chosen property"),
                                QKeySequence(tr("Ctrl+Shift+E")), Permission::ManageInventory,
                                &InventoryScreen::editProperty);
    m_addRoomAction =
        make(tr("Add &room…"), tr("Add a room with its beds"), QKeySequence(tr("Ctrl+Shift+R")),
             Permission::ManageInventory, &InventoryScreen::addRoom);
    m_addMeterAction =
        make(tr("Add &meter…"), tr("Add an electricity meter"), QKeySequence(tr("Ctrl+Shift+M")),
             Permission::ManageInventory, &InventoryScreen::addMeter);
    m_editAction =
        make(tr("&Edit…"), tr("Edit the selected bed or meter"), QKeySequence(tr("Ctrl+E")),
             Permission::ManageInventory, &InventoryScreen::editSelected);
    m_checkInAction =
        make(tr("Check &in…"), tr("Check a resident in to the selected vacant bed"),
             QKeySequence(tr("Ctrl+N")), Permission::ManageStays, &InventoryScreen::checkIn);
    // Enter on the tile opens the resident too; no shortcut of its own (Ctrl+O may be the
    // window's).
    m_openResidentAction =
        make(tr("&Open resident"), tr("Open the resident of the selected bed"), QKeySequence(),
             Permission::ManageResidents, &InventoryScreen::openResident);
    // Opening a profile changes nothing: it is always allowed.
    m_openResidentAction->setEnabled(true);
    m_maintenanceAction = make(tr("Under &maintenance"),
                               tr("Take the selected vacant bed out of letting, or give it back"),
                               QKeySequence(tr("Ctrl+M")), Permission::ManageInventory,
                               &InventoryScreen::toggleMaintenance);
    m_maintenanceAction->setCheckable(true);
    m_addBedAction =
        make(tr("Add a &bed to the room…"),
             tr("One more bed in the selected room (its sharing goes up)"),
             QKeySequence(tr("Ctrl+B")), Permission::ManageInventory, &InventoryScreen::addBed);
    m_removeBedAction =
        make(tr("Remo&ve bed…"),
             tr("Take out the selected bed, if it was never let (its room's "
                "sharing goes down)"),
             QKeySequence(), Permission::ManageInventory, &InventoryScreen::removeBed);
    // F5 is the window's Go ▸ Refresh, which re-reads the screen shown (activate()).
    m_reloadAction = make(tr("Re&load"), tr("Read the beds again (F5)"), QKeySequence(),
                          Permission::PrintDocuments, &InventoryScreen::reload);
    m_reloadAction->setEnabled(true);
    m_addPropertyAction->setObjectName(QStringLiteral("addPropertyAction"));
    m_editPropertyAction->setObjectName(QStringLiteral("editPropertyAction"));
    m_addRoomAction->setObjectName(QStringLiteral("addRoomAction"));
    m_addMeterAction->setObjectName(QStringLiteral("addMeterAction"));
    m_editAction->setObjectName(QStringLiteral("editAction"));
    m_checkInAction->setObjectName(QStringLiteral("checkInAction"));
    m_openResidentAction->setObjectName(QStringLiteral("openResidentAction"));
    m_maintenanceAction->setObjectName(QStringLiteral("maintenanceAction"));
    m_addBedAction->setObjectName(QStringLiteral("addBedAction"));
    m_removeBedAction->setObjectName(QStringLiteral("removeBedAction"));
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
}

QWidget* InventoryScreen::createHeader()
{
    auto* header = new QWidget(this);
    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Pr&operty:"), header);
    m_propertyChooser = new QComboBox(header);
    m_propertyChooser->setObjectName(QStringLiteral("propertyChooser"));
    m_propertyChooser->setMinimumContentsLength(24);
    m_propertyChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_propertyChooser);
    connect(m_propertyChooser, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            reloadProperty();
    });
    m_propertySummary = new QLabel(header);
    m_propertySummary->setObjectName(QStringLiteral("propertySummaryLabel"));
    m_propertySummary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(label);
    layout->addWidget(m_propertyChooser);
    layout->addWidget(m_propertySummary, 1);
    layout->addWidget(
        actionButton(m_addPropertyAction, QStringLiteral("addPropertyButton"), header));
    layout->addWidget(
        actionButton(m_editPropertyAction, QStringLiteral("editPropertyButton"), header));
    layout->addWidget(actionButton(m_addRoomAction, QStringLiteral("addRoomButton"), header));
    layout->addWidget(actionButton(m_addMeterAction, QStringLiteral("addMeterButton"), header));
    return header;
}

QWidget* InventoryScreen::createFilters()
{
    auto* filters = new QWidget(this);
    auto* layout = new QHBoxLayout(filters);
    layout->setContentsMargins(0, 0, 0, 0);
    m_floorFilter = new QComboBox(filters);
    m_floorFilter->setObjectName(QStringLiteral("floorFilter"));
    m_floorFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* floorLabel = new QLabel(tr("&Floor:"), filters);
    floorLabel->setBuddy(m_floorFilter);
    connect(m_floorFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_filter->setFloor(m_floorFilter->currentData().toString());
        updateSummary();
    });
    m_sharingFilter = new QComboBox(filters);
    m_sharingFilter->setObjectName(QStringLiteral("sharingFilter"));
    m_sharingFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* sharingLabel = new QLabel(tr("S&haring:"), filters);
    sharingLabel->setBuddy(m_sharingFilter);
    connect(m_sharingFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        m_filter->setSharing(m_sharingFilter->currentData().toInt());
        updateSummary();
    });
    m_vacantFromCheck = new QCheckBox(tr("&Vacant from:"), filters);
    m_vacantFromCheck->setObjectName(QStringLiteral("vacantFromCheck"));
    m_vacantFromCheck->setToolTip(
        tr("Only beds free to let on this day: vacant ones, and those whose resident leaves "
           "before it"));
    m_vacantFromDate = new DateField(filters);
    m_vacantFromDate->setObjectName(QStringLiteral("vacantFromDate"));
    m_vacantFromDate->setEnabled(false);
    connect(m_vacantFromCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_vacantFromDate->setEnabled(on);
        applyVacantFrom();
    });
    connect(m_vacantFromDate, &QDateEdit::dateChanged, this, &InventoryScreen::applyVacantFrom);
    m_summary = new QLabel(filters);
    m_summary->setObjectName(QStringLiteral("boardSummaryLabel"));
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(floorLabel);
    layout->addWidget(m_floorFilter);
    layout->addSpacing(12);
    layout->addWidget(sharingLabel);
    layout->addWidget(m_sharingFilter);
    layout->addSpacing(12);
    layout->addWidget(m_vacantFromCheck);
    layout->addWidget(m_vacantFromDate);
    layout->addWidget(m_summary, 1);
    return filters;
}

QWidget* InventoryScreen::createLegend()
{
    auto* legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("legend"));
    auto* layout = new QHBoxLayout(legend);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const BedStatus& status : bedStatuses()) {
        QPixmap swatch(14, 14);
        swatch.fill(Qt::transparent);
        QPainter painter(&swatch);
        painter.setBrush(status.fill);
        painter.setPen(QPen(status.edge, 2));
        painter.drawRect(1, 1, 12, 12);
        painter.end();
        auto* icon = new QLabel(legend);
        icon->setPixmap(swatch);
        auto* text = new QLabel(status.text, legend);
        text->setObjectName(status.key + QStringLiteral("LegendLabel"));
        layout->addWidget(icon);
        layout->addWidget(text);
        layout->addSpacing(10);
    }
    auto* hint =
        new QLabel(tr("Enter or double-click: check in to a vacant bed, or open its resident · "
                      "Menu key: the bed's actions"),
                   legend);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true); // on a narrow screen it takes two lines, not the window's width
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addStretch(1);
    layout->addWidget(hint);
    return legend;
}

} // namespace rentflow::ui::inventory
