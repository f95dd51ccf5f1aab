#include "InventoryScreen.h"

#include "AddBedDialog.h"
#include "BedBoardModel.h"
#include "BedBoardView.h"
#include "BedDialog.h"
#include "BedStatus.h"
#include "BedTileDelegate.h"
#include "MeterDialog.h"
#include "PropertyDialog.h"
#include "RoomDialog.h"

#include <common/AppContext.h>
#include <common/DateField.h>
#include <inventory/BedRepository.h>
#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>
#include <stays/StayActions.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <set>

namespace rentflow::ui::inventory {

using NodeKind = InventoryTreeModel::NodeKind;

InventoryScreen::InventoryScreen(AppContext& context, QWidget* parent)
    : Screen(parent), m_context(context), m_model(new BedBoardModel(this)),
      m_filter(new BedBoardFilter(this)), m_tree(new InventoryTreeModel(this))
{
    setObjectName(QStringLiteral("inventoryScreen"));
    m_checkIn = [this](QWidget* parent, const QString& bedId) {
        return stays::checkIn(m_context, parent, bedId);
    };
    m_filter->setSourceModel(m_model);
    createActions();

    m_board = new BedBoardView(this);
    m_board->setObjectName(QStringLiteral("bedBoard"));
    m_board->setItemDelegate(new BedTileDelegate(m_board));
    m_board->setModel(m_filter);
    m_board->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_board, &QAbstractItemView::activated, this, &InventoryScreen::boardActivated);
    connect(m_board, &QWidget::customContextMenuRequested, this, &InventoryScreen::boardMenu);
    connect(m_board->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                updateActions();
                if (m_syncing || !current.isValid())
                    return;
                m_syncing = true;
                selectTreeNode(NodeKind::Bed, current.data(BedBoardModel::BedIdRole).toString());
                m_syncing = false;
            });

    m_boardError = new QLabel(this);
    m_boardError->setObjectName(QStringLiteral("boardErrorLabel"));
    m_boardError->setWordWrap(true);
    m_boardError->setAlignment(Qt::AlignCenter);
    m_boardError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_boardStack = new QStackedWidget(this);
    m_boardStack->addWidget(m_board);
    m_boardStack->addWidget(m_boardError);

    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(QStringLiteral("structureTree"));
    m_treeView->setModel(m_tree);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_treeView->header()->setStretchLastSection(true);
    m_treeView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_treeView->addActions({m_editAction, m_addBedAction, m_addRoomAction, m_addMeterAction});
    connect(m_treeView, &QTreeView::activated, this, &InventoryScreen::treeActivated);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                updateActions();
                if (m_syncing || !current.isValid())
                    return;
                const auto kind = NodeKind(current.data(InventoryTreeModel::NodeKindRole).toInt());
                const QString id = current.data(InventoryTreeModel::IdRole).toString();
                m_syncing = true;
                if (kind == NodeKind::Bed) {
                    selectBed(id);
                } else if (kind == NodeKind::Room) {
                    for (const auto& tile : m_model->tiles())
                        if (tile.roomId == id) {
                            const QModelIndex index = boardIndexOf(tile.bedId);
                            if (index.isValid())
                                m_board->scrollTo(index, QAbstractItemView::PositionAtTop);
                            break;
                        }
                }
                m_syncing = false;
            });

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(createFilters());
    rightLayout->addWidget(m_boardStack, 1);
    rightLayout->addWidget(createLegend());

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("inventorySplitter"));
    splitter->addWidget(m_treeView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 1000});
    splitter->setChildrenCollapsible(false);
    m_treeView->setMinimumWidth(260);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(splitter, 1);

    setTabOrder(m_propertyChooser, m_floorFilter);
    setTabOrder(m_floorFilter, m_sharingFilter);
    setTabOrder(m_sharingFilter, m_vacantFromCheck);
    setTabOrder(m_vacantFromCheck, m_vacantFromDate);
    setTabOrder(m_vacantFromDate, m_board);
    setTabOrder(m_board, m_treeView);
    reload();
}

void InventoryScreen::activate()
{
    reload();
}

