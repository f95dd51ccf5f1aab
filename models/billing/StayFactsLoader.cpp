#include "StayFactsLoader.h"

#include "ledger/PaymentCredit.h"

#include "domain/IsoDate.h"
#include "store/CheckedRead.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreResult;
using store::StoreStatus;

const QString StayFactsLoader::kStayColumns =
    QStringLiteral("a.id, a.resident_id, a.property_id, a.start_date, a.end_date, a.move_out_date, "
                   "a.rent_paise, a.rent_due_day, trim(r.first_name || ' ' || r.last_name), "
                   "r.permanent_address, r.gstin");

StayFacts StayFactsLoader::stayFromRow(const QSqlQuery& row)
{
    StayFacts stay;
    stay.agreementId = row.value(0).toString();
    stay.residentId = row.value(1).toString();
    stay.propertyId = row.value(2).toString();
    stay.start = storedDate(row.value(3));
    stay.plannedEnd = storedDate(row.value(4));
    stay.moveOut = storedDate(row.value(5));
    stay.rent = Money::fromPaise(row.value(6).toLongLong());
    stay.rentDueDay = row.value(7).toInt();
    stay.recipientName = row.value(8).toString();
    stay.recipientAddress = row.value(9).toString();
    stay.recipientGstin = row.value(10).toString();
    return stay;
}

StoreResult<QList<StayFacts>> StayFactsLoader::unbilled(BillingPeriod period, const Scope& scope)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + kStayColumns +
        QStringLiteral(
            " FROM agreement a JOIN resident r ON r.id = a.resident_id "
            "WHERE a.deleted = 0 AND a.status IN ('active', 'notice', 'ended') AND a.start_date <= "
            "? "
            "AND (a.move_out_date IS NULL OR a.move_out_date >= ?) "
            "AND (? = 1 OR NOT EXISTS (SELECT 1 FROM invoice i WHERE i.agreement_id = a.id AND "
            "i.billing_month = "
            "? "
            "  AND i.purpose IN ('monthly', 'final') AND i.status = 'issued' AND i.deleted = 0)) "
            "AND (? = '' OR a.id = ?) "
            "ORDER BY a.property_id, a.start_date, a.id"));
    q.addBindValue(period.lastDay());
    q.addBindValue(period.firstDay());
    q.addBindValue(scope.includeBilled ? 1 : 0);
    q.addBindValue(period.toString());
    q.addBindValue(scope.agreementId);
    q.addBindValue(scope.agreementId);
    if (!q.exec())
        return m_store.error(QStringLiteral("Finding the stays to bill"), q);
    QList<StayFacts> stays;
    while (q.next())
        stays.append(stayFromRow(q));
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Finding the stays to bill"));
        !read)
        return read.error();
    QHash<QString, StayFacts*> byAgreement, byResident;
    for (StayFacts& stay : stays) {
        byAgreement.insert(stay.agreementId, &stay);
        byResident.insert(stay.residentId, &stay);
    }
    if (auto attached = attachSegments(byAgreement); !attached)
        return attached.error();
    if (auto attached = attachRentChanges(byAgreement); !attached)
        return attached.error();
    if (auto attached = attachRecurring(byAgreement, period); !attached)
        return attached.error();
    if (auto attached = attachOneOffs(byResident, period); !attached)
        return attached.error();
    if (auto attached = attachAdvanceCredit(byResident); !attached)
        return attached.error();
    if (!scope.withUtilities)
        return stays;
    auto utilities = UtilityShareLoader(m_store).unbilled(
        UtilityShareLoader::sinceFor(period),
        scope.utilitiesThrough.isValid() ? scope.utilitiesThrough : period.lastDay());
    if (!utilities)
        return utilities.error();
    for (StayFacts& stay : stays)
        stay.utilities = utilities.value().value(stay.agreementId);
    return stays;
}

StoreStatus StayFactsLoader::attachSegments(QHash<QString, StayFacts*>& byAgreement)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT o.agreement_id, o.from_date, o.to_date, r.number, b.label FROM occupancy o "
            "JOIN bed b ON b.id = o.bed_id JOIN room r ON r.id = b.room_id WHERE o.deleted = 0 "
            "ORDER BY o.agreement_id, o.from_date")))
        return m_store.error(QStringLiteral("Reading occupancy"), q);
    while (q.next())
        if (StayFacts* stay = byAgreement.value(q.value(0).toString()))
            stay->segments.append({storedDate(q.value(1)), storedDate(q.value(2)),
                                   QStringLiteral("room %1, bed %2")
                                       .arg(q.value(3).toString(), q.value(4).toString())});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading occupancy")); !read)
        return read.error();
    return store::Done{};
}

