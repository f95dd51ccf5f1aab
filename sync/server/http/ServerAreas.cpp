#include "ServerAreas.h"

#include "server/admin/AdminArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        adminArea(),
    };
}

} // namespace rentflow::server
