#pragma once

#include "FieldError.h"
#include "IsoDate.h"
#include "Parsed.h"

#include <QCoreApplication>

#include <optional>

namespace rentflow {

// Collects every refused field of one input at once, so the user sees all of
// them together rather than one per attempt.
class InputCheck
{
public:
    // A YYYY-MM-DD field that may be left empty for `fallback` (usually today).
    std::optional<QDate> dateOr(const QString& field, const QString& text, QDate fallback)
    {
        if (text.trimmed().isEmpty())
            return fallback;
        return required<QDate>(field, text, &parseIsoDate);
    }

    // Parses a field that must be present.
    template <typename T, typename Parser>
    std::optional<T> required(const QString& field, const QString& text, Parser parse)
    {
        if (text.trimmed().isEmpty()) {
            fail(field, QCoreApplication::translate("InputCheck", "is required"));
            return std::nullopt;
        }
        return optional<T>(field, text, parse);
    }

    // Parses a field that may be left empty (then nullopt, and no error).
    template <typename T, typename Parser>
    std::optional<T> optional(const QString& field, const QString& text, Parser parse)
    {
        if (text.trimmed().isEmpty())
            return std::nullopt;
        const Parsed<T> parsed = parse(QStringView(text));
        if (!parsed) {
            fail(field, parsed.error());
            return std::nullopt;
        }
        return parsed.value();
    }

    // Plain text of bounded length; returns it trimmed.
    QString text(const QString& field, const QString& value, int maxLength, bool isRequired)
    {
        const QString trimmed = value.trimmed();
        if (isRequired && trimmed.isEmpty())
            fail(field, QCoreApplication::translate("InputCheck", "is required"));
        else if (trimmed.size() > maxLength)
            fail(field,
                 QCoreApplication::translate("InputCheck", "is too long (at most %1 characters)")
                     .arg(maxLength));
        return trimmed;
    }

    void require(bool condition, const QString& field, const QString& message)
    {
        if (!condition)
            fail(field, message);
    }
    void fail(const QString& field, const QString& message) { m_errors.append({field, message}); }

    bool ok() const { return m_errors.isEmpty(); }
    const FieldErrors& errors() const { return m_errors; }

private:
    FieldErrors m_errors;
};

} // namespace rentflow
