#include "NoticeDialog.h"

#include <common/AppContext.h>
#include <common/DateField.h>
#include <common/DisplayText.h>
#include <stays/DepositSettlement.h>
#include <stays/GiveNotice.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace rentflow::ui::stays {

NoticeDialog::NoticeDialog(AppContext& context, const StayView& view, QWidget* parent)
    : StayDialog(context, view, tr("Notice to leave"), tr("Re&cord notice"), parent), m_view(view)
{
    m_givenOn = new DateField(this);
    m_givenOn->setObjectName(QStringLiteral("noticeDateField"));
    m_moveOut = new DateField(this);
    m_moveOut->setObjectName(QStringLiteral("moveOutField"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Optional, e.g. job in another city"));
    m_shortfall = new QLabel(this);
    m_shortfall->setObjectName(QStringLiteral("shortfallLabel"));
    m_shortfall->setWordWrap(true);
    form()->addRow(tr("Notice &given on:"), m_givenOn);
    form()->addRow(tr("&Last day (move-out):"), m_moveOut);
    form()->addRow(tr("&Reason:"), m_reason);
    form()->addRow(QString(), m_shortfall);
    errors().bind(QStringLiteral("date"), m_givenOn, form());
    errors().bind(QStringLiteral("move-out"), m_moveOut, form());
    errors().bind(QStringLiteral("reason"), m_reason, form());
    connect(m_givenOn, &QDateEdit::dateChanged, this, &NoticeDialog::showShortfall);
    connect(m_moveOut, &QDateEdit::dateChanged, this, &NoticeDialog::showShortfall);
    startOn(QDate::currentDate());
}

void NoticeDialog::startOn(QDate today)
{
    setToday(today);
    m_givenOn->setDate(today);
    // The notice period counts the day it is given: 30 days from 01-11 end on 30-11.
    m_moveOut->setDate(today.addDays(std::max(m_view.stay.noticeDays, 1) - 1));
    showShortfall();
}

void NoticeDialog::showShortfall()
{
    const int noticeDays = m_view.stay.noticeDays;
    const int shortDays =
        DepositSettlement::shortfallDays(noticeDays, m_givenOn->date(), m_moveOut->date());
    if (m_moveOut->date() < m_givenOn->date()) {
        m_shortfall->setText(tr("The last day is before the day notice is given."));
        return;
    }
    if (shortDays == 0) {
        m_shortfall->setText(
            tr("Full notice of %n day(s) served: no shortfall charge.", nullptr, noticeDays));
        return;
    }
    const Money charge = DepositSettlement::shortfallCharge(m_view.stay.rent, shortDays);
    m_shortfall->setText(tr("%n day(s) short of the %1 days' notice: %2 will be charged from the "
                            "deposit at check-out.",
                            nullptr, shortDays)
                             .arg(noticeDays)
                             .arg(rupees(charge)));
}

bool NoticeDialog::save()
{
    auto notice = GiveNotice(context().store())
                      .run({m_view.residentId, isoDay(m_givenOn->date()), isoDay(m_moveOut->date()),
                            m_reason->text()},
                           today());
    if (!notice) {
        errors().show(notice.error());
        return false;
    }
    m_noticeId = notice.value();
    return true;
}

} // namespace rentflow::ui::stays
