#pragma once

#include <QList>
#include <QString>

namespace rentflow {

// A refused input: which field, and what is wrong with it, in the user's words.
struct FieldError
{
    QString field;
    QString message;

    QString toString() const { return field + QLatin1String(": ") + message; }
};

using FieldErrors = QList<FieldError>;

} // namespace rentflow
