#pragma once

#include "store/StoreError.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace rentflow::store {
class Store;
}

namespace rentflow {

struct ResidentInput;

// `checkin`: what a user types (SPEC §3.2); all text, unchecked.
struct CheckInInput
{
    QString residentId;
    QString bedId;
    QString date; // YYYY-MM-DD, the first day of the stay
    QString rent; // monthly licence fee, rupees
    QString deposit;
    // Optional terms; empty: the defaults.
    QString dueDay = {};       // rent due on this day of the month, 1–28 (5)
    QString noticeDays = {};   // notice period in days (30)
    QString lateFee = {};      // "500" rupees, or "2%" of what is overdue (none)
    QString lateFeeGrace = {}; // days after the due day before a late fee (0)
    QStringList charges = {};  // monthly recurring charges, "KIND=AMOUNT": food=3500, wifi=500
    QString endDate = {};      // YYYY-MM-DD, the licence's last day (11 months on); within 5 years
    QString lockInMonths = {}; // months the resident may not leave without paying, 0–60 (0)
};

// Starts a stay: the leave-and-licence agreement (11 months by default), the
// bed's occupancy from that day, the deposit demand, and the bed marked
// occupied (or reserved, for a future date). One bed is never let to two
// residents for the same day.
class CheckIn
{
public:
    static constexpr int kDefaultTermMonths = 11;
    static constexpr int kMaxTermYears = 5;

    explicit CheckIn(store::Store& store) : m_store(store) {}
    // Returns the agreement id.
    store::StoreResult<QString> run(const CheckInInput& input, QDate today);

    struct NewStay
    {
        QString residentId;
        QString agreementId;
    };
    // A new resident (ResidentRepository::add) and their stay in one unit of work: both are
    // written or neither (the desktop's check-in of someone who is not on the books yet).
    // input.residentId is ignored. The resident's field errors come first.
    store::StoreResult<NewStay> runWithNewResident(const ResidentInput& resident,
                                                   CheckInInput input, QDate today);

private:
    store::Store& m_store;
};

} // namespace rentflow
