#pragma once

#include "AdminInput.h"

#include "server/http/ApiReply.h"

#include <store/StoreError.h>

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace rentflow::server {

// Who makes an admin write, for the audit log and the activities.
struct Actor
{
    QString userId;
    QString requestId;
};

// The reply for a refused or failed admin operation: 404 not_found, 400 invalid_input
// naming the fields, 409 conflict (the entry is not in a state that allows it), 500 database.
QHttpServerResponse adminFailure(const store::StoreError& error);

// A database value as JSON: null for SQL NULL, else its text.
QJsonValue textOrNull(const QVariant& value);
// A bind value that is SQL NULL when `text` is empty.
QVariant nullIfEmpty(const QString& text);

} // namespace rentflow::server
