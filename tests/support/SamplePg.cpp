#include "SamplePg.h"

#include <inventory/PropertyRepository.h>
#include <inventory/RoomSetup.h>
#include <residents/ResidentRepository.h>

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

} // namespace rentflow::test
