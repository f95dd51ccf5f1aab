#include "server/mail/MailWorker.h"

#include "server/http/RequestLog.h"
#include "server/http/ServerConfig.h"
#include "server/mail/MailTemplateStore.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QThread>

#include <chrono>

namespace rentflow::server {

namespace {

QString freshWorkerId()
{
    return QStringLiteral("%1/%2/%3")
        .arg(QHostInfo::localHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

void logMail(const QString& level, const QString& event, const QueuedMail& mail,
             QJsonObject fields = {})
{
    // Ids and the template only: the address and the variables are personal data.
    fields.insert(QStringLiteral("mailId"), mail.id);
    fields.insert(QStringLiteral("template"), mail.templateName);
    logEvent(level, event, fields);
}

} // namespace

std::variant<MailWorkerOptions, QString>
MailWorkerOptions::fromConfig(const ServerConfig& config, const QProcessEnvironment& environment)
{
    MailWorkerOptions options;
    options.smtp.url = config.smtpUrl;
    options.smtp.user = config.smtpUser;
    if (!config.smtpPasswordEnv.isEmpty())
        options.smtp.password = environment.value(config.smtpPasswordEnv);
    options.smtp.startTls = config.smtpStartTls == QLatin1String("never") ? StartTls::Never
                            : config.smtpStartTls == QLatin1String("required")
                                ? StartTls::Required
                                : StartTls::IfOffered;
    options.smtp.caFile = config.smtpCaFile;
    options.from = Mailbox::parse(config.mailFrom);
    if (!options.from)
        return QStringLiteral("--mail-from is not an address mail can be sent from");
    options.pollMs = qMax(10, config.mailPollMs);
    return options;
}

MailWorker::MailWorker(MailWorkerOptions options)
    : m_options(std::move(options)), m_sender(m_options.smtp)
{
    if (m_options.workerId.isEmpty())
        m_options.workerId = freshWorkerId();
    if (m_options.leaseMs <= 0)
        m_options.leaseMs = m_options.smtp.connectTimeoutMs + m_options.smtp.timeoutMs + 60'000;
}

MailWorker::~MailWorker()
{
    stop();
}

qint64 MailWorker::retryDelayMs(int failures, qint64 firstMs, qint64 maxMs)
{
    qint64 delay = firstMs;
    for (int i = 1; i < failures && delay < maxMs; ++i)
        delay *= 2;
    return qMin(delay, maxMs);
}

void MailWorker::start(const DatabaseTarget& database)
{
    if (m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_cancel = false;
    m_thread = QThread::create([this, database] { run(database); });
    m_thread->setObjectName(QStringLiteral("mail-worker"));
    m_thread->start();
}

void MailWorker::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_cancel = true;
    m_wake.notify_all();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool MailWorker::waitForNextRound()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, std::chrono::milliseconds(m_options.pollMs),
                    [this] { return m_stopping; });
    return !m_stopping;
}

void MailWorker::run(const DatabaseTarget& database)
{
    const QString connection = QStringLiteral("mail-worker-%1").arg(quintptr(this), 0, 16);
    std::unique_ptr<ServerDb> db;
    do {
        if (!db) {
            auto opened = openServerDb(database, connection);
            if (!opened) {
                logEvent(QStringLiteral("error"), QStringLiteral("mail.database"),
                         {{QStringLiteral("error"), opened.error().message}});
                continue;
            }
            db = opened.take();
        }
        // A full batch: more may be due, go again at once.
        for (;;) {
            auto handled = runOnce(*db);
            if (!handled) {
                logEvent(QStringLiteral("error"), QStringLiteral("mail.database"),
                         {{QStringLiteral("error"), handled.error().message}});
                break;
            }
            std::lock_guard lock(m_mutex);
            if (handled.value() < m_options.batch || m_stopping)
                break;
        }
    } while (waitForNextRound());
}

StoreResult<int> MailWorker::runOnce(ServerDb& db)
{
    auto claimed = claimDueMail(db, m_options.workerId, QDateTime::currentDateTimeUtc(),
                                m_options.batch, m_options.leaseMs);
    if (!claimed)
        return claimed.error();
    for (const QueuedMail& mail : claimed.value()) {
        if (m_cancel) {
            // Stopping: the rest go back to the queue for the next worker.
            if (auto released = releaseMailClaim(db, mail.id, m_options.workerId); !released)
                return released.error();
            continue;
        }
        if (auto handled = handle(db, mail); !handled)
            return handled.error();
    }
    return int(claimed.value().size());
}

store::StoreStatus MailWorker::handle(ServerDb& db, const QueuedMail& mail)
{
    const int attempt = mail.attempts + 1;
    const auto giveUp = [&](const QString& why) -> store::StoreStatus {
        logMail(QStringLiteral("warning"), QStringLiteral("mail.failed"), mail,
                {{QStringLiteral("attempt"), attempt}, {QStringLiteral("error"), why}});
        auto marked = markMailFailed(db, mail.id, m_options.workerId, attempt, why);
        if (!marked)
            return marked.error();
        return store::Done{};
    };

    auto stored = loadMailTemplate(db, mail.templateName);
    if (!stored) {
        if (stored.error().code == StoreError::Code::NotFound)
            return giveUp(QStringLiteral("no mail template is called that"));
        return stored.error();
    }
    auto rendered = renderMailTemplate(stored.value().wording, mail.variables);
    if (auto* error = std::get_if<TemplateError>(&rendered))
        return giveUp(error->message);
    const std::optional<Mailbox> to = Mailbox::parse(mail.recipient);
    if (!to)
        return giveUp(QStringLiteral("the recipient is not an address mail can be sent to"));
    if (!m_options.from)
        return giveUp(QStringLiteral("no sender address"));

    const RenderedMail& body = std::get<RenderedMail>(rendered);
    MailMessage message{*m_options.from, *to, body.subject, body.text, body.html,
                        // One Message-ID per queued mail, the same on every attempt.
                        mail.id + QLatin1Char('@') + QString::fromLatin1(m_options.from->domain()),
                        QDateTime::currentDateTimeUtc()};
    const SendResult result = m_sender.send(message, &m_cancel);

    StoreResult<bool> recorded = false;
    if (result.sent()) {
        logMail(QStringLiteral("info"), QStringLiteral("mail.sent"), mail,
                {{QStringLiteral("attempt"), attempt}});
        recorded = markMailSent(db, mail.id, m_options.workerId, attempt, message.messageId,
                                QDateTime::currentDateTimeUtc());
    } else if (result.permanent() || attempt >= m_options.maxAttempts) {
        return giveUp(result.error);
    } else {
        const qint64 delay = retryDelayMs(attempt, m_options.firstRetryMs, m_options.maxRetryMs);
        logMail(QStringLiteral("warning"), QStringLiteral("mail.retry"), mail,
                {{QStringLiteral("attempt"), attempt},
                 {QStringLiteral("retryInMs"), delay},
                 {QStringLiteral("error"), result.error}});
        recorded = scheduleMailRetry(db, mail.id, m_options.workerId, attempt,
                                     QDateTime::currentDateTimeUtc().addMSecs(delay), result.error);
    }
    if (!recorded)
        return recorded.error();
    if (!recorded.value())
        logMail(QStringLiteral("warning"), QStringLiteral("mail.claim_lost"), mail);
    return store::Done{};
}

} // namespace rentflow::server
