#include "ScreenCatalog.h"

#include <overview/OverviewPage.h>
#include <payments/PaymentsScreen.h>

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
        {QStringLiteral("payments"),
         tr("Payments"),
         QKeySequence(Qt::ALT | Qt::Key_5),
         {RecordRef::Kind::Payment},
         make<payments::PaymentsScreen>()},
    };
}

} // namespace rentflow::ui
