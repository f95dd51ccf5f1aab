#include "SqlCipherResult.h"

#include "SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QStringEncoder>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

namespace rentflow::store {

namespace {

QMetaType metaTypeForColumn(sqlite3_stmt* stmt, int column)
{
    const char* declared = sqlite3_column_decltype(stmt, column);
    if (!declared) // an expression: judge by the value's storage class
        switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER:
            return QMetaType(QMetaType::LongLong);
        case SQLITE_FLOAT:
            return QMetaType(QMetaType::Double);
        case SQLITE_BLOB:
            return QMetaType(QMetaType::QByteArray);
        default:
            return QMetaType(QMetaType::QString);
        }
    const QByteArray t = QByteArray(declared).toUpper();
    if (t.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (t.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    return QMetaType(QMetaType::QString);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver) : QSqlResult(driver)
{
    driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver* driver = cipherDriver())
        driver->detach(this);
    finalize();
}

const SqlCipherDriver* SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver*>(driver());
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_cache.clear();
    m_lastRow.clear();
    m_boundBytes.clear();
    m_onLiveRow = m_rowPending = false;
    m_done = true;
}

void SqlCipherResult::failWith(const QString& what, int rc)
{
    const SqlCipherDriver* drv = cipherDriver();
    if (drv && drv->connection() && !sqlite3_get_autocommit(drv->connection()))
        drv->m_failedInTransaction = true; // this transaction must not commit
    if ((rc & 0xff) == SQLITE_BUSY) {      // waited as long as allowed: the user's words
        setLastError(QSqlError(QString(),
                               SqlCipherDriver::busyTimeoutMessage(drv ? drv->m_busyTimeoutMs : 0),
                               QSqlError::StatementError, QString::number(SQLITE_BUSY)));
        return;
    }
    sqlite3* db = drv ? drv->connection() : nullptr;
    const QString detail = db && sqlite3_extended_errcode(db) == rc
                               ? QString::fromUtf8(sqlite3_errmsg(db))
                               : QString::fromUtf8(sqlite3_errstr(rc));
    setLastError(QSqlError(what, detail, QSqlError::StatementError, QString::number(rc & 0xff)));
}

bool SqlCipherResult::prepare(const QString& query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    setQuery(query);
    const SqlCipherDriver* drv = cipherDriver();
    if (!drv || !drv->isOpen() || !drv->connection()) {
        setLastError(QSqlError(QStringLiteral("Database is not open"), QString(),
                               QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const int rc = sqlite3_prepare_v2(drv->connection(), sql.constData(), int(sql.size() + 1),
                                      &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        failWith(QStringLiteral("Unable to prepare the statement"), rc);
        finalize();
        return false;
    }
    buildRecord();
    setLastError(QSqlError());
    return true;
}

void SqlCipherResult::buildRecord()
{
    m_record.clear();
    if (!m_stmt)
        return;
    const int count = sqlite3_column_count(m_stmt);
    for (int i = 0; i < count; ++i) {
        const char* table = sqlite3_column_table_name(m_stmt, i);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)),
                        metaTypeForColumn(m_stmt, i), table ? QString::fromUtf8(table) : QString());
        m_record.append(field);
    }
}

void SqlCipherResult::bindValue(int pos, const QVariant& value, QSql::ParamType type)
{
    if (type != QSql::In) { // SQLite has no output parameters
        QSqlResult::bindValue(pos, value, type);
        return;
    }
    QList<QVariant>& values = boundValues();
    if (values.size() <= pos)
        values.resize(pos + 1);
    values[pos] = value;
}

int SqlCipherResult::bindText(int index, QStringView text)
{
    // Encode into this parameter's own buffer; after the first row it never reallocates.
    QByteArray& buffer = m_boundBytes[index - 1];
    QStringEncoder encoder(QStringEncoder::Utf8);
    buffer.resize(encoder.requiredSpace(text.size()));
    const char* end = encoder.appendToBuffer(buffer.data(), text);
    return sqlite3_bind_text64(m_stmt, index, buffer.constData(),
                               sqlite3_uint64(end - buffer.constData()), SQLITE_STATIC,
                               SQLITE_UTF8);
}

bool SqlCipherResult::bindAll()
{
    sqlite3_reset(m_stmt); // every parameter is bound again below, so no clear_bindings
    const QList<QVariant>& values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != expected) {
        setLastError(QSqlError(QStringLiteral("Parameter count mismatch"),
                               QStringLiteral("The statement takes %1 values, %2 were bound")
                                   .arg(expected)
                                   .arg(values.size()),
                               QSqlError::StatementError));
        return false;
    }
    if (m_boundBytes.size() != expected)
        m_boundBytes.resize(expected);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (value.isNull()) {
            rc = sqlite3_bind_null(m_stmt, index);
            if (rc != SQLITE_OK) {
                failWith(QStringLiteral("Unable to bind parameter %1").arg(index), rc);
                return false;
            }
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::QString:
            rc = bindText(index, *static_cast<const QString*>(value.constData()));
            break;
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_stmt, index,
                                    *static_cast<const qlonglong*>(value.constData()));
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
            rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong: {
            const qulonglong u = value.toULongLong();
            if (u > qulonglong(std::numeric_limits<qint64>::max())) {
                setLastError(
                    QSqlError(QStringLiteral("Value out of range"),
                              QStringLiteral("Parameter %1 exceeds 64-bit signed range").arg(index),
                              QSqlError::StatementError));
                return false;
            }
            rc = sqlite3_bind_int64(m_stmt, index, qint64(u));
            break;
        }
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            QByteArray& bytes = m_boundBytes[i];
            bytes = *static_cast<const QByteArray*>(value.constData());
            rc = sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                     SQLITE_STATIC);
            break;
        }
        case QMetaType::QDate:
            rc = bindText(index, value.toDate().toString(Qt::ISODate));
            break;
        case QMetaType::QDateTime:
            rc = bindText(index, value.toDateTime().toUTC().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QTime:
            rc = bindText(index, value.toTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QUuid:
            rc = bindText(index, value.toUuid().toString(QUuid::WithoutBraces));
            break;
        default:
            if (!value.canConvert<QString>()) {
                setLastError(QSqlError(QStringLiteral("Unsupported parameter type"),
                                       QString::fromLatin1(value.typeName()),
                                       QSqlError::StatementError));
                return false;
            }
            rc = bindText(index, value.toString());
        }
        if (rc != SQLITE_OK) {
            failWith(QStringLiteral("Unable to bind parameter %1").arg(index), rc);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("No prepared statement"), QString(),
                               QSqlError::StatementError));
        return false;
    }
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_cache.clear();
    m_lastRow.clear();
    m_onLiveRow = m_rowPending = false;
    m_done = false;
    m_rowsAffected = -1;
    if (!bindAll())
        return false;

    sqlite3* db = cipherDriver()->connection();
    const int rc = SqlCipherDriver::injectedFailure() ? SQLITE_IOERR : sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
    } else if (rc == SQLITE_DONE) {
        m_done = true;
        m_rowsAffected = sqlite3_changes(db);
        m_lastInsertRowId = sqlite3_last_insert_rowid(db);
        sqlite3_reset(m_stmt); // release locks at once; the bindings stay
    } else {
        failWith(QStringLiteral("Unable to execute the statement"), rc);
        sqlite3_reset(m_stmt);
        return false;
    }
    if (m_rowsAffected < 0)
        m_rowsAffected = 0;
    setSelect(sqlite3_column_count(m_stmt) > 0);
    setActive(true);
    if (lastError().isValid()) // a fresh QSqlError allocates: only when clearing one
        setLastError(QSqlError());
    return true;
}

