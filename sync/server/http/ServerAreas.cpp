#include "ServerAreas.h"

#include "server/ops/OpsArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        opsArea(),
    };
}

} // namespace rentflow::server
