#!/usr/bin/env bash
# Builds the libFuzzer target over the public endpoints' request parsers and validators
# with clang (-fsanitize=fuzzer,address) against the installed Qt Core, then runs it for a
# bounded time from the seed corpus (the seed's Appendix A bodies and a few edge cases).
#   tests/fuzz/run.sh BUILD_DIR [SECONDS]      (default 20 s)
# The main build uses gcc; this one is separate and needs only installed packages (clang,
# libclang-rt-14-dev, qt6-base-dev) and the disposable-domain list that installer/install-deps.sh
# fetches (npm ci in sync/server/public/domains). Exit status: 0 when no input crashed.
set -euo pipefail

build_dir="${1:?usage: run.sh BUILD_DIR [SECONDS]}"
seconds="${2:-20}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
public="$root/sync/server/public"
lists="$public/domains/node_modules/disposable-email-domains"
cxx="${CXX_FUZZ:-clang++}"
rcc="$(pkg-config --variable=libexecdir Qt6Core 2>/dev/null)/rcc"
[ -x "$rcc" ] || rcc=/usr/lib/qt6/libexec/rcc

for f in index.json wildcard.json; do
  if [ ! -f "$lists/$f" ]; then
    echo "fuzz: $lists/$f is missing; run installer/install-deps.sh" >&2
    exit 2
  fi
done

mkdir -p "$build_dir"
build_dir="$(cd "$build_dir" && pwd)"
work="$build_dir/work"
mkdir -p "$work"

# The disposable-domain list as the server embeds it (same resource paths).
cat > "$build_dir/disposable.qrc" <<QRC
<RCC><qresource prefix="/server/public">
  <file alias="disposable-domains.json">$lists/index.json</file>
  <file alias="disposable-wildcards.json">$lists/wildcard.json</file>
</qresource></RCC>
QRC
"$rcc" --name public_disposable_domains "$build_dir/disposable.qrc" -o "$build_dir/disposable_qrc.cpp"

sources=(
  "$here/PublicRequestsFuzz.cpp"
  "$public/PublicRequests.cpp" "$public/EmailAddress.cpp" "$public/FieldRules.cpp"
  "$public/DisposableDomains.cpp" "$public/LeadScore.cpp"
)
binary="$build_dir/public_requests_fuzz"
newest_source="$(ls -t "${sources[@]}" "$here/run.sh" "$public"/*.h | head -1)"
if [ ! -x "$binary" ] || [ "$newest_source" -nt "$binary" ]; then
  echo "fuzz: building $binary"
  # shellcheck disable=SC2046
  "$cxx" -std=c++20 -g -O1 -fPIC -fsanitize=fuzzer,address,undefined \
    -fno-sanitize-recover=undefined -DQT_NO_CAST_FROM_ASCII \
    -I"$root/sync" -I"$root/models" $(pkg-config --cflags Qt6Core) \
    "${sources[@]}" "$build_dir/disposable_qrc.cpp" \
    $(pkg-config --libs Qt6Core) -o "$binary"
fi

# New inputs the run finds go to work/, never into the committed seed corpus.
mkdir -p "$work/corpus"
echo "fuzz: running for ${seconds}s"
ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}" \
  "$binary" "$work/corpus" "$here/corpus" \
  -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$work/" 2>&1 | tail -n 25
status=${PIPESTATUS[0]}
exit "$status"
