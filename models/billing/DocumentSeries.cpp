#include "DocumentSeries.h"

#include "DocumentNumber.h"
#include "domain/FinancialYear.h"
#include "store/CheckedRead.h"
#include "store/RecordWriter.h"
#include "store/Store.h"

#include <QSqlQuery>

namespace rentflow {

using store::StoreError;
using store::StoreResult;

namespace {

const char* kindName(DocumentSeries::Kind kind)
{
    switch (kind) {
    case DocumentSeries::Kind::Invoice:
        return "invoice";
    case DocumentSeries::Kind::Receipt:
        return "receipt";
    case DocumentSeries::Kind::CreditNote:
        return "credit_note";
    case DocumentSeries::Kind::Settlement:
        return "settlement";
    }
    return "invoice";
}

// Invoices carry no kind letter; the others do, so numbers never look alike.
QString kindLetter(DocumentSeries::Kind kind)
{
    switch (kind) {
    case DocumentSeries::Kind::Invoice:
        return QString();
    case DocumentSeries::Kind::Receipt:
        return QStringLiteral("R");
    case DocumentSeries::Kind::CreditNote:
        return QStringLiteral("C");
    case DocumentSeries::Kind::Settlement:
        return QStringLiteral("S");
    }
    return QString();
}

// KOR, then KO2…KO9, then K10…K99: the first one no other property has.
QStringList codeCandidates(const QString& name)
{
    QString letters;
    for (QChar c : name.toUpper())
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            letters.append(c);
    letters = (letters + QStringLiteral("XXX")).left(3);
    QStringList candidates{letters};
    for (int i = 2; i <= 9; ++i)
        candidates.append(letters.left(2) + QString::number(i));
    for (int i = 10; i <= 99; ++i)
        candidates.append(letters.left(1) + QString::number(i));
    return candidates;
}

} // namespace

StoreResult<QString> DocumentSeries::deviceLetter() const
{
    // Each PC gets its own letter when it joins (sync); a lone PC is A.
    QSqlQuery& q = m_store.prepared(
        QStringLiteral("SELECT value FROM local_meta WHERE key = 'series_letter'"));
    const auto found =
        store::checkedFirstRow(m_store, q, QStringLiteral("Reading this PC's letter"));
    if (!found)
        return found.error();
    const QString letter = found.value() ? q.value(0).toString() : QStringLiteral("A");
    q.finish();
    return letter;
}

StoreResult<QString> DocumentSeries::propertyCode(const QString& propertyId)
{
    QSqlQuery& q =
        m_store.prepared(QStringLiteral("SELECT invoice_prefix, name FROM property WHERE id = ?"));
    q.addBindValue(propertyId);
    const auto found = store::checkedFirstRow(m_store, q, QStringLiteral("Reading the property"));
    if (!found)
        return found.error();
    if (!found.value())
        return StoreError{StoreError::Code::InvalidInput,
                          QStringLiteral("No property with id ") + propertyId};
    const QString current = q.value(0).toString();
    const QString name = q.value(1).toString();
    q.finish();
    if (!current.isEmpty())
        return current;
    QSqlQuery& taken = m_store.prepared(QStringLiteral(
        "SELECT 1 FROM property WHERE invoice_prefix = ? AND id != ? AND deleted = 0"));
    for (const QString& candidate : codeCandidates(name)) {
        taken.addBindValue(candidate);
        taken.addBindValue(propertyId);
        const auto used =
            store::checkedFirstRow(m_store, taken, QStringLiteral("Reading the invoice prefixes"));
        taken.finish();
        if (!used)
            return used.error();
        if (used.value())
            continue;
        if (auto saved = store::RecordWriter(m_store).update(
                QStringLiteral("property"), propertyId,
                {{QStringLiteral("invoice_prefix"), candidate}});
            !saved)
            return saved.error();
        return candidate;
    }
    return StoreError{StoreError::Code::InvalidInput,
                      QStringLiteral("No free invoice prefix for property ") + name};
}

StoreResult<DocumentSeries::Issued> DocumentSeries::next(Kind kind, const QString& propertyId,
                                                         QDate date)
{
    const FinancialYear year = FinancialYear::containing(date);
    const QString key = QStringLiteral("%1|%2|%3").arg(int(kind)).arg(propertyId, year.label());
    if (auto counter = m_counters.find(key); counter != m_counters.end()) {
        const auto composed = DocumentNumber::compose(counter->prefix, year, counter->next);
        if (!composed)
            return StoreError{StoreError::Code::InvalidInput, composed.error()};
        ++counter->next;
        counter->dirty = true;
        return Issued{counter->seriesId, composed.value(), year.label()};
    }
    const QString device = m_store.deviceId();
    QSqlQuery& find = m_store.prepared(QStringLiteral(
        "SELECT id, prefix, next_number FROM document_series WHERE kind = ? AND property_id = ? "
        "AND device_id = ? AND financial_year = ? AND deleted = 0"));
    find.addBindValue(QString::fromLatin1(kindName(kind)));
    find.addBindValue(propertyId);
    find.addBindValue(device);
    find.addBindValue(year.label());
    if (!find.exec())
        return m_store.error(QStringLiteral("Reading the document series"), find);
    QString seriesId, prefix;
    qint64 number = 1;
    if (find.next()) {
        seriesId = find.value(0).toString();
        prefix = find.value(1).toString();
        number = find.value(2).toLongLong();
    }
    find.finish();
    store::RecordWriter writer(m_store);
    if (seriesId.isEmpty()) {
        auto code = propertyCode(propertyId);
        if (!code)
            return code.error();
        const auto letter = deviceLetter();
        if (!letter)
            return letter.error();
        prefix = code.value() + letter.value() + kindLetter(kind);
        auto created = writer.insert(QStringLiteral("document_series"),
                                     {{QStringLiteral("kind"), QString::fromLatin1(kindName(kind))},
                                      {QStringLiteral("property_id"), propertyId},
                                      {QStringLiteral("device_id"), device},
                                      {QStringLiteral("prefix"), prefix},
                                      {QStringLiteral("financial_year"), year.label()},
                                      {QStringLiteral("next_number"), 1}});
        if (!created)
            return created.error();
        seriesId = created.value();
    }
    const auto composed = DocumentNumber::compose(prefix, year, number);
    if (!composed)
        return StoreError{StoreError::Code::InvalidInput, composed.error()};
    if (m_deferred) {
        m_counters.insert(key, Counter{seriesId, prefix, number + 1, true});
    } else if (auto advanced = writer.update(QStringLiteral("document_series"), seriesId,
                                             {{QStringLiteral("next_number"), number + 1}});
               !advanced) {
        return advanced.error();
    }
    return Issued{seriesId, composed.value(), year.label()};
}

store::StoreStatus DocumentSeries::flush()
{
    store::RecordWriter writer(m_store);
    for (Counter& counter : m_counters) {
        if (!counter.dirty)
            continue;
        if (auto advanced = writer.update(QStringLiteral("document_series"), counter.seriesId,
                                          {{QStringLiteral("next_number"), counter.next}});
            !advanced)
            return advanced;
        counter.dirty = false;
    }
    return store::Done{};
}

} // namespace rentflow
