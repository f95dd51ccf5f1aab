#!/usr/bin/env bash
# Builds the libFuzzer target over the auth area's untrusted inputs (access tokens, TOTP
# codes, base32, passwords, refresh tokens) with clang (-fsanitize=fuzzer,address,undefined)
# against the installed Qt Core, libjwt, libsodium and OpenSSL, then runs it for a bounded
# time from the seed corpus.
#   tests/fuzz/run-auth.sh BUILD_DIR [SECONDS]      (default 20 s)
# Exit status: 0 when no input crashed.
set -euo pipefail

build_dir="${1:?usage: run-auth.sh BUILD_DIR [SECONDS]}"
seconds="${2:-20}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
auth="$root/sync/server/auth"
cxx="${CXX_FUZZ:-clang++}"

mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"
work="$build_dir/work"
mkdir -p "$work/corpus"

sources=(
  "$here/AuthInputsFuzz.cpp"
  "$auth/AccessTokens.cpp" "$auth/SigningKeys.cpp" "$auth/KeyFile.cpp" "$auth/Sodium.cpp"
  "$auth/Totp.cpp" "$auth/PasswordPolicy.cpp" "$auth/RefreshTokens.cpp"
  "$root/sync/server/http/Principal.cpp"
)
binary="$build_dir/auth_inputs_fuzz"
newest_source="$(ls -t "${sources[@]}" "$here/run-auth.sh" "$auth"/*.h | head -1)"
if [ ! -x "$binary" ] || [ "$newest_source" -nt "$binary" ]; then
  echo "fuzz: building $binary"
  # shellcheck disable=SC2046
  "$cxx" -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=undefined -DQT_NO_CAST_FROM_ASCII \
    -I"$root/sync" $(pkg-config --cflags Qt6Core libjwt libsodium libcrypto) \
    "${sources[@]}" \
    $(pkg-config --libs Qt6Core libjwt libsodium libcrypto) -o "$binary"
fi

echo "fuzz: running for ${seconds}s"
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}" \
  "$binary" "$work/corpus" "$here/auth-corpus" \
  -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/" 2>&1 | tail -n 25
status=${PIPESTATUS[0]}
exit "$status"
