#pragma once

#include <QString>

#include <optional>

namespace rentflow::server {

// Who a user is to RentFlow (seed §2.1). Ordered by reach: each role can do what the ones
// below it can. super_admin belongs to the platform (the CRM of SPEC §8.4), not to an
// organisation; owner, admin, manager and viewer are an organisation's people.
enum class Role
{
    Viewer = 0,
    Manager = 1,
    Admin = 2,
    Owner = 3,
    SuperAdmin = 4,
};

// "super_admin", "owner", "admin", "manager", "viewer".
QString roleName(Role role);

// The exact lower-case name; anything else is nullopt.
std::optional<Role> parseRole(const QString& name);

// Whether `role` reaches `required` (super_admin > owner > admin > manager > viewer).
inline bool roleAtLeast(Role role, Role required)
{
    return static_cast<int>(role) >= static_cast<int>(required);
}

} // namespace rentflow::server
