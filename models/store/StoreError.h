#pragma once

#include "domain/FieldError.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace rentflow::store {

// Why the store could not do what was asked, with a message for the user.
struct StoreError
{
    enum class Code
    {
        WrongKey,      // the key or passphrase does not open the file
        NoKey,         // no key available: keychain silent or empty, no passphrase given
        Damaged,       // the file fails its integrity check
        NewerSchema,   // written by a newer RentFlow
        NotFound,      // no workspace there
        AlreadyExists, // a workspace is already there
        InvalidInput,  // a value the caller passed is refused
        Keychain,      // the keychain answered with an error
        Io,            // the file system refused
        Database,      // an SQL statement failed
    };
    Code code;
    QString message;
    FieldErrors fields = {}; // with InvalidInput: each refused field and why

    // Refused input: one message listing every field error.
    static StoreError invalid(FieldErrors errors)
    {
        QStringList lines;
        for (const FieldError& e : errors)
            lines.append(e.toString());
        return StoreError{Code::InvalidInput, lines.join(QLatin1Char('\n')), std::move(errors)};
    }

    // A stable machine-readable name, for JSON error objects.
    const char* codeName() const
    {
        switch (code) {
        case Code::WrongKey:
            return "wrong_key";
        case Code::NoKey:
            return "no_key";
        case Code::Damaged:
            return "damaged";
        case Code::NewerSchema:
            return "newer_schema";
        case Code::NotFound:
            return "not_found";
        case Code::AlreadyExists:
            return "already_exists";
        case Code::InvalidInput:
            return "invalid_input";
        case Code::Keychain:
            return "keychain";
        case Code::Io:
            return "io";
        case Code::Database:
            return "database";
        }
        return "unknown";
    }

    // The errors CLI.md gives exit code 3: the workspace cannot be opened.
    bool preventsOpening() const
    {
        return code == Code::WrongKey || code == Code::NoKey || code == Code::Damaged ||
               code == Code::NewerSchema || code == Code::NotFound;
    }
};

// A value or the StoreError that stopped it.
template <typename T> class StoreResult
{
public:
    StoreResult(T value) : m_state(std::move(value)) {}
    StoreResult(StoreError error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    // On a temporary, by value: `for (x : repo.list().value())` stays safe.
    T value() && { return std::move(std::get<0>(m_state)); }
    T take() { return std::move(std::get<0>(m_state)); }
    const StoreError& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, StoreError> m_state;
};

struct Done
{};
using StoreStatus = StoreResult<Done>;

} // namespace rentflow::store
