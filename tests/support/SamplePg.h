#pragma once

#include "TestWorkspace.h"

#include <organisation/OrganisationRepository.h>

#include <QDate>
#include <QStringList>

namespace rentflow::test {

// A small PG to test stays and billing on: one organisation, one property in
// Karnataka, room 101 with three beds at ₹12,000, two residents.
struct SamplePg
{
    explicit SamplePg(const OrganisationInput& organisation = defaultOrganisation());
    static OrganisationInput defaultOrganisation();

    store::Store& store() { return workspace->store(); }
    // Checks residentIds[resident] into bedIds[bed] from `from`; the test fails if refused.
    void checkIn(int resident, int bed, QDate from, const QString& rent = QStringLiteral("12000"));
    // Runs the monthly billing for YYYY-MM, issued (and run) on its first day.
    void bill(const char16_t* month);

    TestWorkspace files;
    std::unique_ptr<store::Workspace> workspace;
    QString propertyId;
    QString roomId;
    QStringList bedIds;
    QString meterId;
    QStringList residentIds;
};

} // namespace rentflow::test
