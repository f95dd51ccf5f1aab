#include "ExportMonth.h"

#include <billing/InvoiceCorrections.h>
#include <inventory/RoomSetup.h>
#include <payments/RecordPayment.h>
#include <residents/ResidentRepository.h>
#include <stays/CheckIn.h>
#include <store/RecordWriter.h>
#include <support/Probe.h>
#include <utilities/RecordReading.h>

#include <QFile>

#include <gtest/gtest.h>

namespace rentflow::test {

namespace {

OrganisationInput registered()
{
    OrganisationInput org = SamplePg::defaultOrganisation();
    org.gstin = QStringLiteral("29ABCPE1234F1Z7");
    return org;
}

QString invoiceOf(store::Store& s, const QString& residentId, const char* column)
{
    return text(s, QStringLiteral("SELECT %1 FROM invoice WHERE resident_id = '%2'")
                       .arg(QLatin1String(column), residentId));
}

} // namespace

void setResidentGstin(store::Store& store, const QString& residentId, const QString& gstin)
{
    store::Transaction tx(store);
    ASSERT_TRUE(
        store::RecordWriter(store)
            .update(QStringLiteral("resident"), residentId, {{QStringLiteral("gstin"), gstin}})
            .ok());
    ASSERT_TRUE(tx.commit().ok());
}

ExportMonth::ExportMonth() : pg(registered())
{
    store::Store& s = pg.store();
    lakshmi = pg.residentIds[0];
    arjun = pg.residentIds[1];
    ResidentRepository residents(s);
    kavya = residents.add({QStringLiteral("Kavya Rao"), QStringLiteral("9845012347"), {}, {}, {}})
                .value();
    rohan = residents.add({QStringLiteral("Rohan Das"), QStringLiteral("9845012348"), {}, {}, {}})
                .value();
    setResidentGstin(s, kavya, QStringLiteral("29AAACR5055K1Z3"));
    auto room102 = RoomSetup(s).add({pg.propertyId, QStringLiteral("1"), QStringLiteral("102"),
                                     QStringLiteral("1"), QStringLiteral("15000"), false});
    EXPECT_TRUE(room102.ok());
    const QDate first(2026, 10, 1);
    const auto checkIn = [&](const QString& resident, const QString& bed, const char* rent) {
        auto stay = CheckIn(s).run({resident, bed, QStringLiteral("2026-10-01"),
                                    QString::fromLatin1(rent), QStringLiteral("0")},
                                   first);
        EXPECT_TRUE(stay.ok()) << (stay.ok() ? "" : stay.error().message.toStdString());
    };
    checkIn(lakshmi, pg.bedIds[0], "12000");
    checkIn(arjun, pg.bedIds[1], "25010");
    checkIn(kavya, pg.bedIds[2], "30000");
    checkIn(rohan, room102.value().bedIds.first(), "15000");
    pg.bill(u"2026-10");

    const QString rohanId = invoiceOf(s, rohan, "id");
    EXPECT_TRUE(InvoiceCorrections(s)
                    .cancel(rohanId, QStringLiteral("Booked in error"), QDate(2026, 10, 2))
                    .ok());
    auto note = InvoiceCorrections(s).creditNote(invoiceOf(s, kavya, "id"), QStringLiteral("5250"),
                                                 QStringLiteral("Room under repair, 5 days"),
                                                 QDate(2026, 10, 10));
    EXPECT_TRUE(note.ok()) << (note.ok() ? "" : note.error().message.toStdString());
    creditNote = note.ok() ? note.value().number : QString();
    for (const auto& [who, amount, method, reference, day] :
         {std::tuple{lakshmi, "12000", "cash", "", QDate(2026, 10, 3)},
          std::tuple{arjun, "20000", "upi", "=HYPERLINK(1)", QDate(2026, 10, 5)}}) {
        auto paid =
            RecordPayment(s).run({who, QString::fromLatin1(amount), QString::fromLatin1(method),
                                  QString::fromLatin1(reference), day.toString(Qt::ISODate)},
                                 day);
        EXPECT_TRUE(paid.ok()) << (paid.ok() ? "" : paid.error().message.toStdString());
    }
    for (const auto& [day, value] :
         {std::pair{QDate(2026, 10, 1), "1000"}, std::pair{QDate(2026, 10, 31), "1300"},
          std::pair{QDate(2026, 11, 5), "1350"}}) {
        auto read = RecordReading(s).run(
            {pg.meterId, day.toString(Qt::ISODate), QString::fromLatin1(value)}, day);
        EXPECT_TRUE(read.ok()) << (read.ok() ? "" : read.error().message.toStdString());
    }
    lakshmiInvoice = invoiceOf(s, lakshmi, "number");
    arjunInvoice = invoiceOf(s, arjun, "number");
    kavyaInvoice = invoiceOf(s, kavya, "number");
    rohanInvoice = invoiceOf(s, rohan, "number");
}

} // namespace rentflow::test

namespace rentflow::test {

QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "no byte-order mark";
    EXPECT_TRUE(bytes.endsWith("\r\n")) << "the last record does not end in CRLF";
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r') {
            EXPECT_TRUE(i + 1 < text.size() && text[i + 1] == u'\n') << "a CR without LF";
        } else if (c == u'\n') {
            EXPECT_TRUE(i > 0 && text[i - 1] == u'\r') << "a record ends in LF, not CRLF";
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
        } else {
            field += c;
        }
    }
    for (const QStringList& r : records)
        EXPECT_EQ(r.size(), records.first().size()) << r.join(u'|').toStdString();
    return records;
}

QStringList csvRow(const QList<QStringList>& csv, int column, const QString& value)
{
    for (const QStringList& row : csv)
        if (row.value(column) == value)
            return row;
    ADD_FAILURE() << "no row with " << value.toStdString();
    return QStringList(csv.value(0).size());
}

qint64 paiseOf(const QString& decimal)
{
    if (decimal.isEmpty())
        return 0;
    const bool negative = decimal.startsWith(u'-');
    const QStringList parts = decimal.mid(negative ? 1 : 0).split(u'.');
    EXPECT_EQ(parts.size(), 2) << decimal.toStdString();
    EXPECT_EQ(parts.value(1).size(), 2) << decimal.toStdString();
    const qint64 paise = parts.value(0).toLongLong() * 100 + parts.value(1).toLongLong();
    return negative ? -paise : paise;
}

} // namespace rentflow::test
