#include "ScreenCatalog.h"

#include <billing/BillingScreen.h>
#include <crm/CrmScreen.h>
#include <documents/DocumentsScreen.h>
#include <inventory/InventoryScreen.h>
#include <overview/OverviewPage.h>
#include <payments/PaymentsScreen.h>
#include <readings/ReadingsScreen.h>
#include <residents/ResidentsScreen.h>

#include <QCoreApplication>

namespace rentflow::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rentflow::ui::ScreenCatalog", text);
}

template <typename T> std::function<Screen*(AppContext&, QWidget*)> make()
{
    return [](AppContext& context, QWidget* parent) -> Screen* {
        return new T(context, parent);
    };
}

} // namespace

QList<ScreenEntry> screenCatalog()
{
    return {
        {QStringLiteral("overview"),
         tr("Overview"),
         QKeySequence(Qt::ALT | Qt::Key_1),
         {},
         make<OverviewPage>()},
        {QStringLiteral("beds"),
         tr("Beds"),
         QKeySequence(Qt::ALT | Qt::Key_2),
         {RecordRef::Kind::Bed, RecordRef::Kind::Room, RecordRef::Kind::Property,
          RecordRef::Kind::Meter},
         make<inventory::InventoryScreen>()},
        {QStringLiteral("residents"),
         tr("Residents"),
         QKeySequence(Qt::ALT | Qt::Key_3),
         {RecordRef::Kind::Resident},
         make<ResidentsScreen>()},
        {QStringLiteral("billing"),
         tr("Billing"),
         QKeySequence(Qt::ALT | Qt::Key_4),
         {RecordRef::Kind::Invoice},
         make<billing::BillingScreen>()},
        {QStringLiteral("payments"),
         tr("Payments"),
         QKeySequence(Qt::ALT | Qt::Key_5),
         {RecordRef::Kind::Payment},
         make<payments::PaymentsScreen>()},
        {QStringLiteral("readings"),
         tr("Meter readings"),
         QKeySequence(Qt::ALT | Qt::Key_6),
         {},
         make<ReadingsScreen>()},
        {QStringLiteral("documents"),
         tr("Documents"),
         QKeySequence(Qt::ALT | Qt::Key_7),
         {},
         make<DocumentsScreen>()},
        {QStringLiteral("crm"),
         tr("CRM"),
         QKeySequence(Qt::ALT | Qt::Key_8),
         {},
         make<crm::CrmScreen>()},
    };
}

} // namespace rentflow::ui
