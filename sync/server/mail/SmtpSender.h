#pragma once

#include "server/mail/MailMessage.h"

#include <QString>

#include <atomic>

namespace rentflow::server {

// How an smtp:// connection uses STARTTLS (smtps:// is TLS from the first byte).
enum class StartTls
{
    Never,     // plain text all the way (a relay on the same machine)
    IfOffered, // upgrade when the server offers STARTTLS (libcurl CURLUSESSL_TRY)
    Required,  // refuse to send without it (CURLUSESSL_ALL)
};

struct SmtpSettings
{
    QString url;  // smtp://host[:port] or smtps://host[:port]
    QString user; // empty: no AUTH
    QString password;
    StartTls startTls = StartTls::IfOffered;
    QString caFile; // a CA bundle to trust instead of the system's (empty: the system's)
    int connectTimeoutMs = 10'000;
    int timeoutMs = 60'000; // the whole conversation
};

// What became of one message.
struct SendResult
{
    enum class Status
    {
        Sent,
        TemporaryFailure, // try again later: no connection, timeout, 4xx, TLS/auth trouble
        PermanentFailure, // this message will never go: 5xx for it, a refused address
    };
    Status status = Status::TemporaryFailure;
    long smtpCode = 0; // the server's last reply code, 0 when none came
    QString error;     // for logs: no addresses, no secrets

    bool sent() const { return status == Status::Sent; }
    bool permanent() const { return status == Status::PermanentFailure; }
};

// Sends one message at a time over libcurl's SMTP client. Blocking: use it from a
// worker thread. Each send() is its own connection (one queue row, one conversation).
class SmtpSender
{
public:
    explicit SmtpSender(SmtpSettings settings);

    // Never throws; every failure comes back as a SendResult. When `cancel` turns true the
    // conversation is dropped (within about a second, before the final "." is sent or
    // after: the mail may then have gone) and the result is a temporary failure.
    SendResult send(const MailMessage& message,
                    const std::atomic<bool>* cancel = nullptr) const noexcept;

    const SmtpSettings& settings() const { return m_settings; }

private:
    SmtpSettings m_settings;
};

} // namespace rentflow::server
