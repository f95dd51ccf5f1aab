#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace rentflow::server::test {

// One message the sink took, read back with Python's own email package (an
// implementation independent of ours): headers decoded, parts decoded, CRLF -> LF.
struct ReceivedMail
{
    QString envelopeFrom; // what MAIL FROM said (aiosmtpd's X-MailFrom)
    QString envelopeTo;   // what RCPT TO said (X-RcptTo)
    QString from;
    QString to;
    QString subject;
    QString messageId;
    QString date;
    QString contentType; // the top level's, e.g. "multipart/alternative"
    QString text;        // the text/plain part ("" when none)
    QString html;        // the text/html part ("" when none)
    bool hasHtml = false;
    QString authLogin;       // the account that sent it (setAccount), else ""
    QStringList headerNames; // the top level's, in order
    QStringList defects;     // what Python's parser found wrong, by class name
    QByteArray raw;          // the file as stored
};

// A real SMTP server on 127.0.0.1 for tests: `python3 -m aiosmtpd` (Debian's
// python3-aiosmtpd) with its Mailbox handler writing a maildir in a folder of its own.
// Stopped and the folder removed when destroyed.
class SmtpSink
{
public:
    enum class Tls
    {
        None,
        StartTls, // --tlscert/--tlskey: STARTTLS offered and required before MAIL
        Smtps,    // --smtpscert/--smtpskey: TLS from the first byte
    };

    SmtpSink();
    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    // Starts on a free port (or `port` when given, e.g. to come back where it was) and
    // waits until it accepts connections. False with error() when it cannot.
    bool start(Tls tls = Tls::None, quint16 port = 0);
    void stop();
    bool running() const;
    // The SIZE limit (RFC 1870) the next start() announces; 0: aiosmtpd's default.
    void setMaxMessageSize(int bytes) { m_maxSize = bytes; }
    // From the next start(), AUTH PLAIN accepts this one account (only after TLS, as
    // aiosmtpd requires) and each message records it (ReceivedMail::authLogin).
    void setAccount(const QString& login, const QString& password)
    {
        m_login = login;
        m_password = password;
    }

    quint16 port() const { return m_port; }
    QString url() const; // smtp://127.0.0.1:<port> (smtps:// for Tls::Smtps)
    QString caFile() const { return m_certFile; } // the self-signed certificate, when TLS
    QString error() const { return m_error; }

    // Everything delivered so far, oldest first (by maildir file name).
    QList<ReceivedMail> messages();
    // Waits until at least `count` messages are there (or the time runs out).
    QList<ReceivedMail> waitForMessages(int count, int timeoutMs = 10'000);

    // A python3 that can import aiosmtpd (Debian's /usr/bin/python3 first), or empty.
    static QString python();

private:
    bool makeCertificate();

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    Tls m_tls = Tls::None;
    int m_maxSize = 0;
    QString m_login;
    QString m_password;
    QString m_certFile;
    QString m_keyFile;
    QString m_error;
};

} // namespace rentflow::server::test
