#include "Principal.h"

namespace rentflow::server {

namespace {
struct Named
{
    Role role;
    const char* name;
};
constexpr Named kRoles[] = {
    {Role::Viewer, "viewer"}, {Role::Manager, "manager"},        {Role::Admin, "admin"},
    {Role::Owner, "owner"},   {Role::SuperAdmin, "super_admin"},
};
} // namespace

QString roleName(Role role)
{
    for (const Named& named : kRoles)
        if (named.role == role)
            return QString::fromLatin1(named.name);
    return {};
}

std::optional<Role> roleFromName(const QString& name)
{
    for (const Named& named : kRoles)
        if (name == QLatin1String(named.name))
            return named.role;
    return std::nullopt;
}

} // namespace rentflow::server