QString InventoryScreen::propertyId() const
{
    return m_propertyChooser->currentData().toString();
}

void InventoryScreen::reload()
{
    reloadProperties(propertyId());
}

void InventoryScreen::reloadProperties(const QString& choose)
{
    const auto properties = InventoryList(m_context.store()).properties();
    if (!properties) {
        m_properties.clear();
        m_loading = true;
        m_propertyChooser->clear();
        m_loading = false;
        showBoardError(tr("The properties could not be read: %1").arg(properties.error().message));
        return;
    }
    m_properties = properties.value();
    m_loading = true;
    m_propertyChooser->clear();
    for (const auto& property : std::as_const(m_properties))
        m_propertyChooser->addItem(property.name, property.id);
    const int chosen = m_propertyChooser->findData(choose);
    m_propertyChooser->setCurrentIndex(chosen >= 0 ? chosen : 0);
    m_loading = false;
    reloadProperty();
}

void InventoryScreen::reloadProperty()
{
    const QString id = propertyId();
    m_boardStack->setCurrentWidget(m_board);
    const QString selectedBed = m_board->currentIndex().data(BedBoardModel::BedIdRole).toString();
    if (id.isEmpty()) {
        m_model->setTiles({});
        m_tree->setStructure({}, {});
        m_rooms.clear();
        m_propertySummary->clear();
        m_board->setEmptyText(
            tr("No properties yet — add your first with New property (Ctrl+Shift+P)"));
        fillFilterChoices();
        updateSummary();
        updateActions();
        return;
    }
    const auto tiles =
        BedBoard(m_context.store()).read(id, m_today.isValid() ? m_today : QDate::currentDate());
    if (!tiles) {
        showBoardError(tr("The beds could not be read: %1").arg(tiles.error().message));
        return;
    }
    const auto meters = InventoryList(m_context.store()).meters(id);
    if (!meters) {
        showBoardError(tr("The meters could not be read: %1").arg(meters.error().message));
        return;
    }
    const auto rooms = InventoryList(m_context.store()).rooms(id);
    if (!rooms) {
        showBoardError(tr("The rooms could not be read: %1").arg(rooms.error().message));
        return;
    }
    m_rooms = rooms.value();
    m_model->setTiles(tiles.value());
    m_tree->setStructure(tiles.value(), meters.value());
    m_treeView->expandToDepth(0);
    m_board->setEmptyText(tiles.value().isEmpty()
                              ? tr("No rooms yet — Add room (Ctrl+Shift+R) adds a room with "
                                   "its beds")
                              : tr("No bed matches the filters — change or clear them above"));
    for (const auto& property : std::as_const(m_properties))
        if (property.id == id)
            m_propertySummary->setText(QStringList{property.city, inventory::rooms(property.rooms),
                                                   inventory::beds(property.beds)}
                                           .join(QStringLiteral(" · ")));
    fillFilterChoices();
    updateSummary();
    if (!selectedBed.isEmpty())
        selectBed(selectedBed);
    updateActions();
}

void InventoryScreen::showBoardError(const QString& message)
{
    m_model->setTiles({});
    m_tree->setStructure({}, {});
    m_boardError->setText(message + QStringLiteral("\n\n") +
                          tr("Nothing is shown rather than a wrong board. Press F5 to try "
                             "again; if it keeps failing, check the workspace from the File "
                             "menu."));
    m_boardStack->setCurrentWidget(m_boardError);
    m_summary->clear();
    updateActions();
}

void InventoryScreen::fillFilterChoices()
{
    const QString floor = m_filter->floor();
    const int sharing = m_filter->sharing();
    m_loading = true;
    m_floorFilter->clear();
    m_floorFilter->addItem(tr("All floors"), QString());
    m_sharingFilter->clear();
    m_sharingFilter->addItem(tr("Any sharing"), 0);
    std::set<int> sharings;
    QStringList floors;
    for (const auto& tile : m_model->tiles()) {
        if (!floors.contains(tile.floorName)) {
            floors << tile.floorName;
            m_floorFilter->addItem(BedBoardModel::floorTitle(tile.floorName), tile.floorName);
        }
        sharings.insert(tile.sharing);
    }
    for (const int beds : sharings)
        m_sharingFilter->addItem(tr("%n sharing", nullptr, beds), beds);
    const int floorIndex = m_floorFilter->findData(floor);
    const int sharingIndex = m_sharingFilter->findData(sharing);
    m_floorFilter->setCurrentIndex(qMax(0, floorIndex));
    m_sharingFilter->setCurrentIndex(qMax(0, sharingIndex));
    m_loading = false;
    m_filter->setFloor(m_floorFilter->currentData().toString());
    m_filter->setSharing(m_sharingFilter->currentData().toInt());
}

