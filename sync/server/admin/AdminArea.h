#pragma once

#include "server/http/ServerAreas.h"

namespace rentflow::server {

// The admin CRM endpoints under /api/v1/admin/ (SPEC §8.4), for super_admin only: 401
// without a token, 403 for any other role.
ServerArea adminArea();
void addAdminRoutes(Routes& routes);

} // namespace rentflow::server
