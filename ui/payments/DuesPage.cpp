#include "DuesPage.h"

#include "DuesTableModels.h"
#include "PaymentText.h"

#include <common/AppContext.h>
#include <common/DateField.h>
#include <common/DisplayText.h>

#include <QApplication>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rentflow::ui::payments {

namespace {

QTableView* newTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    // The resident's name takes the spare width: amounts stay next to it, not far right.
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

QLabel* emptyLabel(const QString& name, const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

DuesPage::DuesPage(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context), m_asOf(new DateField(this)), m_error(new QLabel(this)),
      m_collect(new CollectTableModel(this)), m_ageing(new AgeingTableModel(this)),
      m_collectTable(newTable(m_collect, QStringLiteral("collectTable"), this)),
      m_ageingTable(newTable(m_ageing, QStringLiteral("ageingTable"), this)),
      m_lastTable(m_collectTable), m_collectBox(new QGroupBox(this)),
      m_collectEmpty(emptyLabel(QStringLiteral("collectEmptyLabel"),
                                tr("Nobody owes anything due by this day."), this)),
      m_ageingEmpty(emptyLabel(QStringLiteral("ageingEmptyLabel"),
                               tr("No open dues: every issued invoice is paid."), this))
{
    m_asOf->setObjectName(QStringLiteral("asOfField"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setVisible(false);

    // The ageing totals, as cards in a row.
    const QString bucketNames[] = {tr("0–30 days"), tr("31–60 days"), tr("61–90 days"),
                                   tr("90+ days"), tr("Total owed")};
    const QString bucketIds[] = {QStringLiteral("days0to30Label"),
                                 QStringLiteral("days31to60Label"),
                                 QStringLiteral("days61to90Label"), QStringLiteral("over90Label"),
                                 QStringLiteral("totalLabel")};
    auto* cards = new QHBoxLayout;
    for (int i = 0; i < 5; ++i) {
        auto* card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        auto* cardLayout = new QVBoxLayout(card);
        auto* name = new QLabel(bucketNames[i], card);
        m_buckets[i] = new QLabel(card);
        m_buckets[i]->setObjectName(bucketIds[i]);
        QFont big = m_buckets[i]->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        big.setBold(true);
        m_buckets[i]->setFont(big);
        cardLayout->addWidget(name);
        cardLayout->addWidget(m_buckets[i]);
        cards->addWidget(card);
    }

    auto* top = new QHBoxLayout;
    auto* asOfLabel = new QLabel(tr("Dues &as of:"), this);
    asOfLabel->setBuddy(m_asOf);
    top->addWidget(asOfLabel);
    top->addWidget(m_asOf);
    top->addStretch();
    auto* record = new QPushButton(tr("Record &payment for the selected resident (Enter)"), this);
    record->setObjectName(QStringLiteral("recordForResidentButton"));
    context.guard.guard(record, Permission::RecordPayments);
    top->addWidget(record);

    const int collectWidths[] = {220, 140, 110, 90, 130};
    for (int c = 0; c < int(std::size(collectWidths)); ++c)
        m_collectTable->setColumnWidth(c, collectWidths[c]);
    const int ageingWidths[] = {220, 140, 120, 120, 120, 120, 130, 110};
    for (int c = 0; c < int(std::size(ageingWidths)); ++c)
        m_ageingTable->setColumnWidth(c, ageingWidths[c]);

    m_collectBox->setObjectName(QStringLiteral("collectBox"));
    auto* collectLayout = new QVBoxLayout(m_collectBox);
    auto* meaning = new QLabel(tr("Residents with an invoice whose due day (from their agreement) "
                                  "has come and that is not fully paid; the amount is what has "
                                  "fallen due."),
                               m_collectBox);
    meaning->setWordWrap(true);
    meaning->setEnabled(false); // a caption, greyed
    collectLayout->addWidget(meaning);
    collectLayout->addWidget(m_collectTable);
    collectLayout->addWidget(m_collectEmpty);
    auto* ageingBox = new QGroupBox(tr("&Who owes what, by days past due"), this);
    auto* ageingLayout = new QVBoxLayout(ageingBox);
    ageingLayout->addWidget(m_ageingTable);
    ageingLayout->addWidget(m_ageingEmpty);
    // One above the other: each list has the window's width for its columns.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_collectBox);
    split->addWidget(ageingBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(cards);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &DuesPage::reload);
    connect(m_collectTable, &QAbstractItemView::activated, this,
            [this] { recordFor(m_collectTable); });
    connect(m_ageingTable, &QAbstractItemView::activated, this,
            [this] { recordFor(m_ageingTable); });
    // The button acts on the list last used (clicking it takes the focus from the list).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_collectTable || now == m_ageingTable)
            m_lastTable = static_cast<QTableView*>(now);
    });
    connect(record, &QPushButton::clicked, this, [this] { recordFor(m_lastTable); });
    setTabOrder(m_asOf, m_collectTable);
    setTabOrder(m_collectTable, m_ageingTable);
}

void DuesPage::showError(const QString& message)
{
    m_error->setText(tr("Could not read the dues: %1\nThe figures below are not shown; try again.")
                         .arg(message));
    m_error->setVisible(true);
    for (QLabel* bucket : m_buckets)
        bucket->setText(tr("—"));
    m_collect->setRows({}, m_asOf->date());
    m_ageing->setRows({});
    m_collectEmpty->setVisible(false);
    m_ageingEmpty->setVisible(false);
}

void DuesPage::reload()
{
    const QDate asOf = m_asOf->date();
    DuesReport report(m_context.store());
    const auto totals = report.ageing(asOf);
    const auto collect = report.toCollect(asOf);
    const auto byResident = report.ageingByResident(asOf);
    if (!totals || !collect || !byResident) {
        showError(!totals    ? totals.error().message
                  : !collect ? collect.error().message
                             : byResident.error().message);
        return;
    }
    m_error->setVisible(false);
    const DuesReport::Ageing& a = totals.value();
    const Money values[] = {a.upTo30, a.upTo60, a.upTo90, a.over90, a.total()};
    for (int i = 0; i < 5; ++i)
        m_buckets[i]->setText(rupees(values[i]));
    m_collectBox->setTitle(asOf == QDate::currentDate()
                               ? tr("To &collect today")
                               : tr("To &collect by %1").arg(shownDate(asOf)));
    m_collect->setRows(collect.value(), asOf);
    m_ageing->setRows(byResident.value());
    m_collectEmpty->setVisible(m_collect->rowCount() == 0);
    m_collectTable->setVisible(m_collect->rowCount() > 0);
    m_ageingEmpty->setVisible(m_ageing->rowCount() == 0);
    m_ageingTable->setVisible(m_ageing->rowCount() > 0);
    if (m_collect->rowCount() > 0)
        m_collectTable->setCurrentIndex(m_collect->index(0, 0));
    if (m_ageing->rowCount() > 0)
        m_ageingTable->setCurrentIndex(m_ageing->index(0, 0));
}

void DuesPage::recordFor(QTableView* table)
{
    const int r = table->currentIndex().isValid() ? table->currentIndex().row() : -1;
    if (table == m_collectTable) {
        if (const DuesReport::Due* due = m_collect->row(r))
            emit recordPaymentRequested(due->residentId, due->amount);
    } else if (const DuesReport::ResidentAgeing* owes = m_ageing->row(r)) {
        emit recordPaymentRequested(owes->residentId, owes->ageing.total());
    }
}

} // namespace rentflow::ui::payments
