#pragma once

#include "server/http/ServerAreas.h"

namespace rentflow::server {

// The public website's endpoints (SPEC §8.3; request/response shapes: seed Appendix A and
// /work/wt/reports/public.md), all Access::Public (CORS for the configured origins):
//   POST /api/v1/waitlist                   201 new entry | 200 already on the list
//   GET  /api/v1/waitlist/position          ?email=… or ?code=…
//   POST /api/v1/waitlist/referral          the owner of a code invites an address
//   GET  /api/v1/waitlist/stats             public counters (cached up to 1 s per process)
//   POST /api/v1/investor-leads             201
//   POST /api/v1/analytics/roi-calculation  204
// `prepare` makes the process-wide RateLimiter (RateLimiter.h has the table of limits) and
// refuses to start when the embedded disposable-domain list is missing.
ServerArea publicArea();

} // namespace rentflow::server
