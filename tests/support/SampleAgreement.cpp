#include "SampleAgreement.h"

#include <inventory/MeterRepository.h>
#include <residents/ResidentRepository.h>
#include <stays/CheckIn.h>
#include <store/RecordWriter.h>
#include <store/Store.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace rentflow::test {

SampleAgreement::SampleAgreement()
{
    store::Store& store = pg.store();
    residentId = ResidentRepository(store)
                     .add({QStringLiteral("Ananya Sharma"),
                           QStringLiteral("9829012345"),
                           {},
                           QStringLiteral("ABCPS1234F"),
                           QStringLiteral("2341 2341 2346")})
                     .value();
    {
        store::Transaction tx(store);
        store::RecordWriter writer(store);
        QSqlQuery q(store.database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT id FROM organisation")) && q.next());
        EXPECT_TRUE(writer
                        .update(QStringLiteral("organisation"), q.value(0).toString(),
                                {{QStringLiteral("legal_name"),
                                  QStringLiteral("Sunrise Hospitality Pvt Ltd")},
                                 {QStringLiteral("address"),
                                  QStringLiteral("2nd Floor, 80 Feet Road, Bengaluru 560034")},
                                 {QStringLiteral("pan"), QStringLiteral("AAKCS1234F")},
                                 {QStringLiteral("signatory_name"), QStringLiteral("Meera Rao")}})
                        .ok());
        EXPECT_TRUE(
            writer
                .update(QStringLiteral("property"), pg.propertyId,
                        {{QStringLiteral("address"), QStringLiteral("14, 5th Cross, Koramangala")},
                         {QStringLiteral("pincode"), QStringLiteral("560034")}})
                .ok());
        EXPECT_TRUE(writer
                        .update(QStringLiteral("resident"), residentId,
                                {{QStringLiteral("permanent_address"),
                                  QStringLiteral("House 7, Civil Lines, Jaipur")},
                                 {QStringLiteral("father_name"), QStringLiteral("Rajesh Sharma")}})
                        .ok());
        EXPECT_TRUE(tx.commit().ok());
    }
    EXPECT_TRUE(MeterRepository(store).setTariff({pg.meterId, QStringLiteral("9"), {}, {}}).ok());
    CheckInInput input{residentId, pg.bedIds.at(0), QStringLiteral("2026-11-17"),
                       QStringLiteral("12000"), QStringLiteral("24000")};
    input.dueDay = QStringLiteral("7");
    input.noticeDays = QStringLiteral("45");
    input.lateFee = QStringLiteral("2%");
    input.lateFeeGrace = QStringLiteral("3");
    input.charges = {QStringLiteral("food=3500"), QStringLiteral("wifi=500")};
    auto stay = CheckIn(store).run(input, QDate(2026, 11, 17));
    EXPECT_TRUE(stay.ok()) << (stay.ok() ? "" : stay.error().message.toStdString());
    agreementId = stay.ok() ? stay.value() : QString();
}

} // namespace rentflow::test
