#include "ServerAreas.h"

#include "server/public/PublicArea.h"
#include "server/admin/AdminArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        publicArea(),
        adminArea(),
    };
}

} // namespace rentflow::server
