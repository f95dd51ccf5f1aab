#pragma once

#include "StayDialog.h"
#include "StayView.h"

#include <stays/FreeBeds.h>

class QComboBox;
class QLabel;

namespace rentflow::ui {
class AmountField;
class DateField;
} // namespace rentflow::ui

namespace rentflow::ui::stays {

// Moving to another bed of the same property (Transfer, as `rentflowctl transfer`): the
// first day on the new bed, the beds free from that day (FreeBeds), and a new rent when it
// changes (empty: unchanged).
class TransferDialog : public StayDialog
{
    Q_OBJECT
public:
    TransferDialog(AppContext& context, const StayView& view, QWidget* parent = nullptr);

    void startOn(QDate today);
    QString occupancyId() const { return m_occupancyId; }

protected:
    bool save() override;

private:
    void loadBeds();

    StayView m_view;
    DateField* m_date;
    QComboBox* m_bed;
    QLabel* m_bedRent;
    AmountField* m_rent;
    QList<FreeBeds::Bed> m_beds;
    QString m_occupancyId;
};

} // namespace rentflow::ui::stays
