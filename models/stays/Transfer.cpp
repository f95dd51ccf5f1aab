#include "Transfer.h"

#include "LiveStay.h"
#include "OccupancyRepository.h"
#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;

namespace {

// Whether a monthly invoice of the stay already bills days from `day` on.
store::StoreResult<bool> billedFrom(store::Store& store, const QString& agreementId, QDate day)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT 1 FROM invoice WHERE agreement_id = ? AND status = 'issued' "
                             "AND deleted = 0 AND purpose IN ('monthly', 'final') AND period_end "
                             ">= ?"));
    q.addBindValue(agreementId);
    q.addBindValue(day);
    return store::checkedFirstRow(store, q, QStringLiteral("Reading the stay's invoices"));
}

} // namespace

store::StoreResult<QString> Transfer::run(const Input& input, QDate today)
{
    InputCheck check;
    // The checks below guard the write: they run inside its transaction.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto stayRead = LiveStay::required(m_store, input.residentId, check);
    if (!stayRead)
        return stayRead.error();
    const auto& stay = stayRead.value();
    const auto date = check.required<QDate>(QStringLiteral("date"), input.date, &parseIsoDate);
    if (date && stay)
        check.require(*date > stay->onBedSince, QStringLiteral("date"),
                      QCoreApplication::translate("Transfer",
                                                  "is after the day they moved into their "
                                                  "bed (%1)")
                          .arg(stay->onBedSince.toString(QStringLiteral("dd-MM-yyyy"))));
    const auto rent = check.optional<Money>(QStringLiteral("rent"), input.rent, &Money::parse);
    if (rent)
        check.require(rent->paise() > 0 && rent->paise() <= Money::kMaxEverydayPaise,
                      QStringLiteral("rent"),
                      QCoreApplication::translate(
                          "Transfer", "is a monthly rent above 0 and at most 10,00,000"));
    const QString bedId = input.bedId.trimmed();
    QSqlQuery bed(m_store.database());
    bed.prepare(QStringLiteral("SELECT r.property_id, b.status FROM bed b JOIN room r ON r.id = "
                               "b.room_id WHERE b.id = ? AND b.deleted = 0"));
    bed.addBindValue(bedId);
    const auto bedRead = store::checkedFirstRow(m_store, bed, QStringLiteral("Reading the bed"));
    if (!bedRead)
        return bedRead.error();
    const bool bedFound = bedRead.value();
    check.require(bedFound, QStringLiteral("bed"),
                  QCoreApplication::translate("Transfer", "no bed with id '%1'").arg(input.bedId));
    if (bedFound && stay) {
        check.require(bedId != stay->bedId, QStringLiteral("bed"),
                      QCoreApplication::translate("Transfer", "is the bed they hold now"));
        check.require(bed.value(0).toString() == stay->propertyId, QStringLiteral("bed"),
                      QCoreApplication::translate("Transfer",
                                                  "is in another property; check out and check "
                                                  "in there instead"));
        check.require(bed.value(1).toString() != QLatin1String("maintenance"),
                      QStringLiteral("bed"),
                      QCoreApplication::translate("Transfer", "the bed is under maintenance"));
    }
    if (bedFound && date) {
        auto taken = OccupancyRepository(m_store).overlapping(bedId, *date, QDate());
        if (!taken)
            return taken.error();
        check.require(taken.value().isEmpty(), QStringLiteral("bed"),
                      QCoreApplication::translate("Transfer",
                                                  "the bed is let to another resident on or "
                                                  "after %1")
                          .arg(date->toString(QStringLiteral("dd-MM-yyyy"))));
    }
    const bool rentChanges = rent && stay && *rent != stay->rent;
    if (rentChanges && date) {
        const auto billed = billedFrom(m_store, stay->agreementId, *date);
        if (!billed)
            return billed.error();
        check.require(!billed.value(), QStringLiteral("rent"),
                      QCoreApplication::translate(
                          "Transfer",
                          "the month of %1 is already billed at the old rent; cancel that "
                          "invoice first, or move them from the 1st of next month")
                          .arg(date->toString(QStringLiteral("dd-MM-yyyy"))));
    }
    if (!check.ok())
        return StoreError::invalid(check.errors());
    bed.finish();

    store::RecordWriter writer(m_store);
    if (auto ended = writer.update(QStringLiteral("occupancy"), stay->occupancyId,
                                   {{QStringLiteral("to_date"), date->addDays(-1)}});
        !ended)
        return ended.error();
    auto moved = OccupancyRepository(m_store).add(stay->agreementId, bedId, *date);
    if (!moved)
        return moved;
    const bool movedAlready = *date <= today;
    for (const auto& [id, status] :
         {std::pair{stay->bedId,
                    movedAlready ? QStringLiteral("vacant") : QStringLiteral("occupied")},
          std::pair{bedId, movedAlready ? QStringLiteral("occupied") : QStringLiteral("reserved")}})
        if (auto marked =
                writer.update(QStringLiteral("bed"), id, {{QStringLiteral("status"), status}});
            !marked)
            return marked.error();
    if (rentChanges)
        if (auto changed =
                writer.insert(QStringLiteral("rent_change"),
                              {{QStringLiteral("agreement_id"), stay->agreementId},
                               {QStringLiteral("effective_from"), *date},
                               {QStringLiteral("rent_paise"), rent->paise()},
                               {QStringLiteral("reason"), QStringLiteral("Moved to another bed")}});
            !changed)
            return changed.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return moved;
}

} // namespace rentflow
