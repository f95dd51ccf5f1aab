#pragma once

#include "server/mail/MailQueueStore.h"
#include "server/mail/Mailbox.h"
#include "server/mail/SmtpSender.h"
#include "server/storage/DatabaseTarget.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <variant>

class QProcessEnvironment;
class QThread;

namespace rentflow::server {

struct ServerConfig;

struct MailWorkerOptions
{
    SmtpSettings smtp;
    std::optional<Mailbox> from;
    int pollMs = 2'000;
    int batch = 20;                // mails claimed per round
    int maxAttempts = 8;           // then the mail is failed for good
    qint64 firstRetryMs = 60'000;  // 1 min, 2, 4 … (doubling after each failure)
    qint64 maxRetryMs = 3'600'000; // … capped at 1 h
    int leaseMs = 0;               // a claim's life; 0: the SMTP timeouts plus a minute
    QString workerId;              // empty: a fresh one (host, process, random)

    // From the server's settings (--smtp-url, --smtp-user, --smtp-password-env,
    // --mail-from, --mail-poll-ms); the reason when --mail-from is not an address.
    static std::variant<MailWorkerOptions, QString>
    fromConfig(const ServerConfig& config, const QProcessEnvironment& environment);
};

// Sends the mail queue (SPEC §8.5): on a thread of its own with its own database
// connection, every pollMs it claims due mails, renders their templates (an admin's
// override first), sends them and records the outcome: sent; failed (a permanent SMTP
// refusal, an unknown template, a missing variable, the last attempt); or pending again
// after firstRetryMs·2^(failures-1), at most maxRetryMs. Any number of workers, in one
// process or several on one PostgreSQL, share a queue without sending a mail twice
// (claimDueMail). A worker that dies mid-send leaves its claim to expire: that mail is
// sent again after leaseMs (at least once, never lost).
class MailWorker
{
public:
    explicit MailWorker(MailWorkerOptions options);
    ~MailWorker(); // stop()
    MailWorker(const MailWorker&) = delete;
    MailWorker& operator=(const MailWorker&) = delete;

    // Starts the thread; it opens its own connection to `database` (retrying every pollMs
    // while it cannot).
    void start(const DatabaseTarget& database);
    // Wakes the thread and waits for it; a send in progress is dropped (its mail is
    // retried later, by this server's next start or another server). Safe to call twice.
    void stop();

    // One round on the calling thread with `db`: how many mails it handled.
    StoreResult<int> runOnce(ServerDb& db);

    const MailWorkerOptions& options() const { return m_options; }

    // The wait before attempt `failures + 1`: first·2^(failures-1), at most max.
    static qint64 retryDelayMs(int failures, qint64 firstMs, qint64 maxMs);

private:
    void run(const DatabaseTarget& database);
    bool waitForNextRound(); // false when stopping
    store::StoreStatus handle(ServerDb& db, const QueuedMail& mail);

    MailWorkerOptions m_options;
    SmtpSender m_sender;
    QThread* m_thread = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic<bool> m_cancel{false}; // stop(): a send in progress is dropped
};

} // namespace rentflow::server
