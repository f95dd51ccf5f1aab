#include "CheckIn.h"

#include "OccupancyRepository.h"
#include "domain/InputCheck.h"
#include "domain/IsoDate.h"
#include "domain/LabelledAmount.h"
#include "domain/Money.h"
#include "domain/Rate.h"
#include "residents/ResidentRepository.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QHash>
#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {

struct BedFacts
{
    QString propertyId;
    QString status;
};

StoreResult<std::optional<BedFacts>> bedFacts(store::Store& store, const QString& bedId)
{
    QSqlQuery& q =
        store.prepared(QStringLiteral("SELECT r.property_id, b.status FROM bed b JOIN room r ON "
                                      "r.id = b.room_id WHERE b.id = ? AND b.deleted = 0"));
    q.addBindValue(bedId);
    const auto found = store::checkedFirstRow(store, q, QStringLiteral("Reading the bed"));
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<BedFacts>();
    BedFacts facts{q.value(0).toString(), q.value(1).toString()};
    q.finish();
    return std::optional(facts);
}

StoreResult<bool> hasLiveAgreement(store::Store& store, const QString& residentId)
{
    QSqlQuery& q =
        store.prepared(QStringLiteral("SELECT 1 FROM agreement WHERE resident_id = ? AND deleted = "
                                      "0 AND status IN ('active', 'notice')"));
    q.addBindValue(residentId);
    const auto found =
        store::checkedFirstRow(store, q, QStringLiteral("Reading the resident's stays"));
    q.finish();
    return found;
}

struct RecurringCharge
{
    QString kind;
    Money monthly;
};

struct AgreementTerms
{
    int dueDay = 5;
    int noticeDays = 30;
    QString lateFeeKind = QStringLiteral("none");
    qint64 lateFeeValue = 0; // paise or basis points
    int lateFeeGrace = 0;
    int lockInMonths = 0;
    QList<RecurringCharge> charges;
};

std::optional<int> wholeNumber(InputCheck& check, const QString& field, const QString& text,
                               int low, int high)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    check.require(ok && value >= low && value <= high, field,
                  QCoreApplication::translate("CheckIn", "is a whole number from %1 to %2")
                      .arg(low)
                      .arg(high));
    return ok ? std::optional(value) : std::nullopt;
}

QString chargeName(const QString& kind)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("food"), QStringLiteral("Food")},
        {QStringLiteral("laundry"), QStringLiteral("Laundry")},
        {QStringLiteral("wifi"), QStringLiteral("Wi-Fi")},
        {QStringLiteral("maintenance"), QStringLiteral("Maintenance")},
        {QStringLiteral("parking"), QStringLiteral("Parking")},
        {QStringLiteral("other"), QStringLiteral("Other charges")}};
    return names.value(kind);
}

