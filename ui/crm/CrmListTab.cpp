#include "CrmListTab.h"

#include "CrmClient.h"
#include "CrmDetailPane.h"
#include "CrmTableModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace rentflow::ui::crm {

namespace {

// Enter and Del on the list: open the row's editor, delete the row.
class ListKeys : public QObject
{
public:
    ListKeys(QObject* parent, std::function<void()> enter, std::function<void()> remove)
        : QObject(parent), m_enter(std::move(enter)), m_remove(std::move(remove))
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_enter();
                return true;
            }
            if (key == Qt::Key_Delete) {
                m_remove();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_enter;
    std::function<void()> m_remove;
};

} // namespace

CrmListTab::CrmListTab(CrmClient& client, CrmKind kind, QWidget* parent)
    : QWidget(parent), m_client(client), m_kind(std::move(kind)), m_sort(m_kind.defaultSort)
{
    askSavePath = [this](const QString& suggested) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(
            this, tr("Export to"), folder + QLatin1Char('/') + suggested, tr("CSV files (*.csv)"));
    };

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("crmSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(m_kind.isWaitlist()
                                     ? tr("Search email, name, phone, company (Ctrl+F)")
                                     : tr("Search name, email, phone, investor type (Ctrl+F)"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("crmStatusFilter"));
    m_statusFilter->addItem(tr("Every status"), QString());
    for (const QString& status : m_kind.statuses)
        m_statusFilter->addItem(choiceLabel(status), status);
    m_secondFilter = new QComboBox(this);
    m_secondFilter->setObjectName(QStringLiteral("crmSecondFilter"));
    m_secondFilter->addItem(m_kind.isWaitlist() ? tr("Every priority") : tr("Every temperature"),
                            QString());
    for (const QString& choice : m_kind.secondChoices)
        m_secondFilter->addItem(choiceLabel(choice), choice);
    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("crmExport"));
    m_export->setToolTip(tr("Save everything the search and filters match as CSV (Ctrl+E)"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_secondFilter);
    bar->addWidget(m_export);

    m_model = new CrmTableModel(m_kind.columns, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("crmTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->installEventFilter(new ListKeys(
        this,
        [this] {
            openRow(m_table->currentIndex().row());
            m_detail->focusEditor();
        },
        [this] { m_detail->removeRecord(); }));

    m_listMessage = new QLabel(this);
    m_listMessage->setObjectName(QStringLiteral("crmListMessage"));
    m_listMessage->setWordWrap(true);
    m_listMessage->hide();
    m_exportMessage = new QLabel(this);
    m_exportMessage->setObjectName(QStringLiteral("crmExportMessage"));
    m_exportMessage->setWordWrap(true);
    m_exportMessage->hide();

    m_previous = new QPushButton(tr("&Previous"), this);
    m_previous->setObjectName(QStringLiteral("crmPrevious"));
    m_next = new QPushButton(tr("Next pa&ge"), this);
    m_next->setObjectName(QStringLiteral("crmNext"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("crmPageLabel"));
    auto* pager = new QHBoxLayout;
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);

    auto* listSide = new QWidget(this);
    auto* listColumn = new QVBoxLayout(listSide);
    listColumn->setContentsMargins(0, 0, 0, 0);
    listColumn->addWidget(m_listMessage);
    listColumn->addWidget(m_table, 1);
    listColumn->addLayout(pager);

    m_detail = new CrmDetailPane(m_client, m_kind, this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listSide);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({780, 560});

    auto* column = new QVBoxLayout(this);
    column->addLayout(bar);
    column->addWidget(m_exportMessage);
    column->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        m_page = 1;
        reload();
    });
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        m_page = 1;
        reload();
    });
    const auto filtered = [this] {
        m_page = 1;
        reload();
    };
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, filtered);
    connect(m_secondFilter, &QComboBox::currentIndexChanged, this, filtered);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_page > 1) {
            --m_page;
            reload();
        }
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_page * kPageSize < m_total) {
            ++m_page;
            reload();
        }
    });
    // The indicator starts on the column of the default order (oldest entry first, newest
    // lead first).
    const QString defaultKey = m_sort.startsWith(QLatin1Char('-')) ? m_sort.mid(1) : m_sort;
    for (int c = 0; c < m_kind.columns.size(); ++c)
        if (m_kind.columns.at(c).sortKey == defaultKey)
            m_table->horizontalHeader()->setSortIndicator(
                c, m_sort.startsWith(QLatin1Char('-')) ? Qt::DescendingOrder : Qt::AscendingOrder);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &CrmListTab::sortChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { openRow(current.row()); });
    connect(m_export, &QPushButton::clicked, this, &CrmListTab::chooseExport);
    connect(m_detail, &CrmDetailPane::recordChanged, this, &CrmListTab::recordChanged);
    connect(m_detail, &CrmDetailPane::recordDeleted, this, [this] { reload(); });
    connect(m_detail, &CrmDetailPane::recordMissing, this, [this] { reload(); });

    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_secondFilter);
    setTabOrder(m_secondFilter, m_export);
    setTabOrder(m_export, m_table);
}

void CrmListTab::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

QString CrmListTab::listMessage() const
{
    return m_listMessage->isVisible() ? m_listMessage->text() : QString();
}

QString CrmListTab::exportMessage() const
{
    return m_exportMessage->isVisible() ? m_exportMessage->text() : QString();
}

