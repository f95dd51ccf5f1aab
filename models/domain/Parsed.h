#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rentflow {

// The outcome of parsing untrusted input into a domain value: the value, or the
// user-facing reason it was refused. An invalid value never exists past parsing.
template <typename T> class Parsed
{
public:
    static Parsed ok(T value) { return Parsed(std::move(value), QString()); }
    static Parsed fail(QString reason) { return Parsed(std::nullopt, std::move(reason)); }

    bool isValid() const { return m_value.has_value(); }
    explicit operator bool() const { return isValid(); }
    const T& value() const& { return *m_value; }
    // On a temporary, by value, so a reference never outlives it.
    T value() && { return std::move(*m_value); }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const QString& error() const { return m_error; }

private:
    Parsed(std::optional<T> value, QString error)
        : m_value(std::move(value)), m_error(std::move(error))
    {}
    std::optional<T> m_value;
    QString m_error;
};

} // namespace rentflow
