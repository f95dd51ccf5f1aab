#!/usr/bin/env bash
# The README's two commands, on a fresh Debian 12 machine:
#   installer/setup.sh run              install, build, start the app
#   installer/setup.sh test             install, build, run every test
#   installer/setup.sh test --sanitize  the same in an AddressSanitizer + UBSan build
#   (RENTFLOW_TEST_TZ=<zone> installer/setup.sh test runs the tests in that time zone)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

usage() { sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

configure() { # configure DIR [cmake options…]
  local dir=$1; shift
  cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
}

build() { # build DIR [cmake options…]: everything, tests and benchmarks included
  configure "$@"
  cmake --build "$1" -j "$jobs"
}

[ $# -ge 1 ] || usage
"$root/installer/install-deps.sh"
case "$1" in
  run)
    # Only the desktop app, the server it starts beside itself, and the libraries they
    # link; `test` builds the rest.
    configure "$root/build"
    cmake --build "$root/build" -j "$jobs" --target rentflow rentflow-server
    exec "$root/build/app/rentflow/rentflow" "${@:2}"
    ;;
  test)
    if [ "${2:-}" = "--sanitize" ]; then
      dir="$root/build-sanitize"
      build "$dir" -DRENTFLOW_SANITIZE=ON -DRENTFLOW_BUILD_BENCHMARKS=OFF
      export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
      export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
      export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp" # third-party leaks only
    else
      dir="$root/build"
      build "$dir"
    fi
    cd "$dir"
    ctest --output-on-failure -j "$jobs" --timeout 300
    ;;
  *) usage ;;
esac
