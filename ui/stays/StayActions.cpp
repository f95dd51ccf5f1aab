#include "StayActions.h"

#include "CheckInWizard.h"
#include "CheckOutDialog.h"
#include "NoticeDialog.h"
#include "SignAgreementDialog.h"
#include "StayView.h"
#include "TransferDialog.h"

#include <common/AppContext.h>

#include <QCoreApplication>
#include <QMessageBox>

namespace rentflow::ui::stays {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rentflow::ui::stays", text);
}

bool allowed(AppContext& context, QWidget* parent)
{
    if (context.guard.allows(Permission::ManageStays))
        return true;
    QMessageBox::information(parent, tr("Stays"), tr("You may not change stays."));
    return false;
}

// The resident's current stay, or null after saying why there is none to act on.
std::optional<StayView> stayOf(AppContext& context, QWidget* parent, const QString& residentId,
                               const QString& title)
{
    auto view = StayView::read(context.store(), residentId);
    if (!view) {
        // No current stay is the user's situation, not a fault: say what to do instead.
        const bool noStay = view.error().code == store::StoreError::Code::InvalidInput;
        QMessageBox::warning(parent, title,
                             noStay ? tr("This resident has no current stay. Check them in "
                                         "first (Check in on the bed board or their profile).")
                                    : view.error().message);
        return std::nullopt;
    }
    return view.value();
}

template <typename Dialog>
bool runDialog(AppContext& context, QWidget* parent, const QString& residentId,
               const QString& title)
{
    if (!allowed(context, parent))
        return false;
    const auto view = stayOf(context, parent, residentId, title);
    if (!view)
        return false;
    Dialog dialog(context, *view, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

bool checkIn(AppContext& context, QWidget* parent, const QString& bedId, const QString& residentId)
{
    if (!allowed(context, parent))
        return false;
    CheckInWizard wizard(context, bedId, residentId, parent);
    return wizard.exec() == QDialog::Accepted;
}

bool transfer(AppContext& context, QWidget* parent, const QString& residentId)
{
    return runDialog<TransferDialog>(context, parent, residentId, tr("Move to another bed"));
}

bool giveNotice(AppContext& context, QWidget* parent, const QString& residentId)
{
    return runDialog<NoticeDialog>(context, parent, residentId, tr("Notice to leave"));
}

bool checkOut(AppContext& context, QWidget* parent, const QString& residentId)
{
    return runDialog<CheckOutDialog>(context, parent, residentId, tr("Check out"));
}

bool markAgreementSigned(AppContext& context, QWidget* parent, const QString& residentId)
{
    return runDialog<SignAgreementDialog>(context, parent, residentId, tr("Agreement signed"));
}

} // namespace rentflow::ui::stays