AgreementTerms parseTerms(const CheckInInput& input, InputCheck& check)
{
    AgreementTerms terms;
    terms.dueDay = wholeNumber(check, QStringLiteral("due-day"), input.dueDay, 1, 28).value_or(5);
    terms.noticeDays =
        wholeNumber(check, QStringLiteral("notice-days"), input.noticeDays, 0, 365).value_or(30);
    terms.lateFeeGrace =
        wholeNumber(check, QStringLiteral("late-fee-grace"), input.lateFeeGrace, 0, 90).value_or(0);
    terms.lockInMonths =
        wholeNumber(check, QStringLiteral("lock-in"), input.lockInMonths, 0, 60).value_or(0);
    const QString fee = input.lateFee.trimmed();
    if (fee.endsWith(QLatin1Char('%'))) {
        const auto rate = check.optional<Rate>(QStringLiteral("late-fee"), fee, &Rate::parse);
        if (rate) {
            check.require(rate->basisPoints() > 0 && rate->basisPoints() <= 2500,
                          QStringLiteral("late-fee"),
                          QCoreApplication::translate("CheckIn", "is a percentage above 0 and at "
                                                                 "most 25%"));
            terms.lateFeeKind = QStringLiteral("percent");
            terms.lateFeeValue = rate->basisPoints();
        }
    } else if (const auto amount =
                   check.optional<Money>(QStringLiteral("late-fee"), fee, &Money::parse)) {
        check.require(amount->paise() > 0 && amount->paise() <= Money::fromRupees(100000).paise(),
                      QStringLiteral("late-fee"),
                      QCoreApplication::translate("CheckIn", "is an amount above 0 and at most "
                                                             "1,00,000, or a percentage like 2%"));
        terms.lateFeeKind = QStringLiteral("fixed");
        terms.lateFeeValue = amount->paise();
    }
    for (const QString& text : input.charges) {
        const auto parsed = LabelledAmount::parse(text);
        const QString kind = parsed ? parsed->label.toLower() : QString();
        const bool good = parsed && !chargeName(kind).isEmpty();
        check.require(good, QStringLiteral("charge"),
                      QCoreApplication::translate("CheckIn",
                                                  "'%1' is not KIND=AMOUNT with a kind of food, "
                                                  "laundry, wifi, maintenance, parking or other")
                          .arg(text));
        if (good)
            terms.charges.append({kind, parsed->amount});
    }
    return terms;
}

} // namespace

