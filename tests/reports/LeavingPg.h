#pragma once

// A stay that ends, for the documents of a check-out and a resident's ledger, and
// reading a PDF's text back line by line.
#include "PdfProbe.h"

#include <documents/DocumentRequest.h>

#include <inventory/MeterRepository.h>
#include <payments/RecordPayment.h>
#include <stays/CheckIn.h>
#include <stays/CheckOut.h>
#include <stays/GiveNotice.h>
#include <support/SamplePg.h>
#include <utilities/RecordReading.h>

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace rentflow::test {

// Lakshmi in bed 101/A from 1 October 2026 at ₹12,000 with a ₹24,000 deposit paid by bank
// (receipt KORAR/2627/0001); the room meter at ₹10 a unit, read 1,000 on 31 October;
// October and November billed (KORA/2627/0001, /0002); notice given on 1 November to leave
// on 20 November (30 days' notice due).
struct LeavingPg : SamplePg
{
    LeavingPg()
    {
        EXPECT_TRUE(CheckIn(store())
                        .run({residentIds[0], bedIds[0], QStringLiteral("2026-10-01"),
                              QStringLiteral("12000"), QStringLiteral("24000")},
                             QDate(2026, 10, 1))
                        .ok());
        pay("24000", "bank", "2026-10-01", "deposit");
        EXPECT_TRUE(MeterRepository(store())
                        .setTariff({meterId, QStringLiteral("10"), QString(), {}})
                        .ok());
        EXPECT_TRUE(RecordReading(store())
                        .run({meterId, QStringLiteral("2026-10-31"), QStringLiteral("1000")},
                             QDate(2026, 10, 31))
                        .ok());
        bill(u"2026-10");
        bill(u"2026-11");
    }
    // Returns the payment id.
    QString pay(const char* amount, const char* mode, const char* on, const char* purpose = "dues")
    {
        const QString day = QString::fromLatin1(on);
        auto paid = RecordPayment(store()).run({residentIds[0], QString::fromLatin1(amount),
                                                QString::fromLatin1(mode), QStringLiteral("REF"),
                                                day, QString::fromLatin1(purpose)},
                                               QDate::fromString(day, Qt::ISODate));
        EXPECT_TRUE(paid.ok()) << (paid.ok() ? "" : paid.error().message.toStdString());
        return paid.ok() ? paid.value().paymentId : QString();
    }
    void notice()
    {
        EXPECT_TRUE(GiveNotice(store())
                        .run({residentIds[0], QStringLiteral("2026-11-01"),
                              QStringLiteral("2026-11-20"), QStringLiteral("Job in Pune")},
                             QDate(2026, 11, 1))
                        .ok());
    }
    QString checkOut(const QStringList& deductions)
    {
        auto out = CheckOut(store()).run(
            {residentIds[0], QStringLiteral("2026-11-20"), QStringLiteral("1100"), deductions},
            QDate(2026, 11, 20));
        EXPECT_TRUE(out.ok()) << (out.ok() ? "" : out.error().message.toStdString());
        return out.ok() ? out.value().settlementId : QString();
    }
    QString pdf(const QString& id, reports::Lang lang, const QString& name,
                reports::Paper paper = reports::Paper::A4)
    {
        const QString path = files.scratch(name);
        reports::PageSetup setup;
        setup.paper = paper;
        auto written = reports::writeSettlementPdf({store(), id, lang, setup, path});
        EXPECT_TRUE(written.ok()) << (written.ok() ? "" : written.error().message.toStdString());
        return path;
    }
};

// The PDF's text with each line trimmed and its runs of spaces (table columns) made one,
// in Unicode's composed form (Poppler gives "ज़" as ज + nukta).
inline QString plain(const QString& pdf)
{
    QStringList lines;
    const QString text = PdfProbe::text(pdf).normalized(QString::NormalizationForm_C);
    for (const QString& line : text.split(QLatin1Char('\n')))
        lines << line.simplified();
    return lines.join(QLatin1Char('\n'));
}

// The figure at the end of the first line starting with `start` (after the sign column).
inline std::string figureAfter(const QString& text, const QString& start)
{
    const QRegularExpression line(QStringLiteral("^\\s*%1[^\\n]*?([\\d,]+\\.\\d\\d)\\s*$")
                                      .arg(QRegularExpression::escape(start)),
                                  QRegularExpression::MultilineOption);
    const auto match = line.match(text);
    return (match.hasMatch() ? match.captured(1) : QStringLiteral("<no line '%1'>").arg(start))
        .toStdString();
}

inline qint64 paiseOf(QString figure)
{
    figure.remove(QLatin1Char(','));
    figure.remove(QLatin1Char('.'));
    return figure.toLongLong();
}

} // namespace rentflow::test
