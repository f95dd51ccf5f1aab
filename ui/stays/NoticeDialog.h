#pragma once

#include "StayDialog.h"
#include "StayView.h"

class QLabel;
class QLineEdit;

namespace rentflow::ui {
class DateField;
}

namespace rentflow::ui::stays {

// Notice to leave (GiveNotice, as `rentflowctl notice`): the day it was given, the intended
// last day, a reason; shows at once the notice shortfall the check-out will charge when the
// notice is short (a month's rent per 30 days short, DepositSettlement).
class NoticeDialog : public StayDialog
{
    Q_OBJECT
public:
    NoticeDialog(AppContext& context, const StayView& view, QWidget* parent = nullptr);

    // Sets "today" and the defaults that follow from it.
    void startOn(QDate today);
    QString noticeId() const { return m_noticeId; }

protected:
    bool save() override;

private:
    void showShortfall();

    StayView m_view;
    DateField* m_givenOn;
    DateField* m_moveOut;
    QLineEdit* m_reason;
    QLabel* m_shortfall;
    QString m_noticeId;
};

} // namespace rentflow::ui::stays
