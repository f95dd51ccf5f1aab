#include "server/mail/SmtpSender.h"

#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace rentflow::server {

namespace {

struct Upload
{
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const qsizetype left = upload->data->size() - upload->offset;
    const qsizetype chunk = std::min<qsizetype>(left, qsizetype(size * count));
    if (chunk > 0) {
        std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(chunk));
        upload->offset += chunk;
    }
    return size_t(chunk);
}

// libcurl calls this about once a second even while waiting; non-zero ends the transfer.
int checkCancel(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* cancel = static_cast<const std::atomic<bool>*>(user);
    return cancel->load() ? 1 : 0;
}

struct EasyDeleter
{
    void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

SendResult failure(SendResult::Status status, long code, const QString& error)
{
    SendResult result;
    result.status = status;
    result.smtpCode = code;
    result.error = error;
    return result;
}

// 5xx is the server saying this message will never be taken (RFC 5321 §4.2.1), except
// the codes that are about our connection, not the message: authentication (530, 534,
// 535, 538) and TLS required; those wait for the configuration to be fixed.
bool isPermanent(CURLcode code, long reply)
{
    if (reply < 500 || reply > 599)
        return false;
    if (code == CURLE_LOGIN_DENIED || code == CURLE_USE_SSL_FAILED)
        return false;
    return reply != 530 && reply != 534 && reply != 535 && reply != 538;
}

SendResult perform(const SmtpSettings& settings, const MailMessage& message,
                   const std::atomic<bool>* cancel)
{
    static std::once_flag globalInit;
    std::call_once(globalInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });

    const QUrl url(settings.url, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")))
        return failure(SendResult::Status::TemporaryFailure, 0,
                       QStringLiteral("SMTP URL is not smtp://host[:port] or smtps://host[:port]"));

    std::unique_ptr<CURL, EasyDeleter> curl(curl_easy_init());
    if (!curl)
        return failure(SendResult::Status::TemporaryFailure, 0,
                       QStringLiteral("libcurl could not start a transfer"));

    const QByteArray data = toMime(message);
    Upload upload{&data, 0};
    const QByteArray urlBytes = url.toEncoded();
    const QByteArray mailFrom = '<' + message.from.address() + '>';
    const QByteArray rcpt = '<' + message.to.address() + '>';
    std::unique_ptr<curl_slist, ListDeleter> recipients(
        curl_slist_append(nullptr, rcpt.constData()));
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray caFile = settings.caFile.toLocal8Bit();
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL* h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for timeouts
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(settings.connectTimeoutMs));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(settings.timeoutMs));
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &readChunk);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(data.size()));
    if (scheme == QLatin1String("smtp")) {
        const long useSsl = settings.startTls == StartTls::Required    ? long(CURLUSESSL_ALL)
                            : settings.startTls == StartTls::IfOffered ? long(CURLUSESSL_TRY)
                                                                       : long(CURLUSESSL_NONE);
        curl_easy_setopt(h, CURLOPT_USE_SSL, useSsl);
    }
    if (!settings.user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    if (!caFile.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
    if (cancel) {
        curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &checkCancel);
        curl_easy_setopt(h, CURLOPT_XFERINFODATA, cancel);
        curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    }

    const CURLcode code = curl_easy_perform(h);
    long reply = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply);
    if (code == CURLE_OK) {
        SendResult result;
        result.status = SendResult::Status::Sent;
        result.smtpCode = reply;
        return result;
    }
    QString error = QStringLiteral("SMTP: ") + QString::fromUtf8(curl_easy_strerror(code));
    if (errorBuffer[0] != '\0')
        error += QStringLiteral(" (") + QString::fromUtf8(errorBuffer).trimmed() + QLatin1Char(')');
    return failure(isPermanent(code, reply) ? SendResult::Status::PermanentFailure
                                            : SendResult::Status::TemporaryFailure,
                   reply, error);
}

} // namespace

SmtpSender::SmtpSender(SmtpSettings settings) : m_settings(std::move(settings)) {}

SendResult SmtpSender::send(const MailMessage& message,
                            const std::atomic<bool>* cancel) const noexcept
{
    try {
        return perform(m_settings, message, cancel);
    } catch (const std::exception& e) {
        return failure(SendResult::Status::TemporaryFailure, 0,
                       QStringLiteral("SMTP: ") + QString::fromUtf8(e.what()));
    } catch (...) {
        return failure(SendResult::Status::TemporaryFailure, 0,
                       QStringLiteral("SMTP: unknown failure"));
    }
}

} // namespace rentflow::server
