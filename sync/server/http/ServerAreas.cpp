#include "ServerAreas.h"

#include "server/public/PublicArea.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {
        publicArea(),
    };
}

} // namespace rentflow::server
