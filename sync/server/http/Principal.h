#pragma once

#include <QString>

#include <optional>

namespace rentflow::server {

// Who may do what (SPEC §8.2). super_admin is the platform's (RentFlow's own staff: the
// waitlist and investor CRM); the others are an organisation's, highest first.
enum class Role
{
    Viewer = 0,
    Manager = 1,
    Admin = 2,
    Owner = 3,
    SuperAdmin = 4,
};

QString roleName(Role role);
std::optional<Role> roleFromName(const QString& name);

// The signed-in user a request acts for: what a verified access token says.
struct Principal
{
    QString userId;
    QString organisationId;
    QString sessionId;
    Role role = Role::Viewer;

    // A role at or above `needed`. super_admin passes every check.
    bool has(Role needed) const { return static_cast<int>(role) >= static_cast<int>(needed); }
};

} // namespace rentflow::server
