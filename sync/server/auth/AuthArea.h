#pragma once

#include "server/http/ServerAreas.h"

namespace rentflow::server {

// The auth area (SPEC §8.2) for ServerAreas.cpp: `prepare` loads or makes the keys in
// <data-dir>/keys and installs the bearer-token authenticator; `addRoutes` adds
// /api/v1/auth/*.
ServerArea authArea();

} // namespace rentflow::server
