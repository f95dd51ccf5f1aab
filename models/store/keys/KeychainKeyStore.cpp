#include "KeychainKeyStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace rentflow::store {

namespace {

// Runs a QtKeychain job to completion (or time-out) and maps its outcome.
KeyStore::Answer runJob(QKeychain::Job& job, int timeoutMs)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    timer.start(timeoutMs);
    job.start();
    loop.exec();

    KeyStore::Answer answer;
    if (timedOut) {
        answer.status = KeyStore::Status::Unavailable;
        answer.detail = QStringLiteral("the keychain did not answer");
        return answer;
    }
    answer.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        answer.status = KeyStore::Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        answer.status = KeyStore::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        answer.status = KeyStore::Status::Unavailable;
        break;
    case QKeychain::OtherError:
        // QtKeychain reports a missing D-Bus session or Secret Service this way on Linux.
        answer.status = KeyStore::Status::Unavailable;
        break;
    default:
        answer.status = KeyStore::Status::Failed;
        break;
    }
    return answer;
}

} // namespace

KeychainKeyStore::KeychainKeyStore(int timeoutMs) : m_timeoutMs(timeoutMs) {}

KeyStore::Answer KeychainKeyStore::read(const QString& name)
{
    QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
    job.setKey(name);
    Answer answer = runJob(job, m_timeoutMs);
    if (answer.status == Status::Ok)
        answer.key = job.textData();
    return answer;
}

KeyStore::Answer KeychainKeyStore::write(const QString& name, const QString& key)
{
    QKeychain::WritePasswordJob job(QString::fromLatin1(kService));
    job.setKey(name);
    job.setTextData(key);
    return runJob(job, m_timeoutMs);
}

KeyStore::Answer KeychainKeyStore::remove(const QString& name)
{
    QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
    job.setKey(name);
    return runJob(job, m_timeoutMs);
}

} // namespace rentflow::store
