#include "server/http/Principal.h"

#include <gtest/gtest.h>

using namespace rentflow::server;

namespace {
Principal withRole(Role role)
{
    Principal who;
    who.role = role;
    return who;
}
} // namespace

TEST(Role, NamesRoundTripAndNothingElseParses)
{
    EXPECT_EQ(roleName(Role::SuperAdmin), QStringLiteral("super_admin"));
    EXPECT_EQ(roleName(Role::Owner), QStringLiteral("owner"));
    EXPECT_EQ(roleName(Role::Admin), QStringLiteral("admin"));
    EXPECT_EQ(roleName(Role::Manager), QStringLiteral("manager"));
    EXPECT_EQ(roleName(Role::Viewer), QStringLiteral("viewer"));
    EXPECT_EQ(roleFromName(QStringLiteral("manager")), Role::Manager);
    EXPECT_EQ(roleFromName(QStringLiteral("super_admin")), Role::SuperAdmin);
    EXPECT_FALSE(roleFromName(QStringLiteral("Admin")));
    EXPECT_FALSE(roleFromName(QStringLiteral("superadmin")));
    EXPECT_FALSE(roleFromName(QString()));
}

TEST(Role, OrderIsSuperAdminOwnerAdminManagerViewer)
{
    EXPECT_TRUE(withRole(Role::SuperAdmin).has(Role::Owner));
    EXPECT_TRUE(withRole(Role::Owner).has(Role::Admin));
    EXPECT_TRUE(withRole(Role::Admin).has(Role::Admin));
    EXPECT_TRUE(withRole(Role::Admin).has(Role::Manager));
    EXPECT_FALSE(withRole(Role::Manager).has(Role::Admin));
    EXPECT_FALSE(withRole(Role::Viewer).has(Role::Manager));
    EXPECT_FALSE(withRole(Role::Owner).has(Role::SuperAdmin));
}