bool SqlCipherResult::reset(const QString& query)
{
    if (!prepare(query))
        return false;
    return exec();
}

bool SqlCipherResult::step()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done || !m_stmt)
        return false;
    const int rc = SqlCipherDriver::injectsIntoRows() && SqlCipherDriver::injectedFailure()
                       ? SQLITE_IOERR
                       : sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_done = true;
    if (rc != SQLITE_DONE)
        failWith(QStringLiteral("Unable to fetch the row"), rc);
    sqlite3_reset(m_stmt);
    return false;
}

QVariant SqlCipherResult::columnValue(int column) const
{
    const QMetaType declared = m_record.field(column).metaType();
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: {
        // Integers stay exact (money is paise); the precision policy is about
        // floating-point values, except that Int32 asks for int.
        const qint64 v = sqlite3_column_int64(m_stmt, column);
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return QVariant(int(v));
        return QVariant(v);
    }
    case SQLITE_FLOAT: {
        const double v = sqlite3_column_double(m_stmt, column);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(int(v));
        case QSql::LowPrecisionInt64:
            return QVariant(qint64(v));
        case QSql::HighPrecision:
            return QVariant(QString::number(v, 'g', 17));
        default:
            return QVariant(v);
        }
    }
    case SQLITE_BLOB: {
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(
            QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)), bytes));
    }
    case SQLITE_NULL:
        return QVariant(declared);
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)));
    }
    }
}

QList<QVariant> SqlCipherResult::currentRowValues() const
{
    QList<QVariant> row;
    const int count = m_record.count();
    row.reserve(count);
    for (int i = 0; i < count; ++i)
        row.append(columnValue(i));
    return row;
}

bool SqlCipherResult::fetchNext()
{
    return fetch(at() < 0 ? 0 : at() + 1);
}

bool SqlCipherResult::fetch(int row)
{
    if (!isActive() || !isSelect() || row < 0)
        return false;
    if (!isForwardOnly() && row < m_cache.size()) {
        m_onLiveRow = (row == m_cache.size() - 1) && !m_done;
        setAt(row);
        return true;
    }
    if (isForwardOnly() && row <= at())
        return false; // cannot go back
    int current = isForwardOnly() ? at() : int(m_cache.size()) - 1;
    while (current < row) {
        m_onLiveRow = false;
        if (!step()) {
            setAt(QSql::AfterLastRow);
            return false;
        }
        ++current;
        m_onLiveRow = true;
        if (!isForwardOnly())
            m_cache.append(currentRowValues());
    }
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    if (!isForwardOnly()) {
        while (fetch(m_cache.size())) {
        }
        if (m_cache.isEmpty())
            return false;
        return fetch(int(m_cache.size()) - 1);
    }
    int last = at();
    bool any = false;
    while (step()) {
        ++last;
        any = true;
        m_lastRow = currentRowValues();
    }
    m_onLiveRow = false;
    if (!any)
        return at() >= 0; // already on the last row
    setAt(last < 0 ? 0 : last);
    return true;
}

QVariant SqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return QVariant();
    if (!isForwardOnly())
        return m_cache.value(at()).value(column);
    if (m_onLiveRow)
        return columnValue(column);
    return m_lastRow.value(column);
}

bool SqlCipherResult::isNull(int column)
{
    return data(column).isNull();
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertRowId > 0 ? QVariant(m_lastInsertRowId) : QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_onLiveRow = m_rowPending = false;
    m_done = true;
}

} // namespace rentflow::store
