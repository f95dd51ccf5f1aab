#include "SignAgreementDialog.h"

#include <common/AppContext.h>
#include <common/DateField.h>
#include <stays/SignAgreement.h>

#include <QFormLayout>
#include <QLabel>

namespace rentflow::ui::stays {

SignAgreementDialog::SignAgreementDialog(AppContext& context, const StayView& view, QWidget* parent)
    : StayDialog(context, view, tr("Agreement signed"), tr("&Mark signed"), parent), m_view(view)
{
    auto* about = new QLabel(
        tr("The leave-and-licence agreement from %1. Record the day both sides signed it.")
            .arg(view.stay.start.toString(QStringLiteral("dd-MM-yyyy"))),
        this);
    about->setWordWrap(true);
    m_signedOn = new DateField(this);
    m_signedOn->setObjectName(QStringLiteral("signedOnField"));
    form()->addRow(about);
    form()->addRow(tr("&Signed on:"), m_signedOn);
    errors().bind(QStringLiteral("date"), m_signedOn, form());
    startOn(QDate::currentDate());
}

void SignAgreementDialog::startOn(QDate today)
{
    setToday(today);
    m_signedOn->setDate(today);
}

bool SignAgreementDialog::save()
{
    auto marked = SignAgreement(context().store())
                      .run({m_view.residentId, isoDay(m_signedOn->date())}, today());
    if (!marked) {
        errors().show(marked.error());
        return false;
    }
    return true;
}

} // namespace rentflow::ui::stays
