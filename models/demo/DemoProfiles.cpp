#include "DemoProfiles.h"

#include "domain/Aadhaar.h"
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

// An individual's PAN (holder type P, then the surname's initial), made from `index`; PAN's
// last letter is a check character whose rule is not published, so any letter parses.
QString personalPan(int index, const QString& lastName)
{
    const auto letter = [](int n) {
        return QChar(u'A' + n % 26);
    };
    return QStringLiteral("AB%1P%2%3%4")
        .arg(letter(index / 26))
        .arg(lastName.left(1).toUpper())
        .arg(1000 + (index * 37) % 9000, 4, 10, QLatin1Char('0'))
        .arg(letter(index));
}

} // namespace

OrganisationChanges organisationDetails(const Organisation& org)
{
    const auto unset = [](const QString& now, const char* demo) {
        return now.isEmpty() ? std::optional(QString::fromUtf8(demo)) : std::nullopt;
    };
    OrganisationChanges changes;
    changes.address = unset(org.address, "No. 8, 2nd Floor, 80 Feet Road, Koramangala 4th Block, "
                                         "Bengaluru 560034, Karnataka");
    if (org.pan.isEmpty())
        changes.pan = org.gstin.isEmpty() ? QStringLiteral("AKXPR4821M") : org.gstin.mid(2, 10);
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

PropertyChanges propertyDetails(int index, const QString& locality, const QString& pincode)
{
    PropertyChanges details;
    details.address = QStringLiteral("%1, %2 Main Road, %3")
                          .arg(12 + (index * 7) % 80)
                          .arg(QStringList{QStringLiteral("1st"), QStringLiteral("2nd"),
                                           QStringLiteral("4th"), QStringLiteral("6th")}
                                   .at(index % 4),
                               locality);
    details.pincode = pincode;
    details.houseRules = QStringLiteral(
        "The gate closes at 11 pm; tell the warden before coming back later.\n"
        "No smoking, alcohol or drugs on the premises.\n"
        "Visitors are welcome in the common area from 9 am to 8 pm; no overnight guests.\n"
        "Switch off the lights, fans and geyser when leaving the room.\n"
        "No cooking in the rooms; meals are served in the dining hall.\n"
        "Keep noise down after 10 pm.");
    return details;
}

QString aadhaarNumber(int index)
{
    // 2 followed by 10 digits spread over the range, so neighbours do not look alike.
    const qint64 body =
        20000000000LL + (3571113171LL + qint64(index) * 829348061LL) % 80000000000LL;
    const QString first11 = QString::number(body);
    for (char check = '0'; check <= '9'; ++check) // exactly one digit makes it valid
        if (Aadhaar::verhoeffValid(first11 + QLatin1Char(check)))
            return first11 + QLatin1Char(check);
    return first11; // unreachable: Verhoeff has a check digit for every number
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
    input.aadhaar = aadhaarNumber(index);
    if (index % 3 == 1)
        input.pan = personalPan(index, lastName);
    if (index % 100 == 7)
        input.gstin = businessGstin(index);
}

} // namespace rentflow::DemoProfiles
