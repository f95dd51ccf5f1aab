#include "SmtpSink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace rentflow::server::test {

namespace {

// Reads the maildir with Python's email package and prints one JSON array.
const char kReadMaildir[] = R"PY(
import email, email.policy, json, os, sys
out = []
names = []
for sub in ("new", "cur"):
    folder = os.path.join(sys.argv[1], sub)
    if os.path.isdir(folder):
        names += [os.path.join(folder, n) for n in os.listdir(folder)]
for path in sorted(names, key=os.path.basename):
    raw = open(path, "rb").read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    defects = []
    for part in msg.walk():
        defects += [type(d).__name__ for d in part.defects]
    def body(kind):
        part = msg.get_body(preferencelist=(kind,))
        if part is None or part.get_content_subtype() != kind:
            return None
        return part.get_content().replace("\r\n", "\n")
    text, html = body("plain"), body("html")
    out.append({
        "envelopeFrom": str(msg.get("X-MailFrom", "")),
        "envelopeTo": str(msg.get("X-RcptTo", "")),
        "from": str(msg.get("From", "")),
        "to": str(msg.get("To", "")),
        "subject": str(msg.get("Subject", "")),
        "messageId": str(msg.get("Message-ID", "")),
        "date": str(msg.get("Date", "")),
        "contentType": msg.get_content_type(),
        "text": text or "",
        "html": html or "",
        "hasHtml": html is not None,
        "authLogin": str(msg.get("X-Auth-Login", "")),
        "headerNames": list(msg.keys()),
        "defects": defects,
        "raw": raw.decode("latin-1"),
    })
print(json.dumps(out))
)PY";

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool ok = socket.waitForConnected(200);
    socket.abort();
    return ok;
}

} // namespace

SmtpSink::SmtpSink() = default;

SmtpSink::~SmtpSink()
{
    stop();
}

QString SmtpSink::python()
{
    static const QString found = [] {
        QStringList candidates{QStringLiteral("/usr/bin/python3")};
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (!onPath.isEmpty())
            candidates << onPath;
        for (const QString& candidate : candidates) {
            QProcess check;
            check.start(candidate, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
            if (check.waitForFinished(10'000) && check.exitStatus() == QProcess::NormalExit &&
                check.exitCode() == 0)
                return candidate;
        }
        return QString();
    }();
    return found;
}

bool SmtpSink::makeCertificate()
{
    if (!m_certFile.isEmpty())
        return true;
    const QString cert = m_dir.filePath(QStringLiteral("sink-cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("sink-key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl could not make the sink's certificate: ") +
                  QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    m_certFile = cert;
    m_keyFile = key;
    return true;
}

bool SmtpSink::start(Tls tls, quint16 port)
{
    stop();
    m_error.clear();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder for the sink");
        return false;
    }
    const QString interpreter = python();
    if (interpreter.isEmpty()) {
        m_error = QStringLiteral("no python3 with aiosmtpd (Debian: python3-aiosmtpd)");
        return false;
    }
    if (tls != Tls::None && !makeCertificate())
        return false;

    // A port another process takes between our probe and aiosmtpd's bind: try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_tls = tls;
        m_port = port != 0 ? port : freePort();
        QStringList arguments{QStringLiteral("-m"), QStringLiteral("aiosmtpd"),
                              QStringLiteral("-n"), QStringLiteral("-l"),
                              QStringLiteral("127.0.0.1:%1").arg(m_port)};
        if (m_maxSize > 0)
            arguments << QStringLiteral("-s") << QString::number(m_maxSize);
        if (tls == Tls::StartTls)
            arguments << QStringLiteral("--tlscert") << m_certFile << QStringLiteral("--tlskey")
                      << m_keyFile;
        if (tls == Tls::Smtps)
            arguments << QStringLiteral("--smtpscert") << m_certFile << QStringLiteral("--smtpskey")
                      << m_keyFile;
        const bool withAccount = !m_login.isEmpty();
        arguments << QStringLiteral("-c")
                  << (withAccount ? QStringLiteral("rentflow_sink.AuthMailbox")
                                  : QStringLiteral("aiosmtpd.handlers.Mailbox"))
                  << m_dir.filePath(QStringLiteral("maildir"));

        m_process = std::make_unique<QProcess>();
        if (withAccount) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("PYTHONPATH"),
                               QStringLiteral(RENTFLOW_MAIL_TEST_SOURCE_DIR));
            environment.insert(QStringLiteral("RENTFLOW_SINK_LOGIN"), m_login);
            environment.insert(QStringLiteral("RENTFLOW_SINK_PASSWORD"), m_password);
            m_process->setProcessEnvironment(environment);
        }
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(interpreter, arguments);
        if (!m_process->waitForStarted(10'000)) {
            m_error = QStringLiteral("aiosmtpd did not start: ") + m_process->errorString();
            m_process.reset();
            return false;
        }
        QDeadlineTimer deadline(15'000);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            if (accepts(m_port))
                return true;
            m_process->waitForFinished(25);
        }
        m_error = QStringLiteral("aiosmtpd did not listen on %1: ").arg(m_port) +
                  QString::fromLocal8Bit(m_process->readAll());
        stop();
        if (port != 0)
            break;
    }
    return false;
}

void SmtpSink::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5'000)) {
            m_process->kill();
            m_process->waitForFinished(5'000);
        }
    }
    m_process.reset();
}

