#pragma once

#include "FieldError.h"
#include "IsoDate.h"
#include "Parsed.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace rentflow {

// Unicode's bidirectional controls: embeddings and overrides (U+202A–U+202E),
// isolates (U+2066–U+2069), the left-to-right, right-to-left and Arabic letter
// marks (U+200E, U+200F, U+061C). In a name they make the text show in another
// order than it is stored ("Trojan Source"), so a receipt could read otherwise than
// the books; no name a PG keeps needs them.
inline bool hasBidiControl(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E ||
               u == 0x200F || u == 0x061C;
    });
}

inline QString bidiControlMessage()
{
    return QCoreApplication::translate(
        "InputCheck", "contains a hidden direction-control character (U+202A–U+202E, "
                      "U+2066–U+2069, U+200E, U+200F or U+061C); type it again without it");
}

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

    // Plain text of bounded length (every name, description and reason goes through
    // here); returns it trimmed.
    QString text(const QString& field, const QString& value, int maxLength, bool isRequired)
    {
        const QString trimmed = value.trimmed();
        if (isRequired && trimmed.isEmpty())
            fail(field, QCoreApplication::translate("InputCheck", "is required"));
        else if (hasBidiControl(trimmed))
            fail(field, bidiControlMessage());
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
