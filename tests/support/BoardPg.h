#pragma once

#include "SamplePg.h"

#include <inventory/BedRepository.h>
#include <inventory/RoomSetup.h>
#include <payments/RecordPayment.h>
#include <residents/ResidentRepository.h>
#include <stays/CheckIn.h>
#include <stays/GiveNotice.h>

#include <gtest/gtest.h>

namespace rentflow::test {

// SamplePg with a bed in every state of the bed board (as of 26-11-2026), set up through
// the models:
//   floor 1, room 101 (3 beds at ₹12,000, a meter)
//     101-A  Lakshmi Narayanan, in since 01-10-2026, notice: vacating on 15-12-2026;
//            Rahul Verma booked onto it from 16-12-2026
//     101-B  Arjun Mehta, in since 01-11-2026 (occupied)
//     101-C  under maintenance
//   floor 2, room 102 (2 beds at ₹9,000, no meter)
//     102-A  Priya Sharma booked from 01-12-2026 (reserved)
//     102-B  vacant
// October and November are billed; Arjun paid ₹5,000 on 10-11-2026.
struct BoardPg : SamplePg
{
    static inline const QDate kToday{2026, 11, 26};

    BoardPg()
    {
        auto room = RoomSetup(store()).add({propertyId, QStringLiteral("2"), QStringLiteral("102"),
                                            QStringLiteral("2"), QStringLiteral("9000"), false});
        EXPECT_TRUE(room.ok());
        room102 = room.value().roomId;
        bedIds << room.value().bedIds; // 3: 102-A, 4: 102-B
        ResidentRepository residents(store());
        residentIds
            << residents
                   .add({QStringLiteral("Priya Sharma"), QStringLiteral("9845012347"), {}, {}, {}})
                   .value()
            << residents
                   .add({QStringLiteral("Rahul Verma"), QStringLiteral("9845012348"), {}, {}, {}})
                   .value();
        checkIn(0, 0, QDate(2026, 10, 1));
        checkIn(1, 1, QDate(2026, 11, 1));
        bill(u"2026-10");
        bill(u"2026-11");
        expectOk(RecordPayment(store()).run({residentIds[1],
                                             QStringLiteral("5000"),
                                             QStringLiteral("cash"),
                                             {},
                                             QStringLiteral("2026-11-10")},
                                            QDate(2026, 11, 10)));
        expectOk(
            GiveNotice(store()).run({residentIds[0], QStringLiteral("2026-11-20"),
                                     QStringLiteral("2026-12-15"), QStringLiteral("Job in Pune")},
                                    QDate(2026, 11, 20)));
        expectOk(CheckIn(store()).run({residentIds[2], bedIds[3], QStringLiteral("2026-12-01"),
                                       QStringLiteral("9000"), QStringLiteral("0")},
                                      kToday));
        expectOk(CheckIn(store()).run({residentIds[3], bedIds[0], QStringLiteral("2026-12-16"),
                                       QStringLiteral("12000"), QStringLiteral("0")},
                                      kToday));
        BedChanges maintenance;
        maintenance.maintenance = true;
        expectOk(BedRepository(store()).update(bedIds[2], maintenance));
    }

    template <typename Result> static void expectOk(const Result& result)
    {
        EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message.toStdString());
    }

    QString room102;
};

} // namespace rentflow::test
