#include "InvoiceListPanel.h"
#include "InvoiceListModel.h"
#include "MonthPicker.h"

#include <billing/InvoiceRepository.h>
#include <common/AppContext.h>
#include <common/DisplayText.h>
#include <inventory/PropertyRepository.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rentflow::ui::billing {

InvoiceListPanel::InvoiceListPanel(AppContext& context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("invoiceSearch"));
    m_search->setPlaceholderText(tr("Search resident or number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    auto* searchLabel = new QLabel(tr("Fin&d:"), this);
    searchLabel->setBuddy(m_search);
    m_month = new MonthPicker(true, this);
    m_month->setObjectName(QStringLiteral("invoiceMonthFilter"));
    auto* monthLabel = new QLabel(tr("M&onth:"), this);
    monthLabel->setBuddy(m_month);
    m_property = new QComboBox(this);
    m_property->setObjectName(QStringLiteral("invoicePropertyFilter"));
    m_property->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* propertyLabel = new QLabel(tr("P&roperty:"), this);
    propertyLabel->setBuddy(m_property);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("invoiceStatusFilter"));
    m_status->addItem(tr("Issued and cancelled"), QString());
    m_status->addItem(tr("Issued"), QStringLiteral("issued"));
    m_status->addItem(tr("Cancelled"), QStringLiteral("cancelled"));
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    m_unpaid = new QCheckBox(tr("&Unpaid only"), this);
    m_unpaid->setObjectName(QStringLiteral("invoiceUnpaidFilter"));
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addSpacing(8);
    filters->addWidget(monthLabel);
    filters->addWidget(m_month);
    filters->addWidget(propertyLabel);
    filters->addWidget(m_property);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addWidget(m_unpaid);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new InvoiceListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceListModel::Resident,
                                                      QHeaderView::Stretch);
    const QList<QPair<int, int>> widths{
        {InvoiceListModel::Number, 150}, {InvoiceListModel::IssueDate, 100},
        {InvoiceListModel::Month, 80},   {InvoiceListModel::Property, 160},
        {InvoiceListModel::Total, 130},  {InvoiceListModel::Balance, 130},
        {InvoiceListModel::Status, 100}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("invoiceEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("invoiceListError"));
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_error);
    layout->addWidget(m_pages, 1);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("invoiceTotals"));
    layout->addWidget(m_totals);

    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(250);
    connect(m_searchPause, &QTimer::timeout, this, &InvoiceListPanel::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchPause->stop();
        refresh();
        m_table->setFocus();
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    for (QComboBox* combo : {static_cast<QComboBox*>(m_month), m_property, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &InvoiceListPanel::refresh);
    connect(m_unpaid, &QCheckBox::toggled, this, &InvoiceListPanel::refresh);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit openInvoice(m_model->data(index, InvoiceListModel::IdRole).toString());
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    setTabOrder(m_search, m_month);
    setTabOrder(m_month, m_property);
    setTabOrder(m_property, m_status);
    setTabOrder(m_status, m_unpaid);
    setTabOrder(m_unpaid, m_table);
}

bool InvoiceListPanel::loadProperties()
{
    auto properties = PropertyRepository(m_context.store()).list();
    if (!properties) {
        showError(tr("The properties could not be read: %1").arg(properties.error().message));
        return false;
    }
    const QString chosen = m_property->currentData().toString();
    const QSignalBlocker quiet(m_property);
    m_property->clear();
    m_property->addItem(tr("All properties"), QString());
    for (const Property& property : properties.value())
        m_property->addItem(property.name, property.id);
    m_property->setCurrentIndex(std::max(0, m_property->findData(chosen)));
    return true;
}

bool InvoiceListPanel::refresh()
{
    if (!loadProperties())
        return false;
    InvoiceRepository::Filter filter;
    filter.billingMonth = m_month->month();
    filter.propertyId = m_property->currentData().toString();
    filter.status = m_status->currentData().toString();
    filter.unpaidOnly = m_unpaid->isChecked();
    filter.search = m_search->text();
    auto invoices = InvoiceRepository(m_context.store()).list(filter);
    if (!invoices) {
        showError(tr("The invoices could not be read: %1").arg(invoices.error().message));
        return false;
    }
    Money total, balance;
    for (const InvoiceSummary& invoice : invoices.value()) {
        if (invoice.status == QLatin1String("cancelled"))
            continue;
        total += invoice.total;
        balance += invoice.balance;
    }
    const int count = int(invoices.value().size());
    QList<InvoiceSummary> newestFirst = std::move(invoices).value();
    std::reverse(newestFirst.begin(), newestFirst.end());
    m_model->setInvoices(std::move(newestFirst));
    const bool filtered = !filter.billingMonth.isEmpty() || !filter.propertyId.isEmpty() ||
                          !filter.status.isEmpty() || filter.unpaidOnly ||
                          !filter.search.trimmed().isEmpty();
    if (count == 0) {
        m_empty->setText(filtered ? tr("No invoices match these filters.")
                                  : tr("No invoices yet — run the month's billing on the "
                                       "Monthly run tab (Alt+M)."));
        m_pages->setCurrentWidget(m_empty);
    } else {
        m_pages->setCurrentWidget(m_table);
    }
    m_totals->setText(
        tr("%n invoice(s) · billed %1 · still owed %2 (cancelled invoices not counted)", "", count)
            .arg(rupees(total), rupees(balance)));
    return true;
}

void InvoiceListPanel::showError(const QString& text)
{
    // A failed read is an error on the screen, never an empty list or ₹ 0.00 owed.
    m_model->setInvoices({});
    m_error->setText(text);
    m_pages->setCurrentWidget(m_error);
    m_totals->clear();
}

void InvoiceListPanel::showMonth(const QString& month)
{
    const QSignalBlocker quiet(m_month);
    m_month->setMonth(month);
    refresh();
}

QString InvoiceListPanel::totalsText() const
{
    return m_totals->text();
}

QString InvoiceListPanel::errorText() const
{
    return m_pages->currentWidget() == m_error ? m_error->text() : QString();
}

} // namespace rentflow::ui::billing
