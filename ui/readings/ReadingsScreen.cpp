#include "ReadingsScreen.h"

#include "ReadingKindDelegate.h"
#include "ReadingsGridModel.h"

#include <common/AppContext.h>
#include <common/DateField.h>
#include <inventory/InventoryList.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rentflow::ui {

ReadingsScreen::ReadingsScreen(AppContext& context, QWidget* parent)
    : Screen(parent), m_context(context), m_model(new ReadingsGridModel(context.store(), this)),
      m_property(new QComboBox(this)), m_date(new DateField(this)), m_summary(new QLabel(this)),
      m_problem(new QLabel(this)), m_empty(new QLabel(this)), m_pages(new QStackedWidget(this)),
      m_grid(new QTableView(this))
{
    setObjectName(QStringLiteral("readingsScreen"));
    m_property->setObjectName(QStringLiteral("propertyComboBox"));
    m_property->setMinimumContentsLength(24);
    m_date->setObjectName(QStringLiteral("readingDateField"));
    m_date->setMaximumDate(QDate::currentDate()); // a reading is never taken in the future
    m_summary->setObjectName(QStringLiteral("readingsSummaryLabel"));
    m_problem->setObjectName(QStringLiteral("readingsProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_empty->setObjectName(QStringLiteral("readingsEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto* title = new QLabel(tr("Meter readings"), this);
    QFont heading = title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    title->setFont(heading);

    auto* propertyLabel = new QLabel(tr("&Property:"), this);
    propertyLabel->setBuddy(m_property);
    auto* dateLabel = new QLabel(tr("Readings &taken on:"), this);
    dateLabel->setBuddy(m_date);
    auto* bar = new QHBoxLayout;
    bar->addWidget(propertyLabel);
    bar->addWidget(m_property);
    bar->addSpacing(24);
    bar->addWidget(dateLabel);
    bar->addWidget(m_date);
    bar->addStretch(1);

    m_grid->setObjectName(QStringLiteral("readingsGrid"));
    m_grid->setModel(m_model);
    m_grid->setAlternatingRowColors(true);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                            QAbstractItemView::EditKeyPressed);
    m_grid->setItemDelegateForColumn(ReadingsGridModel::ReadingKind,
                                     new ReadingKindDelegate(m_grid));
    m_grid->verticalHeader()->hide();
    m_grid->setWordWrap(false);
    QHeaderView* header = m_grid->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int widths[] = {10, 8, 8, 7, 7, 8, 8, 6};
    for (int column = 0; column < ReadingsGridModel::Status; ++column)
        m_grid->setColumnWidth(column, widths[column] * em);

    m_pages->addWidget(m_grid);
    m_pages->addWidget(m_empty);

    auto* hint = new QLabel(tr("Type each meter's value in Current and press Enter: it is saved at "
                               "once and the next meter comes up. Change Kind for a meter that "
                               "rolled over or was replaced."),
                            this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("readingsHintLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_summary);

    context.guard.guard(m_grid, Permission::EnterReadings);
    connect(m_property, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate date) {
        m_model->setDate(date);
        reload();
    });
    connect(m_model, &ReadingsGridModel::rowSaved, this, &ReadingsScreen::afterSave);
    connect(m_grid, &QTableView::activated, this, &ReadingsScreen::enterOnRow);
    setTabOrder(m_property, m_date);
    setTabOrder(m_date, m_grid);
    m_model->setDate(m_date->date());
    loadProperties();
}

void ReadingsScreen::activate()
{
    // The office may leave the window open over midnight: today moves on.
    const bool wasToday = m_date->date() == m_date->maximumDate();
    m_date->setMaximumDate(QDate::currentDate());
    if (wasToday)
        m_date->setDate(QDate::currentDate());
    loadProperties();
}

void ReadingsScreen::loadProperties()
{
    const QString chosen = m_property->currentData().toString();
    auto properties = InventoryList(m_context.store()).properties();
    if (!properties) {
        showError(tr("Could not read the properties: %1").arg(properties.error().message));
        return;
    }
    {
        const QSignalBlocker blocker(m_property);
        m_property->clear();
        for (const auto& property : properties.value())
            m_property->addItem(property.name, property.id);
        const int index = m_property->findData(chosen);
        m_property->setCurrentIndex(index >= 0 ? index : 0);
    }
    reload();
}

void ReadingsScreen::reload()
{
    m_problem->hide();
    if (m_property->count() == 0) {
        m_empty->setText(tr("No properties yet — add your property and its rooms on the Beds "
                            "screen (Alt+2), then its meters."));
        m_pages->setCurrentWidget(m_empty);
        m_summary->clear();
        return;
    }
    const auto loaded = m_model->load(m_property->currentData().toString());
    if (!loaded) {
        showError(tr("Could not read the meters: %1").arg(loaded.error().message));
        return;
    }
    if (m_model->rowCount() == 0) {
        m_empty->setText(tr("No meters in this property — add them on the Beds screen (Alt+2)."));
        m_pages->setCurrentWidget(m_empty);
        m_summary->clear();
        return;
    }
    m_pages->setCurrentWidget(m_grid);
    m_summary->setText(tr("%n meter(s)", nullptr, m_model->rowCount()));
    const QModelIndex first = m_model->index(0, ReadingsGridModel::Current);
    m_grid->setCurrentIndex(first);
}

void ReadingsScreen::showError(const QString& message)
{
    // A failed read is an error, never an empty grid.
    m_problem->setText(message);
    m_problem->show();
    m_empty->setText(tr("The meters could not be shown."));
    m_pages->setCurrentWidget(m_empty);
}

void ReadingsScreen::afterSave(int row, bool recorded)
{
    int saved = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        saved += m_model->state(i) == ReadingsGridModel::State::Saved ? 1 : 0;
    m_summary->setText(tr("%1 of %n meter(s) read", nullptr, m_model->rowCount()).arg(saved));
    // Move on only when this row is done; a refusal keeps the cursor on its value.
    const int next = recorded && row + 1 < m_model->rowCount() ? row + 1 : row;
    QMetaObject::invokeMethod(
        this,
        [this, next] {
            m_grid->setCurrentIndex(m_model->index(next, ReadingsGridModel::Current));
            m_grid->setFocus();
        },
        Qt::QueuedConnection);
}

void ReadingsScreen::enterOnRow(const QModelIndex& index)
{
    // Enter on a row (not editing): save what is typed there; on a flagged value, confirm it.
    const int row = index.row();
    const auto state = m_model->state(row);
    if (state == ReadingsGridModel::State::Pending ||
        state == ReadingsGridModel::State::NeedsConfirm)
        m_model->save(row, state == ReadingsGridModel::State::NeedsConfirm);
}

} // namespace rentflow::ui
