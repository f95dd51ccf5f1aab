#include "ServerAreas.h"

#include "server/auth/AuthArea.h"
#include "server/mail/MailArea.h"
#include "server/ops/OpsArea.h"
#include "server/public/PublicArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        mailArea(),
        opsArea(),
        publicArea(),
        authArea(),
    };
}

} // namespace rentflow::server