void InventoryScreen::applyVacantFrom()
{
    m_filter->setVacantFrom(m_vacantFromCheck->isChecked() ? m_vacantFromDate->date() : QDate());
    updateSummary();
}

void InventoryScreen::updateSummary()
{
    QMap<QString, int> counts;
    for (const auto& tile : m_model->tiles())
        ++counts[tile.status];
    QStringList parts;
    for (const BedStatus& status : bedStatuses())
        if (counts.value(status.key) > 0)
            parts
                << QStringLiteral("%1 %2").arg(counts.value(status.key)).arg(status.text.toLower());
    QString text = beds(int(m_model->tiles().size()));
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    if (m_filter->isFiltering())
        text += QStringLiteral(" · ") + tr("showing %n", nullptr, m_filter->rowCount());
    m_summary->setText(text);
}

const BedBoard::Tile* InventoryScreen::currentTile() const
{
    QString bedId = m_board->currentIndex().data(BedBoardModel::BedIdRole).toString();
    if (m_treeView->hasFocus()) {
        const QModelIndex node = m_treeView->currentIndex();
        if (NodeKind(node.data(InventoryTreeModel::NodeKindRole).toInt()) == NodeKind::Bed &&
            node.isValid())
            bedId = node.data(InventoryTreeModel::IdRole).toString();
    }
    const int row = m_model->rowOf(bedId);
    return row < 0 ? nullptr : &m_model->tiles().at(row);
}

void InventoryScreen::updateActions()
{
    const bool allowed = m_context.guard.allows(Permission::ManageInventory);
    const bool hasProperty = !propertyId().isEmpty();
    const BedBoard::Tile* tile = currentTile();
    m_editPropertyAction->setEnabled(allowed && hasProperty);
    m_addRoomAction->setEnabled(allowed && hasProperty);
    m_addMeterAction->setEnabled(allowed && hasProperty);
    const QModelIndex node = m_treeView->currentIndex();
    const bool meterNode =
        node.isValid() &&
        NodeKind(node.data(InventoryTreeModel::NodeKindRole).toInt()) == NodeKind::Meter;
    m_editAction->setEnabled(allowed && (tile || meterNode));
    m_checkInAction->setEnabled(m_context.guard.allows(Permission::ManageStays) && hasProperty &&
                                (!tile || tile->status == QLatin1String("vacant")));
    m_openResidentAction->setEnabled(tile && !tile->residentId.isEmpty());
    const bool toggles = tile && (tile->status == QLatin1String("vacant") ||
                                  tile->status == QLatin1String("maintenance"));
    m_maintenanceAction->setEnabled(allowed && toggles);
    m_maintenanceAction->setChecked(tile && tile->status == QLatin1String("maintenance"));
    m_addBedAction->setEnabled(allowed && !currentRoomId().isEmpty());
    m_removeBedAction->setEnabled(allowed && toggles && tile->sharing > 1);
}

QModelIndex InventoryScreen::boardIndexOf(const QString& bedId) const
{
    const int row = m_model->rowOf(bedId);
    if (row < 0)
        return {};
    return m_filter->mapFromSource(m_model->index(row));
}

void InventoryScreen::selectBed(const QString& bedId)
{
    QModelIndex index = boardIndexOf(bedId);
    if (!index.isValid() && m_model->rowOf(bedId) >= 0) {
        // Hidden by a filter: clear them so the bed asked for shows.
        m_vacantFromCheck->setChecked(false);
        m_floorFilter->setCurrentIndex(0);
        m_sharingFilter->setCurrentIndex(0);
        index = boardIndexOf(bedId);
    }
    if (!index.isValid())
        return;
    m_board->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_board->scrollTo(index);
}

