#pragma once

#include <domain/Money.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rentflow::reports {

// A CSV file for the accountant (RFC 4180): UTF-8 with a byte-order mark, so Excel
// reads Hindi names and ₹ right; CRLF line ends; a field quoted when it holds a comma,
// a quote, CR or LF (quotes doubled). Text typed by people is guarded against formula
// injection: one that starts with = + - @, tab or CR gets a leading ' so a spreadsheet
// shows it as text. Amounts (plain decimal rupees, "-5250.00"), dates and counts are
// written as they are: the program made them, and a minus must stay a minus.
class CsvTable
{
public:
    explicit CsvTable(QStringList header);

    class Row
    {
    public:
        Row& text(const QString& value);  // typed by someone: guarded
        Row& plain(const QString& value); // made by the program: as is
        Row& money(Money amount) { return plain(amount.toDecimalString()); }
        Row& date(QDate day)
        {
            return plain(day.isValid() ? day.toString(Qt::ISODate) : QString());
        }
        Row& count(qint64 n) { return plain(QString::number(n)); }
        const QStringList& cells() const { return m_cells; }

    private:
        QStringList m_cells;
    };

    Row& addRow();
    qsizetype rows() const { return m_rows.size(); }
    QByteArray toBytes() const;

    // What a text cell becomes (guarded), before quoting.
    static QString guarded(const QString& value);
    // One field as written (quoted when needed).
    static QString field(const QString& value);

private:
    QStringList m_header;
    QList<Row> m_rows;
};

} // namespace rentflow::reports
