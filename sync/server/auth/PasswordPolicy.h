#pragma once

#include <QString>

namespace rentflow::server {

// The seed's password rules (§5.2): 12 to 128 characters, with an upper-case letter, a
// lower-case letter, a digit and a character that is none of those. Returns what is
// wrong, for the "password" field error, or an empty string when the password is fine.
QString passwordPolicyError(const QString& password);

inline constexpr int kPasswordMinLength = 12;
inline constexpr int kPasswordMaxLength = 128;

} // namespace rentflow::server