void InventoryScreen::selectTreeNode(NodeKind kind, const QString& id)
{
    const QModelIndex node = m_tree->find(kind, id);
    if (!node.isValid())
        return;
    m_treeView->expand(node.parent());
    m_treeView->selectionModel()->setCurrentIndex(node, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
    m_treeView->scrollTo(node);
}

void InventoryScreen::choose(const QString& id)
{
    if (propertyId() != id || m_model->tiles().isEmpty())
        reloadProperties(id);
}

bool InventoryScreen::openRecord(const RecordRef& record)
{
    store::RecordKind kind;
    switch (record.kind) {
    case RecordRef::Kind::Property:
        kind = store::RecordKind::Property;
        break;
    case RecordRef::Kind::Room:
        kind = store::RecordKind::Room;
        break;
    case RecordRef::Kind::Bed:
        kind = store::RecordKind::Bed;
        break;
    case RecordRef::Kind::Meter:
        kind = store::RecordKind::Meter;
        break;
    default:
        return false;
    }
    const auto property = InventoryList(m_context.store()).propertyOf(kind, record.id);
    if (!property) {
        QMessageBox::warning(this, tr("Not found"), property.error().message);
        return false;
    }
    reloadProperties(property.value());
    switch (record.kind) {
    case RecordRef::Kind::Bed:
        selectBed(record.id);
        m_board->setFocus();
        break;
    case RecordRef::Kind::Room:
        selectTreeNode(NodeKind::Room, record.id);
        for (const auto& tile : m_model->tiles())
            if (tile.roomId == record.id) {
                selectBed(tile.bedId);
                break;
            }
        m_treeView->setFocus();
        break;
    case RecordRef::Kind::Meter:
        selectTreeNode(NodeKind::Meter, record.id);
        m_treeView->setFocus();
        break;
    default:
        m_propertyChooser->setFocus();
        break;
    }
    updateActions();
    return true;
}

void InventoryScreen::boardActivated(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QString residentId = index.data(BedBoardModel::ResidentIdRole).toString();
    const QString status = index.data(BedBoardModel::StatusRole).toString();
    if (!residentId.isEmpty()) {
        m_context.navigator.openRecord({RecordRef::Kind::Resident, residentId});
    } else if (status == QLatin1String("vacant")) {
        if (!m_context.guard.allows(Permission::ManageStays))
            return;
        if (m_checkIn(this, index.data(BedBoardModel::BedIdRole).toString()))
            reload();
    } else if (const BedBoard::Tile* tile = currentTile()) {
        editBed(*tile);
    }
}

void InventoryScreen::treeActivated(const QModelIndex& index)
{
    const auto kind = NodeKind(index.data(InventoryTreeModel::NodeKindRole).toInt());
    const QString id = index.data(InventoryTreeModel::IdRole).toString();
    if (kind == NodeKind::Bed) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            editBed(m_model->tiles().at(row));
    } else if (kind == NodeKind::Meter) {
        editMeter(id, index.siblingAtColumn(0).data().toString());
    } else {
        m_treeView->setExpanded(index, !m_treeView->isExpanded(index));
    }
}

void InventoryScreen::boardMenu(const QPoint& position)
{
    QModelIndex index = m_board->indexAt(position);
    if (!index.isValid())
        index = m_board->currentIndex(); // the Menu key: the tile with the focus
    if (!index.isValid())
        return;
    m_board->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    updateActions();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("bedMenu"));
    menu.addAction(m_checkInAction);
    menu.addAction(m_openResidentAction);
    menu.addSeparator();
    menu.addAction(m_maintenanceAction);
    menu.addAction(m_editAction);
    menu.addSeparator();
    menu.addAction(m_addBedAction);
    menu.addAction(m_removeBedAction);
    const QRect tile = m_board->visualRect(index);
    menu.exec(m_board->viewport()->mapToGlobal(
        m_board->indexAt(position).isValid() ? position : tile.center()));
}

} // namespace rentflow::ui::inventory
