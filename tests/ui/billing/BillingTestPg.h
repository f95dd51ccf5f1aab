#pragma once

#include "../UiTestContext.h"

#include <billing/MonthlyRun.h>
#include <support/Probe.h>
#include <support/SamplePg.h>

#include <QApplication>
#include <QDate>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <gtest/gtest.h>

namespace rentflow::test {

// The sample PG (Koramangala, room 101, three beds) with Lakshmi in bed A at ₹12,000
// and Arjun in bed B at ₹9,000, both from the first day of this month, so this
// month's run bills both for the whole month: ₹12,000 + ₹9,000 = ₹21,000. No GSTIN:
// bills of supply, no tax. The screens run on the real clock, so the month is today's.
struct BillingTestPg : SamplePg
{
    BillingTestPg() : ui(*workspace)
    {
        checkIn(0, 0, firstOfMonth(), QStringLiteral("12000"));
        checkIn(1, 1, firstOfMonth(), QStringLiteral("9000"));
    }
    static QDate firstOfMonth()
    {
        const QDate today = QDate::currentDate();
        return QDate(today.year(), today.month(), 1);
    }
    static QString thisMonth() { return firstOfMonth().toString(QStringLiteral("yyyy-MM")); }
    // Issues this month's invoices as `rentflowctl billing run` would, dated today.
    void billThisMonth()
    {
        const BillingPeriod period = BillingPeriod::parse(thisMonth()).value();
        auto run = MonthlyRun(store()).run({period, QDate::currentDate(), false, {}, {}});
        ASSERT_TRUE(run.ok()) << run.error().message.toStdString();
        ASSERT_EQ(run.value().numbers.size(), 2);
    }
    // The n-th invoice number of this PC's series this financial year ("KORA/2627/0001":
    // the property's first four letters, the year April–March, four digits).
    static QString invoiceNumber(int n)
    {
        const QDate today = QDate::currentDate();
        const int startYear = today.month() >= 4 ? today.year() : today.year() - 1;
        return QStringLiteral("KORA/%1%2/%3")
            .arg(startYear % 100, 2, 10, QLatin1Char('0'))
            .arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'))
            .arg(n, 4, 10, QLatin1Char('0'));
    }
    qint64 count(const char* table)
    {
        return number(store(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
    QString invoiceOf(int resident)
    {
        return text(store(), QStringLiteral("SELECT id FROM invoice WHERE resident_id = '%1'")
                                 .arg(residentIds[resident]));
    }

    UiTestContext ui;
};

// Presses `button` on the next message box that opens (an action's confirmation),
// as the user would.
inline void answerNextMessageBox(QMessageBox::StandardButton button = QMessageBox::Yes)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, button] {
        for (QWidget* window : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(window);
            if (box && box->isVisible() && box->button(button)) {
                timer->stop();
                timer->deleteLater();
                box->button(button)->click();
                return;
            }
        }
    });
    timer->start();
}

} // namespace rentflow::test
