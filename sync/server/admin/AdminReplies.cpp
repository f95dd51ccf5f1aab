#include "AdminReplies.h"

#include <QCoreApplication>

namespace rentflow::server {

QHttpServerResponse adminFailure(const store::StoreError& error)
{
    using Code = store::StoreError::Code;
    switch (error.code) {
    case Code::NotFound:
        return errorReply(Status::NotFound, QStringLiteral("not_found"), error.message);
    case Code::AlreadyExists:
        return errorReply(Status::Conflict, QStringLiteral("conflict"), error.message);
    case Code::InvalidInput: {
        QJsonObject fields;
        for (const FieldError& field : error.fields)
            fields.insert(field.field, field.message);
        return errorReply(
            Status::BadRequest, QStringLiteral("invalid_input"),
            error.message.isEmpty()
                ? QCoreApplication::translate("AdminReplies", "Some fields are not right.")
                : error.message,
            fields);
    }
    default:
        return databaseFailure();
    }
}

QJsonValue textOrNull(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    return value.toString();
}

QVariant nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace rentflow::server
