#pragma once

#include "SamplePg.h"

namespace rentflow::test {

// A stay to print an agreement for, on SamplePg: the organisation "Sunrise Hospitality
// Pvt Ltd" (legal name) with its address, PAN AAKCS1234F and signatory Meera Rao; the property at
// "14, 5th Cross, Koramangala" 560034; Ananya Sharma, daughter of Rajesh Sharma (Aadhaar XXXX XXXX
// 2346), of "House 7, Civil Lines, Jaipur"; room 101's meter at ₹9.00 a unit; checked into bed A on
// 17-11-2026 for ₹12,000 a month and a ₹24,000 deposit, due on the 7th, 2% late fee after 3 days'
// grace, 45 days' notice, food ₹3,500 and Wi-Fi ₹500 a month. Test setup writes fields no command
// sets yet.
struct SampleAgreement
{
    SampleAgreement();

    SamplePg pg;
    QString residentId;
    QString agreementId;
};

} // namespace rentflow::test
