#include "ApiReply.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace rentflow::server {

QHttpServerResponse jsonReply(const QJsonObject& body, Status status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse errorReply(Status status, const QString& code, const QString& message,
                               const FieldErrors& fields)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!fields.isEmpty())
        error.insert(QStringLiteral("fields"), fields);
    return jsonReply(QJsonObject{{QStringLiteral("error"), error}}, status);
}

QHttpServerResponse invalidInput(const FieldErrors& fields)
{
    return errorReply(Status::BadRequest, QStringLiteral("invalid_input"),
                      QCoreApplication::translate("ApiReply", "Some fields are not right."),
                      fields);
}

QHttpServerResponse databaseFailure()
{
    return errorReply(
        Status::InternalServerError, QStringLiteral("database"),
        QCoreApplication::translate("ApiReply", "The server could not read or write its database. "
                                                "Nothing was changed; try again later."));
}

QHttpServerResponse noContent()
{
    return QHttpServerResponse(Status::NoContent);
}

QJsonObject errorOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
}

} // namespace rentflow::server
