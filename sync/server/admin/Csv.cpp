#include "Csv.h"

namespace rentflow::server {

QString csvCell(const QString& value)
{
    QString cell = value;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
            first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            cell.prepend(QLatin1Char('\''));
    }
    const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
                       cell.contains(QLatin1Char('\r')) || cell.contains(QLatin1Char('\n'));
    if (!quote)
        return cell;
    cell.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + cell + QLatin1Char('"');
}

QString csvRecord(const QStringList& cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString& cell : cells)
        out.append(csvCell(cell));
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

CsvWriter::CsvWriter(const QStringList& header) : m_text(csvRecord(header)) {}

void CsvWriter::add(const QStringList& cells)
{
    m_text += csvRecord(cells);
    ++m_rows;
}

QByteArray CsvWriter::bytes() const
{
    return QByteArrayLiteral("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace rentflow::server
