#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace rentflow::store {

class SqlCipherDriver;

// One prepared statement of a SqlCipherDriver connection. Placeholders reach it
// as positional '?' (Qt rewrites ":name" since the driver reports no named
// placeholders). Forward-only queries read values straight off the statement;
// scrollable ones keep the rows they have fetched so QSqlQueryModel can seek back.
class SqlCipherResult : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    // Releases the statement; called by the driver before it closes the connection.
    void finalize();

protected:
    // Positional values go straight into the bound-value list: Qt's default also
    // builds a placeholder name and a hash entry per value, which dominated bulk inserts.
    void bindValue(int pos, const QVariant& value, QSql::ParamType type) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool reset(const QString& query) override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    bool bindAll();
    int bindText(int index, QStringView text);
    bool step();
    QVariant columnValue(int column) const;
    QList<QVariant> currentRowValues() const;
    void buildRecord();
    void failWith(const QString& what, int rc);
    const SqlCipherDriver* cipherDriver() const;

    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    // One buffer per parameter, reused from row to row: the UTF-8 text or blob
    // bytes SQLite reads (SQLITE_STATIC) while the statement runs.
    QList<QByteArray> m_boundBytes;
    QList<QList<QVariant>> m_cache; // rows fetched so far, scrollable queries only
    QList<QVariant> m_lastRow;      // the final row, for fetchLast() on forward-only queries
    bool m_onLiveRow = false;       // the statement currently sits on row at()
    bool m_rowPending = false;      // exec() stepped onto the first row, not yet fetched
    bool m_done = false;            // the statement has no more rows
    int m_rowsAffected = -1;
    qint64 m_lastInsertRowId = 0;
};

} // namespace rentflow::store
