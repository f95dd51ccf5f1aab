#pragma once

#include "InventoryTreeModel.h"

#include <common/Screen.h>
#include <inventory/InventoryList.h>
#include <payments/BedBoard.h>

#include <QDate>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTreeView;

namespace rentflow::ui {
struct AppContext;
class DateField;
} // namespace rentflow::ui

namespace rentflow::ui::inventory {

class BedBoardFilter;
class BedBoardModel;
class BedBoardView;

// "Beds" (Alt+2): one property at a time (the chooser), its floors, rooms, beds and
// meters in a tree, and the bed board: every bed a tile coloured by its state with the
// resident and their dues, filtered by floor, sharing and "vacant from". Properties,
// rooms, beds and meters are added and edited here through the models' operations
// (PropertyRepository, RoomSetup, BedRepository, MeterRepository); a vacant bed's
// check-in and an occupant's profile are one Enter away.
class InventoryScreen : public Screen
{
    Q_OBJECT
public:
    InventoryScreen(AppContext& context, QWidget* parent = nullptr);

    void activate() override;
    bool openRecord(const RecordRef& record) override;

    // The chosen property's id; empty when there is none.
    QString propertyId() const;
    // Reads the properties and the chosen one's beds and meters again.
    void reload();
    // The tile of that bed, as the board shows it (filters apply); none when hidden.
    QModelIndex boardIndexOf(const QString& bedId) const;

    // The day the board is drawn for (who is on a bed, when it comes free); invalid, the
    // default: the PC's today.
    void setToday(const QDate& today) { m_today = today; }
    // How a vacant bed's check-in starts: stays::checkIn unless replaced (tests).
    using CheckInAction = std::function<bool(QWidget* parent, const QString& bedId)>;
    void setCheckInAction(CheckInAction action) { m_checkIn = std::move(action); }

    BedBoardView* board() const { return m_board; }
    BedBoardFilter* filter() const { return m_filter; }

private:
    void createActions();
    QWidget* createHeader();
    QWidget* createFilters();
    QWidget* createLegend();
    void reloadProperties(const QString& choose);
    void reloadProperty();
    void fillFilterChoices();
    void showBoardError(const QString& message);
    void updateSummary();
    void updateActions();
    void choose(const QString& propertyId);
    void selectBed(const QString& bedId);
    void selectTreeNode(InventoryTreeModel::NodeKind kind, const QString& id);
    // The tile selected on the board (or the bed selected in the tree), if any.
    const BedBoard::Tile* currentTile() const;
    void boardActivated(const QModelIndex& index);
    void treeActivated(const QModelIndex& index);
    void boardMenu(const QPoint& position);
    void addProperty();
    void editProperty();
    void addRoom();
    void addMeter();
    void editSelected();
    void editBed(const BedBoard::Tile& tile);
    void editMeter(const QString& meterId, const QString& title);
    void checkIn();
    void openResident();
    void toggleMaintenance();
    void addBed();
    void removeBed();
    // The room of the selected tile, or of the room or bed selected in the tree.
    QString currentRoomId() const;
    void applyVacantFrom();

    AppContext& m_context;
    QList<InventoryList::PropertyRow> m_properties;
    QList<InventoryList::RoomRow> m_rooms;
    BedBoardModel* m_model;
    BedBoardFilter* m_filter;
    InventoryTreeModel* m_tree;
    QComboBox* m_propertyChooser = nullptr;
    QLabel* m_propertySummary = nullptr;
    QComboBox* m_floorFilter = nullptr;
    QComboBox* m_sharingFilter = nullptr;
    QCheckBox* m_vacantFromCheck = nullptr;
    DateField* m_vacantFromDate = nullptr;
    QStackedWidget* m_boardStack = nullptr;
    BedBoardView* m_board = nullptr;
    QLabel* m_boardError = nullptr;
    QLabel* m_summary = nullptr;
    QTreeView* m_treeView = nullptr;
    QAction* m_addPropertyAction = nullptr;
    QAction* m_editPropertyAction = nullptr;
    QAction* m_addRoomAction = nullptr;
    QAction* m_addMeterAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_checkInAction = nullptr;
    QAction* m_openResidentAction = nullptr;
    QAction* m_maintenanceAction = nullptr;
    QAction* m_addBedAction = nullptr;
    QAction* m_removeBedAction = nullptr;
    QAction* m_reloadAction = nullptr;
    QDate m_today;
    CheckInAction m_checkIn;
    bool m_syncing = false;
    bool m_loading = false;
};

} // namespace rentflow::ui::inventory
