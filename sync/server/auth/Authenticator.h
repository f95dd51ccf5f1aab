#pragma once

// The authenticator the foundation's Call uses (Services::authenticate): declared with the
// flows in AuthFlows.h as auth::authenticateBearer; this header is its home for includes.
#include "server/auth/AuthFlows.h"
