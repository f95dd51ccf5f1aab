#pragma once

#include <store/StoreError.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <variant>

namespace rentflow::server {

// What the admin endpoints accept in a body, checked before anything is read or written:
// unknown fields, wrong types and wrong values each named (InvalidInput with its fields).
// Plain functions of the body (no database), so the fuzz target (tests/fuzz) can run them.

// Refusals the admin operations make.
store::StoreError notFound(const QString& message);
store::StoreError conflict(const QString& message);
store::StoreError invalidFields(const QJsonObject& fields, const QString& message = {});

namespace waitlist_admin {

QStringList statuses();   // pending, invited, registered, cancelled
QStringList priorities(); // normal, high, vip
constexpr int kMaxNotes = 5'000;

// A PUT /admin/waitlist/<id> body: any of status, priority, notes (empty: removed).
struct Changes
{
    std::optional<QString> status;
    std::optional<QString> priority;
    std::optional<QString> notes;
};
std::variant<Changes, store::StoreError> readChanges(const QJsonObject& body);

} // namespace waitlist_admin

namespace lead_admin {

// new, contacted, qualified, meeting_scheduled, pitched, negotiating, closed, lost
QStringList statuses();
QStringList temperatures();  // hot (score ≥ 80), warm (50–79), cold (below 50)
QStringList activityTypes(); // call_made, email_sent, meeting_scheduled, meeting_held, note_added
constexpr int kMaxNotes = 10'000;
constexpr int kMaxDescription = 2'000;

// An ISO 8601 date-time (or a date: its midnight UTC) as stored ("…T05:00:00.000Z"), or
// nothing. A time without an offset is UTC, never the server's own time zone.
std::optional<QString> storedTime(const QString& text);

// A PUT /admin/investor-leads/<id> body: any of status, nextFollowUpAt, assignedTo,
// internalNotes; a null QVariant clears the follow-up or the assignee.
struct Changes
{
    std::optional<QString> status;
    std::optional<QVariant> nextFollowUpAt;
    std::optional<QVariant> assignedTo;
    std::optional<QString> internalNotes;
};
std::variant<Changes, store::StoreError> readChanges(const QJsonObject& body);

// One activity to record: its type and what happened (trimmed).
struct Activity
{
    QString type;
    QString description;
};
// {"text": "…"}: a note_added activity.
std::variant<Activity, store::StoreError> readNote(const QJsonObject& body);
// {"type": "call_made", "description": "…"}.
std::variant<Activity, store::StoreError> readActivity(const QJsonObject& body);

} // namespace lead_admin
} // namespace rentflow::server
