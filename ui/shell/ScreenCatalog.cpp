#include "ScreenCatalog.h"

#include <overview/OverviewPage.h>
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
        {QStringLiteral("residents"),
         tr("Residents"),
         QKeySequence(Qt::ALT | Qt::Key_3),
         {RecordRef::Kind::Resident},
         make<ResidentsScreen>()},
    };
}

} // namespace rentflow::ui
