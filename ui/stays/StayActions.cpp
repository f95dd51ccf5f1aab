// PLACEHOLDER until the stays screen lands: replaced whole by its owner.
#include "StayActions.h"

#include <QMessageBox>

namespace rentflow::ui::stays {

namespace {
bool notYet(QWidget* parent)
{
    QMessageBox::information(parent, QStringLiteral("RentFlow"), QStringLiteral("Not built yet."));
    return false;
}
} // namespace

bool checkIn(AppContext&, QWidget* parent, const QString&, const QString&)
{
    return notYet(parent);
}
bool transfer(AppContext&, QWidget* parent, const QString&)
{
    return notYet(parent);
}
bool giveNotice(AppContext&, QWidget* parent, const QString&)
{
    return notYet(parent);
}
bool checkOut(AppContext&, QWidget* parent, const QString&)
{
    return notYet(parent);
}
bool markAgreementSigned(AppContext&, QWidget* parent, const QString&)
{
    return notYet(parent);
}

} // namespace rentflow::ui::stays
