#pragma once

#include <QJsonObject>
#include <QString>

namespace rentflow::server {

// Structured logs: one JSON object per line on standard error, with the time, the level
// and the request id. Callers pass ids, routes (patterns, never paths with their query)
// and counts — never personal data or secrets.
void logEvent(const QString& level, const QString& event, QJsonObject fields = {});

} // namespace rentflow::server
