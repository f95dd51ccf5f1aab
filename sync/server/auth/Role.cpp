#include "server/auth/Role.h"

#include <array>
#include <utility>

namespace rentflow::server {

namespace {

constexpr std::array<std::pair<Role, const char*>, 5> kNames{{
    {Role::SuperAdmin, "super_admin"},
    {Role::Owner, "owner"},
    {Role::Admin, "admin"},
    {Role::Manager, "manager"},
    {Role::Viewer, "viewer"},
}};

} // namespace

QString roleName(Role role)
{
    for (const auto& [value, name] : kNames) {
        if (value == role)
            return QLatin1String(name);
    }
    return {};
}

std::optional<Role> parseRole(const QString& name)
{
    for (const auto& [value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace rentflow::server
