#include "ServerAreas.h"

#include "server/auth/AuthArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        authArea(),
    };
}

} // namespace rentflow::server
