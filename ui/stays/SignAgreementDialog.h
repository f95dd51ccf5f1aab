#pragma once

#include "StayDialog.h"
#include "StayView.h"

namespace rentflow::ui {
class DateField;
}

namespace rentflow::ui::stays {

// The agreement came back signed (SignAgreement): the day it was signed, recorded once.
class SignAgreementDialog : public StayDialog
{
    Q_OBJECT
public:
    SignAgreementDialog(AppContext& context, const StayView& view, QWidget* parent = nullptr);

    void startOn(QDate today);

protected:
    bool save() override;

private:
    StayView m_view;
    DateField* m_signedOn;
};

} // namespace rentflow::ui::stays
