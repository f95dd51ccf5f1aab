#include "ServerAreas.h"

#include "server/auth/AuthArea.h"
#include "server/public/PublicArea.h"
#include "server/admin/AdminArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        authArea(),
        publicArea(),
        adminArea(),
    };
}

} // namespace rentflow::server
