#pragma once

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace rentflow::store {

class SqlCipherResult;

// A Qt SQL driver over the SQLCipher C API, registered in-process as "QSQLCIPHER".
//
// The key travels as the connection's password: empty opens a plain (keyless)
// file, "x'<64 hex digits>'" is a raw 256-bit key, anything else is a passphrase.
// It is handed to sqlite3_key() right after sqlite3_open_v2(), before any page is
// read. Connect options (';'-separated): QSQLCIPHER_READONLY, QSQLCIPHER_NO_CREATE,
// QSQLCIPHER_BUSY_TIMEOUT=<ms>.
//
// Another program's write: a statement that finds the file locked waits for it (up to
// kDefaultBusyTimeoutMs unless the option says otherwise), telling the busy notice once per
// wait; if the wait runs out, the error says so in the user's words (code SQLITE_BUSY).
// $RENTFLOW_BUSY_TIMEOUT_SECONDS changes the default wait; the connect option wins over it.
class SqlCipherDriver : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char* kName = "QSQLCIPHER";
    // Cipher settings fixed for every RentFlow file; changing them makes old files unreadable.
    // 16 KiB pages: a quarter of the per-page work (HMAC, syscalls) of SQLite's 4 KiB for
    // bulk writes such as a month's billing run, still small for single-row saves.
    // Keyless files use the same size, so both run the same code path.
    static constexpr int kPageSize = 16384;
    static constexpr int kPassphraseKdfIterations = 256000;
    // How long a write waits for another RentFlow program's write before giving up.
    static constexpr int kDefaultBusyTimeoutMs = 120000;
    // A wait longer than this is told to the busy notice.
    static constexpr int kBusyNoticeAfterMs = 200;

    // What the program shows while it waits for another program (stderr, a status bar).
    // Called on the waiting thread, once per wait. Null: nothing is shown.
    using BusyNotice = void (*)(const QString& message);
    static void setBusyNotice(BusyNotice notice);
    static QString busyWaitMessage();
    static QString busyTimeoutMessage(int waitedMs);

    // Test hook (fault injection), never set by the programs: the Nth statement from now
    // fails with SQLITE_IOERR as if the disk had failed. Every statement counts (each
    // execution of a prepared one, BEGIN, COMMIT, script steps) except ROLLBACK, the way
    // out of a failure; with Rows, so does fetching each row after a statement's first.
    // 0 disarms it.
    enum class Counting
    {
        Statements,
        StatementsAndRows
    };
    static void failNthStatement(qint64 n, Counting counting = Counting::Statements);
    // Whether an armed failure has not fired yet (the work needed fewer statements).
    static bool failurePending();
    // Counts one statement about to run; true when it is the one that must fail.
    static bool injectedFailure();
    static bool injectsIntoRows();

    // A transaction in which any statement failed is never committed: commit() refuses and
    // the caller rolls back, even if the code that met the failure went on.
    static QString failedInTransactionMessage();
    bool failedInTransaction() const { return m_failedInTransaction; }

    // Makes "QSQLCIPHER" available to QSqlDatabase::addDatabase. Safe to call repeatedly.
    static void registerDriver();

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& path, const QString& user, const QString& key, const QString& host,
              int port, const QString& options) override;
    void close() override;
    QSqlResult* createResult() const override;
    QVariant handle() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlIndex primaryIndex(const QString& table) const override;
    QSqlRecord record(const QString& table) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;

    // Runs every statement of a multi-statement SQL text (migrations), in order.
    bool executeScript(const QString& sql);
    // Re-encrypts the whole file under a new key (same forms as the password).
    bool rekey(const QString& newKey);
    // Primary SQLite result code of the last error on this connection.
    int lastErrorCode() const { return m_lastErrorCode; }

    sqlite3* connection() const { return m_db; }

private:
    friend class SqlCipherResult;
    void attach(SqlCipherResult* result) const;
    void detach(SqlCipherResult* result) const;
    bool execSimple(const char* sql, QSqlError::ErrorType type);
    QSqlError makeError(const QString& what, int rc, QSqlError::ErrorType type) const;
    void failOpen(const QString& what, int rc);
    static int onBusy(void* self, int attempt);

    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    qint64 m_busySinceMs = 0;
    bool m_busyNoticeGiven = false;
    mutable bool m_failedInTransaction = false; // set by results, cleared by BEGIN and ROLLBACK

    sqlite3* m_db = nullptr;
    int m_lastErrorCode = 0;
    mutable QList<SqlCipherResult*> m_results;
};

} // namespace rentflow::store
