#include "ServerAreas.h"

namespace rentflow::server {

QList<ServerArea> serverAreas()
{
    return {};
}

} // namespace rentflow::server
