#pragma once

#include "organisation/OrganisationRepository.h"
#include "residents/ResidentRepository.h"

#include <QDate>
#include <QRandomGenerator>

namespace rentflow {

// What the demo business's documents print beyond names and phones: the
// organisation's bank details, terms and signatory, and each resident's profile.
namespace DemoProfiles {

// The details the organisation has not set yet (what the user typed stays).
OrganisationChanges organisationDetails(const Organisation& org);

// Fills the profile of the demo's `index`-th resident (0, 1, …) whose first name is
// female when `female`: every 4th reads Hindi documents, every one has a home address,
// a date of birth (18 to 34 on `today`), gender, father's name and occupation; the 8th
// and the 108th are registered businesses with a GSTIN. `random` is the profiles' own
// generator, so the rest of the demo is the same as without them.
void fillResident(ResidentInput& input, int index, bool female, const QString& lastName,
                  QRandomGenerator& random, QDate today);

} // namespace DemoProfiles

} // namespace rentflow
