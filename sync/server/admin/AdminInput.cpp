#include "AdminInput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>

namespace rentflow::server {

store::StoreError notFound(const QString& message)
{
    return store::StoreError{store::StoreError::Code::NotFound, message};
}

store::StoreError conflict(const QString& message)
{
    return store::StoreError{store::StoreError::Code::AlreadyExists, message};
}

store::StoreError invalidFields(const QJsonObject& fields, const QString& message)
{
    rentflow::FieldErrors list;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        list.append(FieldError{it.key(), it.value().toString()});
    return store::StoreError{store::StoreError::Code::InvalidInput, message, list};
}

namespace {

QString inputTr(const char* text)
{
    return QCoreApplication::translate("AdminInput", text);
}

// `value` when it is one of `allowed`; else nothing, and the field's error.
std::optional<QString> choice(const QString& key, const QJsonValue& value,
                              const QStringList& allowed, QJsonObject& errors)
{
    if (value.isString() && allowed.contains(value.toString()))
        return value.toString();
    errors.insert(key, inputTr("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
    return std::nullopt;
}

// Notes: null clears them (""), text of at most `max` characters is kept trimmed; else
// nothing, and the field's error.
std::optional<QString> notesText(const QString& key, const QJsonValue& value, int max,
                                 QJsonObject& errors)
{
    if (value.isNull())
        return QString();
    if (!value.isString())
        errors.insert(key, inputTr("must be text"));
    else if (value.toString().size() > max)
        errors.insert(key, inputTr("must be at most %1 characters").arg(max));
    else
        return value.toString().trimmed();
    return std::nullopt;
}

} // namespace

namespace waitlist_admin {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("WaitlistAdmin", text);
}
} // namespace

QStringList statuses()
{
    return {QStringLiteral("pending"), QStringLiteral("invited"), QStringLiteral("registered"),
            QStringLiteral("cancelled")};
}

QStringList priorities()
{
    return {QStringLiteral("normal"), QStringLiteral("high"), QStringLiteral("vip")};
}

std::variant<Changes, store::StoreError> readChanges(const QJsonObject& body)
{
    QJsonObject errors;
    Changes changes;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("status")) {
            changes.status = choice(key, value, statuses(), errors);
        } else if (key == QLatin1String("priority")) {
            changes.priority = choice(key, value, priorities(), errors);
        } else if (key == QLatin1String("notes")) {
            changes.notes = notesText(key, value, kMaxNotes, errors);
        } else {
            errors.insert(key, tr("is not something an admin can change here (status, priority, "
                                  "notes)"));
        }
    }
    if (!errors.isEmpty())
        return invalidFields(errors);
    if (!changes.status && !changes.priority && !changes.notes)
        return invalidFields({}, tr("Nothing to change: send status, priority or notes."));
    return changes;
}

} // namespace waitlist_admin

namespace lead_admin {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("LeadAdmin", text);
}
} // namespace

QStringList statuses()
{
    return {QStringLiteral("new"),       QStringLiteral("contacted"),
            QStringLiteral("qualified"), QStringLiteral("meeting_scheduled"),
            QStringLiteral("pitched"),   QStringLiteral("negotiating"),
            QStringLiteral("closed"),    QStringLiteral("lost")};
}

QStringList temperatures()
{
    return {QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold")};
}

QStringList activityTypes()
{
    return {QStringLiteral("call_made"), QStringLiteral("email_sent"),
            QStringLiteral("meeting_scheduled"), QStringLiteral("meeting_held"),
            QStringLiteral("note_added")};
}

std::optional<QString> storedTime(const QString& text)
{
    QDateTime at;
    if (text.size() == 10) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        at = QDateTime(day, QTime(0, 0), Qt::UTC);
    } else {
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid())
            return std::nullopt;
        if (at.timeSpec() == Qt::LocalTime)
            at.setTimeSpec(Qt::UTC);
    }
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

std::variant<Changes, store::StoreError> readChanges(const QJsonObject& body)
{
    static const QRegularExpression userId(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    const QVariant null{QMetaType(QMetaType::QString)};
    QJsonObject errors;
    Changes changes;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("status")) {
            changes.status = choice(key, value, statuses(), errors);
        } else if (key == QLatin1String("nextFollowUpAt")) {
            if (value.isNull() || (value.isString() && value.toString().isEmpty())) {
                changes.nextFollowUpAt = null;
            } else if (const auto at =
                           value.isString() ? storedTime(value.toString()) : std::nullopt) {
                changes.nextFollowUpAt = *at;
            } else {
                errors.insert(key, tr("must be a date and time like 2026-03-01T10:30:00Z"));
            }
        } else if (key == QLatin1String("assignedTo")) {
            if (value.isNull() || (value.isString() && value.toString().isEmpty()))
                changes.assignedTo = null;
            else if (!value.isString() || !userId.match(value.toString()).hasMatch())
                errors.insert(key, tr("must be a user id"));
            else
                changes.assignedTo = value.toString();
        } else if (key == QLatin1String("internalNotes")) {
            changes.internalNotes = notesText(key, value, kMaxNotes, errors);
        } else {
            errors.insert(key, tr("is not something an admin can change here (status, "
                                  "nextFollowUpAt, assignedTo, internalNotes)"));
        }
    }
    if (!errors.isEmpty())
        return invalidFields(errors);
    if (!changes.status && !changes.nextFollowUpAt && !changes.assignedTo && !changes.internalNotes)
        return invalidFields({}, tr("Nothing to change: send status, nextFollowUpAt, assignedTo "
                                    "or internalNotes."));
    return changes;
}

std::variant<Activity, store::StoreError> readNote(const QJsonObject& body)
{
    QJsonObject errors;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("text"))
            errors.insert(it.key(), tr("is not part of a note (send text)"));
    const QJsonValue text = body.value(QStringLiteral("text"));
    if (!text.isString() || text.toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("text"), tr("write the note"));
    else if (text.toString().size() > kMaxDescription)
        errors.insert(QStringLiteral("text"),
                      tr("must be at most %1 characters").arg(kMaxDescription));
    if (!errors.isEmpty())
        return invalidFields(errors);
    return Activity{QStringLiteral("note_added"), text.toString().trimmed()};
}

std::variant<Activity, store::StoreError> readActivity(const QJsonObject& body)
{
    QJsonObject errors;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("type") && it.key() != QLatin1String("description"))
            errors.insert(it.key(), tr("is not part of an activity (send type and description)"));
    const QJsonValue type = body.value(QStringLiteral("type"));
    if (!type.isString() || !activityTypes().contains(type.toString()))
        errors.insert(QStringLiteral("type"),
                      tr("must be one of %1").arg(activityTypes().join(QStringLiteral(", "))));
    const QJsonValue description = body.value(QStringLiteral("description"));
    if (!description.isUndefined() && !description.isNull() && !description.isString())
        errors.insert(QStringLiteral("description"), tr("must be text"));
    else if (description.toString().size() > kMaxDescription)
        errors.insert(QStringLiteral("description"),
                      tr("must be at most %1 characters").arg(kMaxDescription));
    else if (type.toString() == QLatin1String("note_added") &&
             description.toString().trimmed().isEmpty())
        errors.insert(QStringLiteral("description"), tr("write the note"));
    if (!errors.isEmpty())
        return invalidFields(errors);
    return Activity{type.toString(), description.toString().trimmed()};
}

} // namespace lead_admin
} // namespace rentflow::server