StoreStatus StayFactsLoader::attachRentChanges(QHash<QString, StayFacts*>& byAgreement)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT agreement_id, effective_from, rent_paise FROM rent_change "
                               "WHERE deleted = 0 ORDER BY agreement_id, effective_from, "
                               "created_at")))
        return m_store.error(QStringLiteral("Reading rent changes"), q);
    while (q.next())
        if (StayFacts* stay = byAgreement.value(q.value(0).toString()))
            stay->rentChanges.append(
                {storedDate(q.value(1)), Money::fromPaise(q.value(2).toLongLong())});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading rent changes")); !read)
        return read.error();
    return store::Done{};
}

StoreStatus StayFactsLoader::attachRecurring(QHash<QString, StayFacts*>& byAgreement,
                                             BillingPeriod period)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT agreement_id, id, kind, description, amount_paise, from_date, to_date "
        "FROM agreement_charge WHERE deleted = 0 AND from_date <= ? "
        "AND (to_date IS NULL OR to_date >= ?) ORDER BY agreement_id, from_date"));
    q.addBindValue(period.lastDay());
    q.addBindValue(period.firstDay());
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading recurring charges"), q);
    while (q.next())
        if (StayFacts* stay = byAgreement.value(q.value(0).toString()))
            stay->recurring.append({q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString(),
                                    Money::fromPaise(q.value(4).toLongLong()),
                                    storedDate(q.value(5)), storedDate(q.value(6))});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading recurring charges"));
        !read)
        return read.error();
    return store::Done{};
}

StoreStatus StayFactsLoader::attachOneOffs(QHash<QString, StayFacts*>& byResident,
                                           BillingPeriod period)
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT resident_id, id, kind, description, amount_paise FROM charge "
        "WHERE deleted = 0 AND invoice_id IS NULL AND waived = 0 AND charge_date <= ? "
        "AND kind IN ('one_off', 'damage', 'late_fee', 'other') ORDER BY charge_date, id"));
    q.addBindValue(period.lastDay());
    if (!q.exec())
        return m_store.error(QStringLiteral("Reading one-off charges"), q);
    while (q.next())
        if (StayFacts* stay = byResident.value(q.value(0).toString()))
            stay->oneOffs.append({q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(),
                                  Money::fromPaise(q.value(4).toLongLong())});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading one-off charges")); !read)
        return read.error();
    return store::Done{};
}

StoreStatus StayFactsLoader::attachAdvanceCredit(QHash<QString, StayFacts*>& byResident)
{
    // Payments for dues with money not yet allocated, per resident (CGST Act s.14's payment).
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT resident_id, sum(free), max(received_on) FROM (SELECT "
                               "p.resident_id, p.received_on, %1 AS free FROM payment p WHERE "
                               "p.status = 'received' AND p.purpose = 'dues' AND p.deleted = 0) "
                               "WHERE free > 0 GROUP BY resident_id")
                    .arg(paymentFreeSql())))
        return m_store.error(QStringLiteral("Reading advance credit"), q);
    while (q.next())
        if (StayFacts* stay = byResident.value(q.value(0).toString())) {
            stay->advanceCredit = Money::fromPaise(q.value(1).toLongLong());
            if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading advance credit"));
                !read)
                return read.error();
            stay->advanceReceivedOn = storedDate(q.value(2));
        }
    return store::Done{};
}

StoreResult<QHash<QString, SupplierFacts>> StayFactsLoader::suppliers()
{
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT p.id, coalesce(p.gstin, o.gstin, ''), p.state_code FROM property p "
            "JOIN organisation o ON o.id = p.organisation_id WHERE p.deleted = 0")))
        return m_store.error(QStringLiteral("Reading the properties"), q);
    QHash<QString, SupplierFacts> facts;
    while (q.next())
        facts.insert(q.value(0).toString(),
                     SupplierFacts{q.value(1).toString(), q.value(2).toString()});
    if (auto read = store::checkedEnd(m_store, q, QStringLiteral("Reading the properties")); !read)
        return read.error();
    return facts;
}

} // namespace rentflow
