#include "SqlCipherDriver.h"

#include "SqlCipherResult.h"
#include "store/keys/KeyMaterial.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <sqlite3.h>

namespace rentflow::store {

namespace {

struct OpenOptions
{
    bool readOnly = false;
    bool create = true;
    int busyTimeoutMs = SqlCipherDriver::kDefaultBusyTimeoutMs;
};

OpenOptions parseOptions(const QString& text)
{
    OpenOptions options;
    // An operator (or a test) may wait longer or shorter for another program's write.
    bool fromEnvironment = false;
    const int seconds =
        qEnvironmentVariableIntValue("RENTFLOW_BUSY_TIMEOUT_SECONDS", &fromEnvironment);
    if (fromEnvironment && seconds >= 0)
        options.busyTimeoutMs = seconds * 1000;
    const auto parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString part = raw.trimmed();
        if (part == QLatin1String("QSQLCIPHER_READONLY"))
            options.readOnly = true;
        else if (part == QLatin1String("QSQLCIPHER_NO_CREATE"))
            options.create = false;
        else if (part.startsWith(QLatin1String("QSQLCIPHER_BUSY_TIMEOUT="))) {
            bool ok = false;
            const int ms = part.section(QLatin1Char('='), 1).toInt(&ok);
            if (ok && ms >= 0)
                options.busyTimeoutMs = ms;
        }
    }
    return options;
}

// Decltype names to Qt types, following SQLite's type-affinity rules (§3.1 of its docs).
QMetaType metaTypeForDeclared(const QString& declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QMetaType(QMetaType::LongLong);
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
        t.contains(QLatin1String("TEXT")))
        return QMetaType(QMetaType::QString);
    if (t.contains(QLatin1String("BLOB")))
        return QMetaType(QMetaType::QByteArray);
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return QMetaType(QMetaType::Double);
    return QMetaType(QMetaType::QString);
}

struct ColumnInfo
{
    QString name;
    QString type;
    bool notNull = false;
    QVariant defaultValue;
    int primaryKeyPosition = 0;
};

QList<ColumnInfo> tableColumns(const SqlCipherDriver& driver, const QString& table)
{
    QList<ColumnInfo> columns;
    QSqlQuery query(driver.createResult());
    query.setForwardOnly(true);
    const QString escaped = driver.escapeIdentifier(table, QSqlDriver::TableName);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(escaped)))
        return columns;
    while (query.next()) {
        ColumnInfo column;
        column.name = query.value(1).toString();
        column.type = query.value(2).toString();
        column.notNull = query.value(3).toLongLong() != 0;
        column.defaultValue = query.value(4);
        column.primaryKeyPosition = query.value(5).toInt();
        columns.append(column);
    }
    return columns;
}

std::atomic<qint64> g_statementsToFailure{0}; // 0: no failure armed
std::atomic<bool> g_countRows{false};
std::atomic<SqlCipherDriver::BusyNotice> g_busyNotice{nullptr};

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

void SqlCipherDriver::failNthStatement(qint64 n, Counting counting)
{
    g_countRows = counting == Counting::StatementsAndRows;
    g_statementsToFailure = n > 0 ? n : 0;
}

bool SqlCipherDriver::injectsIntoRows()
{
    return g_countRows.load() && g_statementsToFailure.load() > 0;
}

QString SqlCipherDriver::failedInTransactionMessage()
{
    return tr("a step of this change failed, so none of it was saved");
}

bool SqlCipherDriver::failurePending()
{
    return g_statementsToFailure.load() > 0;
}

bool SqlCipherDriver::injectedFailure()
{
    qint64 left = g_statementsToFailure.load();
    while (left > 0 && !g_statementsToFailure.compare_exchange_weak(left, left - 1)) {
    }
    return left == 1;
}

void SqlCipherDriver::setBusyNotice(BusyNotice notice)
{
    g_busyNotice = notice;
}

QString SqlCipherDriver::busyWaitMessage()
{
    return tr("waiting for another RentFlow program to finish writing to this workspace…");
}

QString SqlCipherDriver::busyTimeoutMessage(int waitedMs)
{
    const int seconds = (waitedMs + 999) / 1000;
    const QString span = seconds >= 120 && seconds % 60 == 0 ? tr("%1 minutes").arg(seconds / 60)
                         : seconds == 1                      ? tr("1 second")
                                                             : tr("%1 seconds").arg(seconds);
    return tr("another RentFlow program kept this workspace busy for %1; nothing was changed "
              "here. Try again when it has finished")
        .arg(span);
}

