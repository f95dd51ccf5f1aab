#include "DemoData.h"

#include "DemoProfiles.h"

#include "billing/MonthlyRun.h"
#include "inventory/MeterRepository.h"
#include "inventory/PropertyRepository.h"
#include "inventory/RoomSetup.h"
#include "organisation/OrganisationRepository.h"
#include "payments/RecordPayment.h"
#include "residents/ResidentRepository.h"
#include "stays/CheckIn.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QRandomGenerator>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {

// Bengaluru localities and their PIN codes.
struct Locality
{
    const char* name;
    const char* pincode;
};
const Locality kLocalities[] = {{"Koramangala", "560034"},     {"Indiranagar", "560038"},
                                {"HSR Layout", "560102"},      {"Whitefield", "560066"},
                                {"Marathahalli", "560037"},    {"BTM Layout", "560076"},
                                {"Electronic City", "560100"}, {"Jayanagar", "560041"},
                                {"Bellandur", "560103"},       {"Hebbal", "560024"}};
const char* const kFirstNames[] = {"Aarav",   "Ananya", "Arjun",     "Diya",  "Ishaan", "Kavya",
                                   "Lakshmi", "Meera",  "Nikhil",    "Priya", "Rahul",  "Riya",
                                   "Rohan",   "Sana",   "Siddharth", "Sneha", "Tanvi",  "Varun",
                                   "Vikram",  "Zoya",   "Karthik",   "Divya", "Harsh",  "Pooja"};
// The first names above that are women's.
bool isFemaleName(const char* name)
{
    static const QStringList female{
        QStringLiteral("Ananya"),  QStringLiteral("Diya"),  QStringLiteral("Kavya"),
        QStringLiteral("Lakshmi"), QStringLiteral("Meera"), QStringLiteral("Priya"),
        QStringLiteral("Riya"),    QStringLiteral("Sana"),  QStringLiteral("Sneha"),
        QStringLiteral("Tanvi"),   QStringLiteral("Zoya"),  QStringLiteral("Divya"),
        QStringLiteral("Pooja")};
    return female.contains(QString::fromLatin1(name));
}
const char* const kLastNames[] = {"Sharma", "Iyer",  "Reddy", "Nair",  "Patel", "Gupta",
                                  "Rao",    "Menon", "Singh", "Joshi", "Das",   "Khan",
                                  "Kumar",  "Shah",  "Verma", "Pillai"};

template <typename T, size_t N> const char* pick(QRandomGenerator& random, const T (&items)[N])
{
    return items[random.bounded(int(N))];
}

// Rent by sharing, as Bengaluru PGs price beds, in steps of ₹500.
int rentFor(int sharing, QRandomGenerator& random)
{
    static const int low[] = {0, 15000, 10000, 8000, 6000};
    static const int span[] = {0, 7000, 4000, 2000, 2000};
    return low[sharing] + random.bounded(span[sharing] / 500 + 1) * 500;
}

} // namespace

