#include "ServerAreas.h"

#include "server/mail/MailArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        mailArea(),
    };
}

} // namespace rentflow::server