int SqlCipherDriver::onBusy(void* self, int attempt)
{
    auto* driver = static_cast<SqlCipherDriver*>(self);
    const qint64 now = steadyMs();
    if (attempt == 0) {
        driver->m_busySinceMs = now;
        driver->m_busyNoticeGiven = false;
    }
    const qint64 waited = now - driver->m_busySinceMs;
    if (waited >= driver->m_busyTimeoutMs)
        return 0; // give up: the statement fails with SQLITE_BUSY
    if (!driver->m_busyNoticeGiven && waited >= kBusyNoticeAfterMs) {
        driver->m_busyNoticeGiven = true;
        if (const BusyNotice notice = g_busyNotice.load())
            notice(busyWaitMessage());
    }
    // Short sleeps first (most waits are one small write), then every 50 ms.
    static constexpr int kDelays[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50};
    const int delay = attempt < int(std::size(kDelays)) ? kDelays[attempt] : 50;
    sqlite3_sleep(int(std::min<qint64>(delay, driver->m_busyTimeoutMs - waited)));
    return 1;
}

void SqlCipherDriver::registerDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kName),
                                        new QSqlDriverCreator<SqlCipherDriver>());
    });
}

SqlCipherDriver::SqlCipherDriver(QObject* parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case QuerySize:
    case NamedPlaceholders:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

QSqlError SqlCipherDriver::makeError(const QString& what, int rc, QSqlError::ErrorType type) const
{
    if ((rc & 0xff) == SQLITE_BUSY) // the user's words, not SQLite's
        return QSqlError(QString(), busyTimeoutMessage(m_busyTimeoutMs), type,
                         QString::number(SQLITE_BUSY));
    const QString detail = m_db && sqlite3_extended_errcode(m_db) == rc
                               ? QString::fromUtf8(sqlite3_errmsg(m_db))
                               : QString::fromUtf8(sqlite3_errstr(rc));
    return QSqlError(what, detail, type, QString::number(rc & 0xff));
}

void SqlCipherDriver::failOpen(const QString& what, int rc)
{
    m_lastErrorCode = rc & 0xff;
    setLastError(makeError(what, rc, QSqlError::ConnectionError));
    sqlite3_close(m_db);
    m_db = nullptr;
    setOpenError(true);
}

bool SqlCipherDriver::open(const QString& path, const QString&, const QString& key, const QString&,
                           int, const QString& optionText)
{
    if (isOpen())
        close();
    const OpenOptions options = parseOptions(optionText);
    int flags = SQLITE_OPEN_NOMUTEX; // Qt connections are used from one thread only
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;

    int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        failOpen(tr("Cannot open the database file"), rc);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    m_busyTimeoutMs = options.busyTimeoutMs;
    sqlite3_busy_handler(m_db, &SqlCipherDriver::onBusy, this);

    if (!key.isEmpty()) {
        // The key goes in through the C API, never through SQL text.
        QByteArray keyBytes = key.toUtf8();
        rc = sqlite3_key(m_db, keyBytes.constData(), int(keyBytes.size()));
        wipeKeyMaterial(keyBytes); // SQLCipher keeps its own copy
        if (rc != SQLITE_OK) {
            failOpen(tr("Cannot set the database key"), rc);
            return false;
        }
        const QByteArray settings =
            QByteArray("PRAGMA cipher_page_size = ") + QByteArray::number(kPageSize) +
            "; PRAGMA kdf_iter = " + QByteArray::number(kPassphraseKdfIterations) + ";";
        rc = sqlite3_exec(m_db, settings.constData(), nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) {
            failOpen(tr("Cannot apply the cipher settings"), rc);
            return false;
        }
    }
    // First read of the file: with a wrong key, page 1 does not decrypt (SQLITE_NOTADB).
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        failOpen(tr("Cannot read the database"), rc);
        return false;
    }
    if (key.isEmpty()) { // takes effect only on a new, empty file, like cipher_page_size
        const QByteArray pageSize =
            QByteArray("PRAGMA page_size = ") + QByteArray::number(kPageSize);
        sqlite3_exec(m_db, pageSize.constData(), nullptr, nullptr, nullptr);
    }
    m_lastErrorCode = 0;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    const auto results = m_results;
    for (SqlCipherResult* result : results)
        result->finalize();
    m_results.clear();
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
    if (isOpen()) {
        setOpen(false);
        setOpenError(false);
    }
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

void SqlCipherDriver::attach(SqlCipherResult* result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult* result) const
{
    m_results.removeOne(result);
}

bool SqlCipherDriver::execSimple(const char* sql, QSqlError::ErrorType type)
{
    if (!m_db)
        return false;
    const bool undo = qstrcmp(sql, "ROLLBACK") == 0; // never injected: it is the way out
    const int rc = !undo && injectedFailure() ? SQLITE_IOERR
                                              : sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        m_lastErrorCode = rc & 0xff;
        setLastError(makeError(tr("Statement failed: %1").arg(QString::fromUtf8(sql)), rc, type));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so two writers (app and CLI) wait
    // for each other instead of failing halfway through with SQLITE_BUSY.
    const bool begun = execSimple("BEGIN IMMEDIATE", QSqlError::TransactionError);
    if (begun)
        m_failedInTransaction = false;
    return begun;
}

bool SqlCipherDriver::commitTransaction()
{
    if (m_failedInTransaction) {
        setLastError(
            QSqlError(QString(), failedInTransactionMessage(), QSqlError::TransactionError));
        return false;
    }
    return execSimple("COMMIT", QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    m_failedInTransaction = false;
    return execSimple("ROLLBACK", QSqlError::TransactionError);
}

bool SqlCipherDriver::executeScript(const QString& sql)
{
    if (!m_db)
        return false;
    const QByteArray utf8 = sql.toUtf8();
    const char* tail = utf8.constData();
    while (tail && *tail) {
        sqlite3_stmt* stmt = nullptr;
        const char* next = nullptr;
        int rc = sqlite3_prepare_v2(m_db, tail, -1, &stmt, &next);
        if (rc == SQLITE_OK && stmt && injectedFailure())
            rc = SQLITE_IOERR;
        else if (rc == SQLITE_OK && stmt) {
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            }
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        const QString statement = QString::fromUtf8(tail, next ? int(next - tail) : -1).trimmed();
        sqlite3_finalize(stmt);
        if (rc != SQLITE_OK) {
            m_lastErrorCode = rc & 0xff;
            setLastError(makeError(tr("Script statement failed: %1").arg(statement.left(200)), rc,
                                   QSqlError::StatementError));
            return false;
        }
        tail = next;
    }
    return true;
}

bool SqlCipherDriver::rekey(const QString& newKey)
{
    if (!m_db || newKey.isEmpty())
        return false;
    const QByteArray keyBytes = newKey.toUtf8();
    const int rc = sqlite3_rekey(m_db, keyBytes.constData(), int(keyBytes.size()));
    if (rc != SQLITE_OK) {
        m_lastErrorCode = rc & 0xff;
        setLastError(
            makeError(tr("Cannot change the database key"), rc, QSqlError::ConnectionError));
        return false;
    }
    return true;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QString filter;
    if (type & QSql::Tables)
        filter = QStringLiteral("type = 'table'");
    if (type & QSql::Views)
        filter += QLatin1String(filter.isEmpty() ? "" : " OR ") + QStringLiteral("type = 'view'");
    if (!filter.isEmpty()) {
        QSqlQuery query(createResult());
        query.setForwardOnly(true);
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE (%1) "
                                  "AND name NOT LIKE 'sqlite_%' ORDER BY name")
                       .arg(filter));
        while (query.next())
            names.append(query.value(0).toString());
    }
    if (type & QSql::SystemTables)
        names.append(QStringLiteral("sqlite_master"));
    return names;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& table) const
{
    QSqlIndex index(table, QStringLiteral("primary"));
    std::map<int, QSqlField> keyFields; // ordered by position in the key
    for (const ColumnInfo& column : tableColumns(*this, table)) {
        if (column.primaryKeyPosition <= 0)
            continue;
        QSqlField field(column.name, metaTypeForDeclared(column.type), table);
        keyFields.emplace(column.primaryKeyPosition, field);
    }
    for (const auto& [position, field] : keyFields)
        index.append(field);
    return index;
}

QSqlRecord SqlCipherDriver::record(const QString& table) const
{
    QSqlRecord result;
    const auto columns = tableColumns(*this, table);
    const bool singleIntegerKey =
        std::count_if(columns.begin(), columns.end(),
                      [](const ColumnInfo& c) { return c.primaryKeyPosition > 0; }) == 1;
    for (const ColumnInfo& column : columns) {
        QSqlField field(column.name, metaTypeForDeclared(column.type), table);
        field.setRequiredStatus(column.notNull ? QSqlField::Required : QSqlField::Optional);
        field.setDefaultValue(column.defaultValue);
        // An INTEGER PRIMARY KEY is SQLite's rowid: the database assigns it.
        field.setAutoValue(singleIntegerKey && column.primaryKeyPosition > 0 &&
                           column.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        result.append(field);
    }
    return result;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (identifier.size() > 2 && identifier.startsWith(QLatin1Char('"')) &&
        identifier.endsWith(QLatin1Char('"')))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace rentflow::store
