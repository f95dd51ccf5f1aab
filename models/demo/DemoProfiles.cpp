#include "DemoProfiles.h"

#include "domain/Gstin.h"

namespace rentflow::DemoProfiles {

namespace {

struct HomeTown
{
    const char* locality;
    const char* city;
    const char* state;
};
const HomeTown kHomeTowns[] = {{"Civil Lines", "Jaipur 302006", "Rajasthan"},
                               {"Gomti Nagar", "Lucknow 226010", "Uttar Pradesh"},
                               {"Kankarbagh", "Patna 800020", "Bihar"},
                               {"Aundh", "Pune 411007", "Maharashtra"},
                               {"Vyttila", "Kochi 682019", "Kerala"},
                               {"Sector 15", "Chandigarh 160015", "Chandigarh"},
                               {"Salt Lake", "Kolkata 700091", "West Bengal"},
                               {"Madhapur", "Hyderabad 500081", "Telangana"},
                               {"Anna Nagar", "Chennai 600040", "Tamil Nadu"},
                               {"Arera Colony", "Bhopal 462016", "Madhya Pradesh"}};
const char* const kFathers[] = {"Ramesh",  "Suresh", "Mahesh", "Rajesh", "Anil",   "Vijay",
                                "Prakash", "Mohan",  "Ashok",  "Dinesh", "Satish", "Venkatesh"};
const char* const kOccupations[] = {
    "Software engineer", "Student",         "Data analyst", "Nurse",
    "Graphic designer",  "Sales executive", "Teacher",      "Accountant"};
// Where each occupation above works or studies.
const char* const kEmployers[] = {
    "Infosys", "Christ University",    "Deloitte", "Manipal Hospital", "Flipkart",
    "Swiggy",  "St. Joseph's College", "Wipro"};

template <typename T, size_t N> const T& pick(QRandomGenerator& random, const T (&items)[N])
{
    return items[random.bounded(int(N))];
}

// A registered company's GSTIN in Karnataka (29): PAN AABC…, entity 1, Z, check character.
QString businessGstin(int index)
{
    const QString first14 =
        QStringLiteral("29AABCD%1E1Z").arg(1000 + index % 9000, 4, 10, QLatin1Char('0'));
    return first14 + Gstin::checkCharacter(first14);
}

} // namespace

OrganisationChanges organisationDetails(const Organisation& org)
{
    const auto unset = [](const QString& now, const char* demo) {
        return now.isEmpty() ? std::optional(QString::fromUtf8(demo)) : std::nullopt;
    };
    OrganisationChanges changes;
    changes.bankName = unset(org.bankName, "State Bank of India, Koramangala");
    changes.bankAccount = unset(org.bankAccount, "32165498701");
    changes.bankIfsc = unset(org.bankIfsc, "SBIN0040277");
    changes.upiVpa = unset(org.upiVpa, "demopg@okaxis");
    changes.signatoryName = unset(org.signatoryName, "Asha Rao");
    changes.invoiceTerms =
        unset(org.invoiceTerms,
              "Rent is due by the 5th of each month; a late fee applies after the due date.\n"
              "The security deposit is refunded within 15 days of check-out, less any dues.");
    return changes;
}

void fillResident(ResidentInput& input, int index, bool female, const QString& lastName,
                  QRandomGenerator& random, QDate today)
{
    if (index % 4 == 3)
        input.language = QStringLiteral("hi");
    const HomeTown& home = pick(random, kHomeTowns);
    input.permanentAddress =
        QStringLiteral("%1, %2, %3, %4")
            .arg(1 + random.bounded(200))
            .arg(QString::fromLatin1(home.locality), QString::fromLatin1(home.city),
                 QString::fromLatin1(home.state));
    // 18 to 34 years old: born 18 years and 0–6,209 days (17 years) before today.
    input.dateOfBirth =
        today.addYears(-18).addDays(-int(random.bounded(17 * 365))).toString(Qt::ISODate);
    input.gender = female ? QStringLiteral("female") : QStringLiteral("male");
    input.fatherName = QString::fromLatin1(pick(random, kFathers)) + QLatin1Char(' ') + lastName;
    const int job = int(random.bounded(int(std::size(kOccupations))));
    input.occupation = QString::fromLatin1(kOccupations[job]);
    input.employer = QString::fromLatin1(kEmployers[job]);
    if (index % 100 == 7)
        input.gstin = businessGstin(index);
}

} // namespace rentflow::DemoProfiles
