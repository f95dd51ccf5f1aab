#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rentflow::server {

// CSV as RFC 4180 writes it (CRLF line ends; a field holding a comma, quote, CR or LF is
// quoted with its quotes doubled), made safe to open in a spreadsheet: a cell that starts
// with = + - @ (or a tab or CR, which some spreadsheets skip before reading a formula) gets
// a leading apostrophe so that it is shown as text and never run as a formula.
QString csvCell(const QString& value);
// One record, its cells joined by commas, ending in CRLF.
QString csvRecord(const QStringList& cells);

// A whole document: header then rows, UTF-8 with a byte-order mark (so that spreadsheets
// read names in Hindi right).
class CsvWriter
{
public:
    explicit CsvWriter(const QStringList& header);
    void add(const QStringList& cells);
    QByteArray bytes() const;
    int rows() const { return m_rows; }

private:
    QString m_text;
    int m_rows = 0;
};

} // namespace rentflow::server
