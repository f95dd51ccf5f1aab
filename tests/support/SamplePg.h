#pragma once

#include "TestWorkspace.h"

#include <organisation/OrganisationRepository.h>

#include <QStringList>

namespace rentflow::test {

// A small PG to test stays and billing on: one organisation, one property in
// Karnataka, room 101 with three beds at ₹12,000, two residents.
struct SamplePg
{
    explicit SamplePg(const OrganisationInput& organisation = defaultOrganisation());
    static OrganisationInput defaultOrganisation();

    store::Store& store() { return workspace->store(); }

    TestWorkspace files;
    std::unique_ptr<store::Workspace> workspace;
    QString propertyId;
    QString roomId;
    QStringList bedIds;
    QString meterId;
    QStringList residentIds;
};

} // namespace rentflow::test
