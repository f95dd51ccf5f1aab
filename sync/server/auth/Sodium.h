#pragma once

namespace rentflow::server {

// libsodium's sodium_init(), once per process, from any thread. False if it failed: the
// process must not hash passwords or make random tokens then.
bool ensureSodium();

} // namespace rentflow::server