StoreResult<DemoData::Counts> DemoData::generate(const Options& options)
{
    if (options.beds < 1 || options.beds > kMaxBeds)
        return StoreError::invalid(
            {{QStringLiteral("beds"), QStringLiteral("is a number from 1 to %1").arg(kMaxBeds)}});
    if (options.months < 0 || options.months > 24)
        return StoreError::invalid(
            {{QStringLiteral("months"), QStringLiteral("is a number from 0 to 24")}});
    QRandomGenerator random(options.seed);
    auto report = [&](const char* step, int done, int total) {
        if (options.progress)
            options.progress(QString::fromLatin1(step), done, total);
    };
    store::Transaction tx(m_store); // all or nothing: a failed demo leaves no half PG behind
    if (!tx.started())
        return tx.error();
    Counts counts;
    const BillingPeriod first = [&] {
        BillingPeriod p = options.current;
        for (int i = 0; i < options.months; ++i)
            p = p.previous();
        return p;
    }();

    // Properties, rooms (1–4 sharing) and their beds, each room with a meter.
    QStringList beds;
    QList<Money> bedRents; // each bed's rent, as set on its room
    QStringList meters;
    while (beds.size() < options.beds) {
        const Locality& where = kLocalities[counts.properties % 10];
        const QString locality =
            QString::fromLatin1(where.name) +
            (counts.properties >= 10 ? QStringLiteral(" %1").arg(counts.properties / 10 + 1)
                                     : QString());
        auto property = PropertyRepository(m_store).add({locality, QStringLiteral("Bengaluru"),
                                                         QStringLiteral("29"), QString(),
                                                         QString::fromLatin1(where.pincode)});
        if (!property)
            return property.error();
        // Its street address and house rules, for the agreements.
        if (auto detailed = PropertyRepository(m_store).update(
                property.value(),
                DemoProfiles::propertyDetails(counts.properties, QString::fromLatin1(where.name),
                                              QString::fromLatin1(where.pincode)));
            !detailed)
            return detailed.error();
        ++counts.properties;
        for (int room = 0; beds.size() < options.beds && room * 3 < kBedsPerProperty; ++room) {
            const int sharing =
                std::min(1 + int(random.bounded(4)), int(options.beds - beds.size()));
            const int rent = rentFor(sharing, random);
            auto made =
                RoomSetup(m_store).add({property.value(), QString::number(1 + room / 10),
                                        QString::number(100 * (1 + room / 10) + room % 10 + 1),
                                        QString::number(sharing), QString::number(rent), true});
            if (!made)
                return made.error();
            beds << made.value().bedIds;
            for (qsizetype b = 0; b < made.value().bedIds.size(); ++b)
                bedRents.append(Money::fromRupees(rent));
            meters << made.value().meterId;
            if (auto priced = MeterRepository(m_store).setTariff(
                    {made.value().meterId, QStringLiteral("9"), QString(), {}});
                !priced)
                return priced.error();
            report("rooms", int(beds.size()), options.beds);
        }
    }
    counts.beds = int(beds.size());

    // The organisation's address, PAN, bank details, terms and signatory, where not set yet.
    {
        OrganisationRepository organisation(m_store);
        const auto org = organisation.current();
        if (!org)
            return org.error();
        if (!org.value())
            return StoreError{StoreError::Code::InvalidInput,
                              QStringLiteral("Set up the organisation first (init)")};
        if (auto updated = organisation.update(DemoProfiles::organisationDetails(*org.value()));
            !updated)
            return updated.error();
    }

    // About 90% of beds let, from a day in the months before (or earlier). Profiles
    // (address, date of birth, …) come from their own generator, so the stays, bills and
    // payments are the same as a demo without them.
    QRandomGenerator profiles(options.seed ^ 0x5eed0f11u);
    const QDate today = options.current.firstDay();
    QStringList residents;
    for (int i = 0; i < beds.size(); ++i) {
        if (random.bounded(10) == 0)
            continue; // vacant
        const char* firstName = pick(random, kFirstNames);
        const QString lastName = QString::fromLatin1(pick(random, kLastNames));
        ResidentInput input{
            QString::fromLatin1(firstName) + QLatin1Char(' ') + lastName,
            QStringLiteral("9%1").arg(800000000 + counts.residents, 9, 10, QLatin1Char('0')),
            {},
            {},
            {}};
        DemoProfiles::fillResident(input, counts.residents, isFemaleName(firstName), lastName,
                                   profiles, today);
        auto resident = ResidentRepository(m_store).add(input, today);
        if (!resident)
            return resident.error();
        const QDate start = first.firstDay().addDays(
            -int(random.bounded(120)) + int(random.bounded(28 * (options.months + 1))));
        const Money bedRent = bedRents.at(i);
        auto stay =
            CheckIn(m_store).run({resident.value(), beds.at(i), start.toString(Qt::ISODate),
                                  bedRent.toDecimalString(), bedRent.times(2).toDecimalString()},
                                 std::min(start, options.current.firstDay()));
        if (!stay)
            return stay.error();
        residents.append(resident.value());
        ++counts.residents;
        report("residents", i + 1, int(beds.size()));
    }

    // The meters are read on each month's last day; each past month is billed (with the
    // readings that closed the month before) and paid: most in full, some partly, some not
    // at all. The current month is left for the user, or the benchmark, to bill.
    QList<qint64> registers(meters.size(), 0);
    auto readMeters = [&](QDate day) -> store::StoreStatus {
        for (qsizetype m = 0; m < meters.size(); ++m) {
            registers[m] += 100 * (60 + qint64(random.bounded(120))); // 60–180 units a month
            if (auto written = store::RecordWriter(m_store).insert(
                    QStringLiteral("meter_reading"),
                    {{QStringLiteral("meter_id"), meters[m]},
                     {QStringLiteral("reading_date"), day},
                     {QStringLiteral("value_hundredths"), registers[m]}});
                !written)
                return written.error();
        }
        return store::Done{};
    };
    if (auto read = readMeters(first.firstDay().addDays(-1)); !read)
        return read.error();
    for (BillingPeriod month = first; month < options.current; month = month.next()) {
        auto run = MonthlyRun(m_store).run({month, month.firstDay(), false, {}});
        if (!run)
            return run.error();
        counts.invoices += int(run.value().drafts.size());
        int paid = 0;
        for (const InvoiceDraft& invoice : run.value().drafts) {
            const int behaviour = int(random.bounded(20));
            if (behaviour < 3)
                continue; // overdue
            const Money amount =
                behaviour < 6 ? invoice.totals.total.prorated(1, 2) : invoice.totals.total;
            const QDate day = month.firstDay().addDays(int(random.bounded(10)));
            const QString method =
                behaviour % 3 == 0 ? QStringLiteral("cash") : QStringLiteral("upi");
            // Cash has no reference; a UPI payment has its transaction number.
            const QString reference = method == QLatin1String("cash")
                                          ? QString()
                                          : QStringLiteral("UTR%1").arg(counts.payments + 1);
            auto payment =
                RecordPayment(m_store).run({invoice.residentId, amount.toDecimalString(), method,
                                            reference, day.toString(Qt::ISODate)},
                                           options.current.firstDay().addDays(-1));
            if (!payment)
                return payment.error();
            ++counts.payments;
            report("payments", ++paid, int(run.value().drafts.size()));
        }
        if (auto read = readMeters(month.lastDay()); !read)
            return read.error();
    }
    if (auto saved = tx.commit(); !saved)
        return saved.error();
    return counts;
}

} // namespace rentflow