bool SmtpSink::running() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString SmtpSink::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls == Tls::Smtps ? QStringLiteral("smtps") : QStringLiteral("smtp"))
        .arg(m_port);
}

QList<ReceivedMail> SmtpSink::messages()
{
    QList<ReceivedMail> mails;
    const QString maildir = m_dir.filePath(QStringLiteral("maildir"));
    if (!QDir(maildir).exists())
        return mails;
    QProcess reader;
    reader.start(python(), {QStringLiteral("-c"), QString::fromUtf8(kReadMaildir), maildir});
    if (!reader.waitForFinished(30'000) || reader.exitCode() != 0) {
        m_error = QStringLiteral("reading the maildir failed: ") +
                  QString::fromLocal8Bit(reader.readAllStandardError());
        return mails;
    }
    const QJsonArray array = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        ReceivedMail mail;
        mail.envelopeFrom = o.value(QLatin1String("envelopeFrom")).toString();
        mail.envelopeTo = o.value(QLatin1String("envelopeTo")).toString();
        mail.from = o.value(QLatin1String("from")).toString();
        mail.to = o.value(QLatin1String("to")).toString();
        mail.subject = o.value(QLatin1String("subject")).toString();
        mail.messageId = o.value(QLatin1String("messageId")).toString();
        mail.date = o.value(QLatin1String("date")).toString();
        mail.contentType = o.value(QLatin1String("contentType")).toString();
        mail.text = o.value(QLatin1String("text")).toString();
        mail.html = o.value(QLatin1String("html")).toString();
        mail.hasHtml = o.value(QLatin1String("hasHtml")).toBool();
        mail.authLogin = o.value(QLatin1String("authLogin")).toString();
        for (const QJsonValue& name : o.value(QLatin1String("headerNames")).toArray())
            mail.headerNames << name.toString();
        for (const QJsonValue& defect : o.value(QLatin1String("defects")).toArray())
            mail.defects << defect.toString();
        mail.raw = o.value(QLatin1String("raw")).toString().toLatin1();
        mails << mail;
    }
    return mails;
}

QList<ReceivedMail> SmtpSink::waitForMessages(int count, int timeoutMs)
{
    // Counting files is cheap; Python reads them once they are all there.
    const QString maildir = m_dir.filePath(QStringLiteral("maildir"));
    const auto stored = [&] {
        return QDir(maildir + QStringLiteral("/new")).entryList(QDir::Files).size() +
               QDir(maildir + QStringLiteral("/cur")).entryList(QDir::Files).size();
    };
    QDeadlineTimer deadline(timeoutMs);
    while (stored() < count && !deadline.hasExpired())
        QThread::msleep(20);
    return messages();
}

} // namespace rentflow::server::test
