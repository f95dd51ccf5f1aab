#include "CsvTable.h"

#include <QDate>

namespace rentflow::reports {

CsvTable::CsvTable(QStringList header) : m_header(std::move(header)) {}

CsvTable::Row& CsvTable::Row::text(const QString& value)
{
    m_cells.append(guarded(value));
    return *this;
}

CsvTable::Row& CsvTable::Row::plain(const QString& value)
{
    m_cells.append(value);
    return *this;
}

CsvTable::Row& CsvTable::addRow()
{
    m_rows.append(Row());
    return m_rows.last();
}

QString CsvTable::guarded(const QString& value)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    if (!value.isEmpty() && kFormulaStarts.contains(value.front()))
        return QLatin1Char('\'') + value;
    return value;
}

QString CsvTable::field(const QString& value)
{
    static const QString kNeedsQuotes = QStringLiteral(",\"\r\n");
    for (const QChar c : value)
        if (kNeedsQuotes.contains(c)) {
            QString quoted = value;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            return QLatin1Char('"') + quoted + QLatin1Char('"');
        }
    return value;
}

QByteArray CsvTable::toBytes() const
{
    QString text;
    // Every record has as many fields as the header (RFC 4180).
    const auto line = [&text, this](const QStringList& cells) {
        QStringList fields;
        for (const QString& cell : cells)
            fields.append(field(cell));
        while (fields.size() < m_header.size())
            fields.append(QString());
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(m_header);
    for (const Row& row : m_rows)
        line(row.cells());
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace rentflow::reports