StoreResult<QString> CheckIn::run(const CheckInInput& input, QDate today)
{
    InputCheck check;
    const auto date = check.required<QDate>(QStringLiteral("date"), input.date, &parseIsoDate);
    const auto rent = check.required<Money>(QStringLiteral("rent"), input.rent, &Money::parse);
    const auto deposit =
        check.required<Money>(QStringLiteral("deposit"), input.deposit, &Money::parse);
    if (rent)
        check.require(rent->paise() > 0 && rent->paise() <= Money::kMaxEverydayPaise,
                      QStringLiteral("rent"),
                      QCoreApplication::translate(
                          "CheckIn", "is a monthly rent above 0 and at most 10,00,000"));
    if (deposit)
        check.require(!deposit->isNegative() && deposit->paise() <= Money::kMaxEverydayPaise,
                      QStringLiteral("deposit"),
                      QCoreApplication::translate("CheckIn", "is an amount from 0 to 10,00,000"));
    const AgreementTerms terms = parseTerms(input, check);
    QDate endDate = date ? date->addMonths(kDefaultTermMonths).addDays(-1) : QDate();
    if (const auto end =
            check.optional<QDate>(QStringLiteral("end-date"), input.endDate, &parseIsoDate);
        end && date) {
        check.require(*end >= *date && *end < date->addYears(kMaxTermYears),
                      QStringLiteral("end-date"),
                      QCoreApplication::translate("CheckIn", "is on or after the first day (%1) "
                                                             "and within %2 years of it")
                          .arg(date->toString(QStringLiteral("dd-MM-yyyy")))
                          .arg(kMaxTermYears));
        endDate = *end;
    }
    if (date && terms.lockInMonths > 0)
        check.require(date->addMonths(terms.lockInMonths).addDays(-1) <= endDate,
                      QStringLiteral("lock-in"),
                      QCoreApplication::translate("CheckIn", "ends after the licence does (%1)")
                          .arg(endDate.toString(QStringLiteral("dd-MM-yyyy"))));
    // The checks below guard the write: they run inside its transaction, so another program
    // cannot let the bed between the check and the write.
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    const auto residentRead = ResidentRepository(m_store).required(input.residentId, check);
    if (!residentRead)
        return residentRead.error();
    const auto& resident = residentRead.value();
    if (resident) {
        const auto staying = hasLiveAgreement(m_store, resident->id);
        if (!staying)
            return staying.error();
        check.require(!staying.value(), QStringLiteral("resident"),
                      QCoreApplication::translate(
                          "CheckIn", "%1 already has a stay; check out or transfer instead")
                          .arg(resident->fullName()));
    }
    const auto bedRead = bedFacts(m_store, input.bedId.trimmed());
    if (!bedRead)
        return bedRead.error();
    const auto& bed = bedRead.value();
    check.require(bed.has_value(), QStringLiteral("bed"),
                  QCoreApplication::translate("CheckIn", "no bed with id '%1'").arg(input.bedId));
    if (bed)
        check.require(bed->status != QLatin1String("maintenance"), QStringLiteral("bed"),
                      QCoreApplication::translate("CheckIn", "the bed is under maintenance"));
    if (bed && date) {
        auto taken =
            OccupancyRepository(m_store).overlapping(input.bedId.trimmed(), *date, QDate());
        if (!taken)
            return taken.error();
        check.require(taken.value().isEmpty(), QStringLiteral("bed"),
                      QCoreApplication::translate(
                          "CheckIn", "the bed is let to another resident on or after %1")
                          .arg(date->toString(QStringLiteral("dd-MM-yyyy"))));
    }
    if (!check.ok())
        return StoreError::invalid(check.errors());

    store::RecordWriter writer(m_store);
    const QString bedId = input.bedId.trimmed();
    auto agreementId = writer.insert(QStringLiteral("agreement"),
                                     {{QStringLiteral("resident_id"), resident->id},
                                      {QStringLiteral("property_id"), bed->propertyId},
                                      {QStringLiteral("start_date"), *date},
                                      {QStringLiteral("end_date"), endDate},
                                      {QStringLiteral("rent_paise"), rent->paise()},
                                      {QStringLiteral("deposit_paise"), deposit->paise()},
                                      {QStringLiteral("rent_due_day"), terms.dueDay},
                                      {QStringLiteral("notice_days"), terms.noticeDays},
                                      {QStringLiteral("lock_in_months"), terms.lockInMonths},
                                      {QStringLiteral("late_fee_kind"), terms.lateFeeKind},
                                      {QStringLiteral("late_fee_value"), terms.lateFeeValue},
                                      {QStringLiteral("late_fee_grace_days"), terms.lateFeeGrace},
                                      {QStringLiteral("status"), QStringLiteral("active")}});
    if (!agreementId)
        return agreementId;
    for (const RecurringCharge& charge : terms.charges)
        if (auto added = writer.insert(QStringLiteral("agreement_charge"),
                                       {{QStringLiteral("agreement_id"), agreementId.value()},
                                        {QStringLiteral("kind"), charge.kind},
                                        {QStringLiteral("description"), chargeName(charge.kind)},
                                        {QStringLiteral("amount_paise"), charge.monthly.paise()},
                                        {QStringLiteral("from_date"), *date}});
            !added)
            return added.error();
    if (auto occupied = OccupancyRepository(m_store).add(agreementId.value(), bedId, *date);
        !occupied)
        return occupied.error();
    if (!deposit->isZero())
        if (auto demanded = writer.insert(QStringLiteral("deposit_entry"),
                                          {{QStringLiteral("agreement_id"), agreementId.value()},
                                           {QStringLiteral("kind"), QStringLiteral("demand")},
                                           {QStringLiteral("amount_paise"), deposit->paise()},
                                           {QStringLiteral("entry_date"), *date}});
            !demanded)
            return demanded.error();
    const QString status = *date <= today ? QStringLiteral("occupied") : QStringLiteral("reserved");
    if (auto marked =
            writer.update(QStringLiteral("bed"), bedId, {{QStringLiteral("status"), status}});
        !marked)
        return marked.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return agreementId;
}

StoreResult<CheckIn::NewStay> CheckIn::runWithNewResident(const ResidentInput& resident,
                                                          CheckInInput input, QDate today)
{
    store::Transaction tx(m_store);
    if (!tx.started())
        return tx.error();
    auto added = ResidentRepository(m_store).add(resident, today);
    if (!added)
        return added.error();
    input.residentId = added.value();
    auto agreement = run(input, today);
    if (!agreement)
        return agreement.error();
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return NewStay{added.value(), agreement.value()};
}

} // namespace rentflow
