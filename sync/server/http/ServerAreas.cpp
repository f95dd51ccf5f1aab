#include "ServerAreas.h"

#include "server/admin/AdminArea.h"
#include "server/auth/AuthArea.h"
#include "server/mail/MailArea.h"
#include "server/ops/OpsArea.h"
#include "server/public/PublicArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        mailArea(), opsArea(), authArea(), publicArea(), adminArea(),
    };
}

} // namespace rentflow::server
