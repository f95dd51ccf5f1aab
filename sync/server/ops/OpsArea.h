#pragma once

#include "server/http/ServerAreas.h"

namespace rentflow::server {

// Operations (SPEC §8.6–8.7): /health/live, /health/ready, /metrics and the OpenAPI
// document at /api/v1/openapi.json, assembled at start from every area's fragment.
ServerArea opsArea();

} // namespace rentflow::server
