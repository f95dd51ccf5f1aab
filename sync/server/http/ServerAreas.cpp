#include "ServerAreas.h"

#include "server/ops/OpsArea.h"
#include "server/public/PublicArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        opsArea(),
        publicArea(),
    };
}

} // namespace rentflow::server
