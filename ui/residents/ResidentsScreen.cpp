#include "ResidentsScreen.h"

#include "NewResidentDialog.h"
#include "ResidentListModel.h"
#include "ResidentProfile.h"

#include <common/AppContext.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rentflow::ui {

namespace {
constexpr int kSearchDelayMs = 250; // typing pauses this long before the list is read again
}

ResidentsScreen::ResidentsScreen(AppContext& context, QWidget* parent)
    : Screen(parent), m_context(context)
{
    setObjectName(QStringLiteral("residentsScreen"));
    m_model = new ResidentListModel(context.store(), this);

    auto* listPage = new QWidget(this);
    m_search = new QLineEdit(listPage);
    m_search->setObjectName(QStringLiteral("residentSearchEdit"));
    m_search->setPlaceholderText(tr("Search by name, phone, room or bed (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_filter = new QComboBox(listPage);
    m_filter->setObjectName(QStringLiteral("residentFilterCombo"));
    m_filter->addItem(tr("All residents"), AllResidents);
    m_filter->addItem(tr("Staying now"), StayingNow);
    m_filter->addItem(tr("With dues"), WithDues);
    auto* filterLabel = new QLabel(tr("S&how:"), listPage);
    filterLabel->setBuddy(m_filter);
    auto* add = new QPushButton(tr("&New resident…"), listPage);
    add->setObjectName(QStringLiteral("newResidentButton"));
    add->setToolTip(tr("Ctrl+N"));
    context.guard.guard(add, Permission::ManageResidents);
    m_count = new QLabel(listPage);
    m_count->setObjectName(QStringLiteral("residentCountLabel"));
    m_count->setMinimumWidth(
        m_count->fontMetrics().horizontalAdvance(tr("20,000 of 20,000 shown")));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 3);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addWidget(add);

    m_error = new QLabel(listPage);
    m_error->setObjectName(QStringLiteral("residentListErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_empty = new QLabel(listPage);
    m_empty->setObjectName(QStringLiteral("residentEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setVisible(false);

    m_table = new QTableView(listPage);
    m_table->setObjectName(QStringLiteral("residentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false); // always in name order, as read
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ResidentListModel::Name, QHeaderView::Stretch);
    header->resizeSection(ResidentListModel::Phone, 150);
    header->resizeSection(ResidentListModel::Bed, 90);
    header->resizeSection(ResidentListModel::Property, 220);
    header->resizeSection(ResidentListModel::Stay, 110);
    header->resizeSection(ResidentListModel::Balance, 150);
    m_table->setToolTip(tr("Enter or double-click: open the profile"));

    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_error);
    listLayout->addWidget(m_empty, 1);
    listLayout->addWidget(m_table, 1);

    m_profile = new ResidentProfile(context, this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_profile);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ResidentsScreen::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            applyFilter();
        }
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
            m_table->selectRow(0);
        }
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ResidentsScreen::applyFilter);
    connect(add, &QPushButton::clicked, this, &ResidentsScreen::addResident);
    connect(m_table, &QTableView::activated, this, &ResidentsScreen::openRow);
    connect(m_table, &QTableView::doubleClicked, this, &ResidentsScreen::openRow);
    connect(m_model, &ResidentListModel::rowsInserted, this, &ResidentsScreen::updateCount);
    connect(m_model, &ResidentListModel::readFailed, this, [this](const QString& message) {
        m_error->setText(tr("The residents could not be read: %1").arg(message));
        m_error->setVisible(true);
    });
    connect(m_profile, &ResidentProfile::backRequested, this, &ResidentsScreen::showList);
    connect(m_profile, &ResidentProfile::residentChanged, this, [this] { m_model->reload(); });

    auto* find = new QShortcut(QKeySequence::Find, listPage);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, add, &QPushButton::click);
    setFocusProxy(m_search);
}

void ResidentsScreen::activate()
{
    if (isShowingProfile())
        m_profile->refresh();
    applyFilter();
}

void ResidentsScreen::applyFilter()
{
    ResidentList::Filter filter;
    filter.search = m_search->text();
    const int choice = m_filter->currentData().toInt();
    filter.activeOnly = choice == StayingNow;
    filter.withDuesOnly = choice == WithDues;
    m_error->setVisible(false);
    m_model->setFilter(filter);
    updateCount();
}

void ResidentsScreen::updateCount()
{
    const bool failed = !m_model->error().isEmpty();
    const QLocale locale;
    const int total = m_model->total();
    const int shown = m_model->rowCount();
    if (failed)
        m_count->clear();
    else if (total < 0 && m_model->canFetchMore())
        m_count->setText(tr("%1 shown, more below").arg(locale.toString(shown)));
    else if (total >= 0 && shown < total)
        m_count->setText(tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));
    else
        m_count->setText(shown == 1 ? tr("1 resident")
                                    : tr("%1 residents").arg(locale.toString(shown)));
    const bool empty = !failed && shown == 0;
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_filter->currentIndex() != 0;
    m_empty->setText(filtered
                         ? tr("No resident matches — clear the search or choose All residents.")
                         : tr("No residents yet — add one with New resident (Ctrl+N), or check "
                              "someone in from the bed board."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty && !failed);
}

void ResidentsScreen::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    openRecord({RecordRef::Kind::Resident, m_model->residentId(index.row())});
}

bool ResidentsScreen::openRecord(const RecordRef& record)
{
    if (record.kind != RecordRef::Kind::Resident)
        return false;
    if (!m_profile->showResident(record.id) && m_profile->residentId() != record.id)
        return false; // the user kept the profile with unsaved changes open
    m_stack->setCurrentWidget(m_profile);
    return true;
}

void ResidentsScreen::showList()
{
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

bool ResidentsScreen::isShowingProfile() const
{
    return m_stack->currentWidget() == m_profile;
}

void ResidentsScreen::addResident()
{
    NewResidentDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyFilter();
    openRecord({RecordRef::Kind::Resident, dialog.residentId()});
}

} // namespace rentflow::ui
