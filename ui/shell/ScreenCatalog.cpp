#include "ScreenCatalog.h"

#include <inventory/InventoryScreen.h>
#include <overview/OverviewPage.h>

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
    };
}

} // namespace rentflow::ui
