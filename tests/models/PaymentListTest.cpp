#include <payments/PaymentList.h>
#include <payments/RecordPayment.h>
#include <payments/ReversePayment.h>
#include <support/SamplePg.h>

#include <gtest/gtest.h>

using namespace rentflow;

namespace {

// Lakshmi and Arjun billed November; three payments on three days, the cheque bounced.
struct ThreePayments : test::SamplePg
{
    ThreePayments()
    {
        checkIn(0, 0, QDate(2026, 11, 1));
        checkIn(1, 1, QDate(2026, 11, 1));
        bill(u"2026-11");
        pay(0, "15000", "cash", "", "2026-12-20");
        pay(1, "5000", "upi", "UTR9", "2026-12-21");
        cheque = pay(1, "1000", "cheque", "CHQ1", "2026-12-22");
        EXPECT_TRUE(
            ReversePayment(store()).run(cheque, QStringLiteral("bounced"), QString(), kToday).ok());
    }
    QString pay(int resident, const char* amount, const char* method, const char* reference,
                const char* date)
    {
        auto paid = RecordPayment(store()).run(
            {residentIds[resident], QString::fromLatin1(amount), QString::fromLatin1(method),
             QString::fromLatin1(reference), QString::fromLatin1(date)},
            kToday);
        EXPECT_TRUE(paid.ok());
        return paid.ok() ? paid.value().paymentId : QString();
    }
    QStringList receipts(const PaymentList::Filter& filter)
    {
        QStringList numbers;
        const auto rows = PaymentList(store()).list(filter);
        EXPECT_TRUE(rows.ok());
        for (const PaymentList::Row& row : rows.value())
            numbers << row.receiptNumber;
        return numbers;
    }
    static inline const QDate kToday{2026, 12, 22};
    QString cheque;
};

const QString k1 = QStringLiteral("KORAR/2627/0001"); // 20 Dec, cash
const QString k2 = QStringLiteral("KORAR/2627/0002"); // 21 Dec, UPI
const QString k3 = QStringLiteral("KORAR/2627/0003"); // 22 Dec, cheque, reversed

} // namespace

TEST(PaymentList, FiltersByMethodAndStatus)
{
    ThreePayments pg;
    EXPECT_EQ(pg.receipts({}), (QStringList{k1, k2, k3}));
    PaymentList::Filter upi;
    upi.method = QStringLiteral("upi");
    EXPECT_EQ(pg.receipts(upi), QStringList{k2});
    PaymentList::Filter reversed;
    reversed.status = QStringLiteral("reversed");
    EXPECT_EQ(pg.receipts(reversed), QStringList{k3});
    PaymentList::Filter arjunReceived;
    arjunReceived.residentId = pg.residentIds[1];
    arjunReceived.status = QStringLiteral("received");
    EXPECT_EQ(pg.receipts(arjunReceived), QStringList{k2});
}

TEST(PaymentList, ListsNewestFirstAPageAtATime)
{
    ThreePayments pg;
    PaymentList::Filter page;
    page.newestFirst = true;
    page.limit = 2;
    EXPECT_EQ(pg.receipts(page), (QStringList{k3, k2}));
    page.offset = 2;
    EXPECT_EQ(pg.receipts(page), QStringList{k1});
    page.offset = 3;
    EXPECT_TRUE(pg.receipts(page).isEmpty());
}
