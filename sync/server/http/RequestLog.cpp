#include "RequestLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMutex>

#include <cstdio>

namespace rentflow::server {

void logEvent(const QString& level, const QString& event, QJsonObject fields)
{
    fields.insert(QStringLiteral("ts"),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("level"), level);
    fields.insert(QStringLiteral("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    static QMutex mutex; // whole lines from every thread
    const QMutexLocker lock(&mutex);
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace rentflow::server
