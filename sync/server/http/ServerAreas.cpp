#include "ServerAreas.h"

#include "server/mail/MailArea.h"
#include "server/ops/OpsArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        mailArea(),
        opsArea(),
    };
}

} // namespace rentflow::server