QString CrmListTab::query(bool withPaging) const
{
    QUrlQuery q;
    const auto add = [&](const QString& name, const QString& value) {
        if (!value.isEmpty())
            q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("search"), m_search->text().trimmed());
    add(QStringLiteral("status"), m_statusFilter->currentData().toString());
    add(m_kind.secondFilter, m_secondFilter->currentData().toString());
    add(QStringLiteral("sort"), m_sort);
    if (withPaging) {
        add(QStringLiteral("page"), QString::number(m_page));
        add(QStringLiteral("pageSize"), QString::number(kPageSize));
    }
    return q.query(QUrl::FullyEncoded);
}

void CrmListTab::reload()
{
    m_debounce->stop();
    const int generation = ++m_generation;
    const QString keepId = m_detail->recordId();
    m_loading = true;
    m_client.get(m_kind.path + QLatin1Char('?') + query(true), this,
                 [this, generation, keepId](const CrmReply& reply) {
                     if (generation != m_generation)
                         return; // a newer search has been sent since
                     listed(reply, keepId);
                 });
}

void CrmListTab::listed(const CrmReply& reply, const QString& keepId)
{
    m_loading = false;
    if (!reply.ok()) {
        // A failed read is an error, never an empty list.
        m_model->clear();
        m_total = 0;
        m_listMessage->setText(reply.message);
        m_listMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_listMessage->show();
        m_pageLabel->clear();
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_detail->showNothing(reply.message);
        emit loaded();
        return;
    }
    m_model->setRows(reply.json.value(QStringLiteral("items")).toArray());
    m_total = reply.json.value(QStringLiteral("total")).toInt();
    const int shown = m_model->rowCount();
    if (m_total == 0) {
        const bool narrowed = !m_search->text().trimmed().isEmpty() ||
                              m_statusFilter->currentIndex() > 0 ||
                              m_secondFilter->currentIndex() > 0;
        m_listMessage->setText(narrowed
                                   ? tr("Nothing matches this search and these filters. "
                                        "Clear them to see everything.")
                                   : (m_kind.isWaitlist() ? tr("Nobody is on the waitlist yet.")
                                                          : tr("No investor leads yet.")));
        m_listMessage->setStyleSheet(QString());
        m_listMessage->show();
    } else {
        m_listMessage->hide();
    }
    const int first = (m_page - 1) * kPageSize + 1;
    m_pageLabel->setText(
        shown == 0 ? QString() : tr("%1–%2 of %3").arg(first).arg(first + shown - 1).arg(m_total));
    m_previous->setEnabled(m_page > 1);
    m_next->setEnabled(m_page * kPageSize < m_total);
    for (int c = 0; c + 1 < m_model->columnCount(); ++c)
        m_table->resizeColumnToContents(c);

    const int keep = m_model->rowOf(keepId);
    if (keep >= 0) {
        m_table->selectionModel()->blockSignals(true);
        m_table->selectRow(keep);
        m_table->selectionModel()->blockSignals(false);
        openRow(keep); // the record as it is now
    } else {
        m_detail->showNothing();
    }
    emit loaded();
}

void CrmListTab::openRow(int row)
{
    const QString id = m_model->record(row).value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return;
    const int generation = ++m_detailGeneration;
    m_client.get(m_kind.path + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                 this, [this, generation](const CrmReply& reply) {
                     if (generation != m_detailGeneration)
                         return;
                     if (reply.ok())
                         m_detail->showRecord(reply.json);
                     else
                         m_detail->showNothing(reply.message);
                 });
}

void CrmListTab::sortChanged(int column, Qt::SortOrder order)
{
    const QString key = column >= 0 && column < m_kind.columns.size()
                            ? m_kind.columns.at(column).sortKey
                            : QString();
    if (key.isEmpty()) {
        m_exportMessage->setText(tr("This column does not sort; choose another."));
        m_exportMessage->show();
        return;
    }
    m_exportMessage->hide();
    m_sort = order == Qt::AscendingOrder ? key : QLatin1Char('-') + key;
    m_page = 1;
    reload();
}

void CrmListTab::recordChanged(const QJsonObject& record)
{
    // The row shows the record as saved; a status now outside the filter stays until the
    // next read, so the user sees what changed.
    Q_UNUSED(record);
    reload();
}

void CrmListTab::chooseExport()
{
    const QString path = askSavePath(m_kind.exportName);
    if (!path.isEmpty())
        exportTo(path);
}

void CrmListTab::exportTo(const QString& path)
{
    m_export->setEnabled(false);
    m_exportMessage->setText(tr("Exporting…"));
    m_exportMessage->setStyleSheet(QString());
    m_exportMessage->show();
    m_client.get(m_kind.path + QStringLiteral("/export.csv?") + query(false), this,
                 [this, path](const CrmReply& reply) {
                     m_export->setEnabled(true);
                     const auto fail = [&](const QString& why) {
                         m_exportMessage->setText(why);
                         m_exportMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
                         emit exported(false);
                     };
                     if (!reply.ok())
                         return fail(reply.message);
                     QSaveFile file(path);
                     if (!file.open(QIODevice::WriteOnly) ||
                         file.write(reply.body) != reply.body.size() || !file.commit())
                         return fail(tr("Could not write %1: %2. Choose another place.")
                                         .arg(path, file.errorString()));
                     const int rows = qMax(0, int(reply.body.count("\r\n")) - 1);
                     m_exportMessage->setText(
                         tr("Wrote %n record(s) to %1.", nullptr, rows).arg(path));
                     emit exported(true);
                 });
}

} // namespace rentflow::ui::crm
