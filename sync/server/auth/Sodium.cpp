#include "server/auth/Sodium.h"

#include <sodium.h>

namespace rentflow::server {

bool ensureSodium()
{
    // A function-local static is initialised once even when threads race to it.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace rentflow::server
