#include "SamplePg.h"

#include <billing/MonthlyRun.h>
#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>
#include <residents/ResidentRepository.h>
#include <stays/CheckIn.h>

#include <gtest/gtest.h>

namespace rentflow::test {

OrganisationInput SamplePg::defaultOrganisation()
{
    OrganisationInput org;
    org.name = QStringLiteral("Sunrise PG");
    org.stateCode = QStringLiteral("29");
    return org;
}

SamplePg::SamplePg(const OrganisationInput& organisation)
{
    workspace = files.create();
    EXPECT_TRUE(OrganisationRepository(store()).create(organisation).ok());
    propertyId = PropertyRepository(store())
                     .add({QStringLiteral("Koramangala"),
                           QStringLiteral("Bengaluru"),
                           QStringLiteral("29"),
                           {},
                           {}})
                     .value();
    auto room = RoomSetup(store()).add({propertyId, QStringLiteral("1"), QStringLiteral("101"),
                                        QStringLiteral("3"), QStringLiteral("12000"), true});
    EXPECT_TRUE(room.ok());
    roomId = room.value().roomId;
    bedIds = room.value().bedIds;
    meterId = room.value().meterId;
    ResidentRepository residents(store());
    residentIds
        << residents
               .add({QStringLiteral("Lakshmi Narayanan"), QStringLiteral("9845012345"), {}, {}, {}})
               .value()
        << residents.add({QStringLiteral("Arjun Mehta"), QStringLiteral("9845012346"), {}, {}, {}})
               .value();
}

void SamplePg::checkIn(int resident, int bed, QDate from, const QString& rent)
{
    auto stay = CheckIn(store()).run({residentIds.at(resident), bedIds.at(bed),
                                      from.toString(Qt::ISODate), rent, QStringLiteral("0")},
                                     from);
    EXPECT_TRUE(stay.ok()) << (stay.ok() ? "" : stay.error().message.toStdString());
}

void SamplePg::bill(const char16_t* month)
{
    const BillingPeriod period = BillingPeriod::parse(month).value();
    auto run = MonthlyRun(store()).run({period, period.firstDay(), false, {}, period.firstDay()});
    EXPECT_TRUE(run.ok()) << (run.ok() ? "" : run.error().message.toStdString());
}

} // namespace rentflow::test
