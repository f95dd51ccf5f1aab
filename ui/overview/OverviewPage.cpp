#include "OverviewPage.h"

#include <common/AppContext.h>
#include <organisation/OrganisationRepository.h>
#include <store/CheckedRead.h>
#include <store/Store.h>

#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rentflow::ui {

namespace {
// A count for the overview, or a mark that it could not be read: never a wrong 0.
QString countOf(store::Store& store, const QString& sql)
{
    QSqlQuery q(store.database());
    q.prepare(sql);
    const auto value = store::checkedValue(store, q, QStringLiteral("the overview's counts"));
    return value ? QString::number(value.value().toLongLong()) : OverviewPage::tr("(cannot read)");
}
} // namespace

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

    m_propertiesModel = new QSqlQueryModel(this);
    m_propertiesTableView = new QTableView(this);
    m_propertiesTableView->setObjectName(QStringLiteral("propertiesTableView"));
    m_propertiesTableView->setModel(m_propertiesModel);
    m_propertiesTableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_propertiesTableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_propertiesTableView->verticalHeader()->hide();
    m_propertiesTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* propertiesLabel = new QLabel(tr("&Properties"), this);
    propertiesLabel->setBuddy(m_propertiesTableView);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    layout->addWidget(m_countsLabel);
    layout->addSpacing(12);
    layout->addWidget(propertiesLabel);
    layout->addWidget(m_propertiesTableView, 1);
    refresh();
}

void OverviewPage::refresh()
{
    const auto org = OrganisationRepository(m_store).current();
    m_headingLabel->setText(!org          ? org.error().message
                            : org.value() ? org.value()->name
                                          : tr("(no organisation)"));
    const QString beds =
        countOf(m_store, QStringLiteral("SELECT count(*) FROM bed WHERE deleted = 0"));
    const QString vacant =
        countOf(m_store,
                QStringLiteral("SELECT count(*) FROM bed WHERE deleted = 0 AND status = 'vacant'"));
    m_countsLabel->setText(
        tr("Properties: %1    Rooms: %2    Beds: %3 (%4 vacant)    Residents: %5")
            .arg(
                countOf(m_store, QStringLiteral("SELECT count(*) FROM property WHERE deleted = 0")))
            .arg(countOf(m_store, QStringLiteral("SELECT count(*) FROM room WHERE deleted = 0")))
            .arg(beds)
            .arg(vacant)
            .arg(countOf(m_store,
                         QStringLiteral("SELECT count(*) FROM resident WHERE deleted = 0"))));

    m_propertiesModel->setQuery(
        QStringLiteral(
            "SELECT p.name, p.city, p.state_code, "
            "(SELECT count(*) FROM room r WHERE r.property_id = p.id AND r.deleted = 0), "
            "(SELECT count(*) FROM bed b JOIN room r ON r.id = b.room_id "
            " WHERE r.property_id = p.id AND b.deleted = 0) "
            "FROM property p WHERE p.deleted = 0 ORDER BY p.name"),
        m_store.database());
    const QStringList headers = {tr("Name"), tr("City"), tr("State"), tr("Rooms"), tr("Beds")};
    for (int i = 0; i < headers.size(); ++i)
        m_propertiesModel->setHeaderData(i, Qt::Horizontal, headers.at(i));
    m_propertiesTableView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

} // namespace rentflow::ui
