#pragma once

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace rentflow::server {

using Status = QHttpServerResponse::StatusCode;

// Each refused field and why: {"email": "is not an email address"}.
using FieldErrors = QJsonObject;

// A JSON body with its status.
QHttpServerResponse jsonReply(const QJsonObject& body, Status status = Status::Ok);
// The API's one error shape (ARCHITECTURE.md):
// {"error":{"code":"...","message":"...","fields":{...}}}; "fields" only when there are some.
QHttpServerResponse errorReply(Status status, const QString& code, const QString& message,
                               const FieldErrors& fields = {});
// 400 invalid_input naming every refused field.
QHttpServerResponse invalidInput(const FieldErrors& fields);
// 500: a database statement failed. The detail is logged, never sent.
QHttpServerResponse databaseFailure();
QHttpServerResponse noContent();

// The error object of a reply made by errorReply (for tests and logs).
QJsonObject errorOf(const QByteArray& body);

} // namespace rentflow::server
