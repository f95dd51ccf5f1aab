#pragma once

#include "inventory/PropertyRepository.h"
#include "organisation/OrganisationRepository.h"
#include "residents/ResidentRepository.h"

#include <QDate>
#include <QRandomGenerator>

namespace rentflow {

// What the demo business's documents print beyond names and phones: the
// organisation's address, PAN, bank details, terms and signatory, each property's address
// and house rules, and each resident's profile and identity documents.
namespace DemoProfiles {

// The details the organisation has not set yet (what the user typed stays). Its PAN is
// its GSTIN's when it has one.
OrganisationChanges organisationDetails(const Organisation& org);

// The `index`-th demo property's (0, 1, …) street address in `locality`, its PIN code
// (`pincode`, the locality's) and the house rules its agreements print.
PropertyChanges propertyDetails(int index, const QString& locality, const QString& pincode);

// A valid Aadhaar number for the demo's `index`-th resident: 11 digits made from the index
// (the first 2 to 9) and their Verhoeff check digit.
QString aadhaarNumber(int index);

// Fills the profile of the demo's `index`-th resident (0, 1, …) whose first name is
// female when `female`: every 4th reads Hindi documents, every one has a home address,
// a date of birth (18 to 34 on `today`), gender, father's name, occupation and an Aadhaar
// number (aadhaarNumber), every 3rd (the 2nd, 5th, …) a PAN too; the 8th and the 108th
// are registered businesses with a GSTIN. `random` is the profiles' own
// generator, so the rest of the demo is the same as without them.
void fillResident(ResidentInput& input, int index, bool female, const QString& lastName,
                  QRandomGenerator& random, QDate today);

} // namespace DemoProfiles

} // namespace rentflow
