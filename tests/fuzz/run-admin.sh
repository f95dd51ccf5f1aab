#!/usr/bin/env bash
# Builds the libFuzzer target over the admin CRM's body checks, list parameters, LIKE
# escaping, time parsing and CSV cells (sync/server/admin) with clang
# (-fsanitize=fuzzer,address,undefined) against the installed Qt Core, then runs it for a
# bounded time from the seed corpus (tests/fuzz/admin-corpus).
#   tests/fuzz/run-admin.sh BUILD_DIR [SECONDS]      (default 20 s)
# Exit status: 0 when no input crashed or broke a promise.
set -euo pipefail

build_dir="${1:?usage: run-admin.sh BUILD_DIR [SECONDS]}"
seconds="${2:-20}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
admin="$root/sync/server/admin"
cxx="${CXX_FUZZ:-clang++}"

mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"
work="$build_dir/work"
mkdir -p "$work/corpus"

sources=("$here/AdminInputsFuzz.cpp" "$admin/AdminInput.cpp" "$admin/AdminList.cpp" "$admin/Csv.cpp" "$root/models/store/LikePattern.cpp")
binary="$build_dir/admin_inputs_fuzz"
newest_source="$(ls -t "${sources[@]}" "$here/run-admin.sh" "$admin"/*.h | head -1)"
if [ ! -x "$binary" ] || [ "$newest_source" -nt "$binary" ]; then
  echo "fuzz: building $binary"
  # shellcheck disable=SC2046
  "$cxx" -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=undefined -DQT_NO_CAST_FROM_ASCII \
    -I"$root/sync" -I"$root/models" $(pkg-config --cflags Qt6Core) \
    "${sources[@]}" $(pkg-config --libs Qt6Core) -o "$binary"
fi

echo "fuzz: running for ${seconds}s"
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}" \
  "$binary" "$work/corpus" "$here/admin-corpus" \
  -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/" 2>&1 | tail -n 25
status=${PIPESTATUS[0]}
exit "$status"
