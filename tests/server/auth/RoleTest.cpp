#include "server/auth/Role.h"

#include <gtest/gtest.h>

using namespace rentflow::server;

TEST(Role, NamesRoundTripAndNothingElseParses)
{
    EXPECT_EQ(roleName(Role::SuperAdmin), QStringLiteral("super_admin"));
    EXPECT_EQ(roleName(Role::Owner), QStringLiteral("owner"));
    EXPECT_EQ(roleName(Role::Admin), QStringLiteral("admin"));
    EXPECT_EQ(roleName(Role::Manager), QStringLiteral("manager"));
    EXPECT_EQ(roleName(Role::Viewer), QStringLiteral("viewer"));
    EXPECT_EQ(parseRole(QStringLiteral("manager")), Role::Manager);
    EXPECT_EQ(parseRole(QStringLiteral("super_admin")), Role::SuperAdmin);
    EXPECT_FALSE(parseRole(QStringLiteral("Admin")));
    EXPECT_FALSE(parseRole(QStringLiteral("superadmin")));
    EXPECT_FALSE(parseRole(QString()));
}

TEST(Role, OrderIsSuperAdminOwnerAdminManagerViewer)
{
    EXPECT_TRUE(roleAtLeast(Role::SuperAdmin, Role::Owner));
    EXPECT_TRUE(roleAtLeast(Role::Owner, Role::Admin));
    EXPECT_TRUE(roleAtLeast(Role::Admin, Role::Admin));
    EXPECT_TRUE(roleAtLeast(Role::Admin, Role::Manager));
    EXPECT_FALSE(roleAtLeast(Role::Manager, Role::Admin));
    EXPECT_FALSE(roleAtLeast(Role::Viewer, Role::Manager));
    EXPECT_FALSE(roleAtLeast(Role::Owner, Role::SuperAdmin));
}
