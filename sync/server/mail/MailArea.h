#pragma once

#include "server/http/ServerAreas.h"

namespace rentflow::server {

// The mail area for serverAreas(): `prepare` starts the MailWorker when --smtp-url is
// set (mail stays queued otherwise) and keeps it in Services, so it stops when the
// runtime's Services go; `addRoutes` adds the mail-template admin routes.
ServerArea mailArea();

} // namespace rentflow::server
