#!/usr/bin/env bash
# Load benchmark of rentflow-server on loopback with wrk (ISSUE 11 "What must be shown"):
# GET /api/v1/waitlist/stats and POST /api/v1/waitlist (unique emails, join.lua) on the
# embedded default and on PostgreSQL (a throwaway PostgreSQL 15 this script starts, as the
# harness does: initdb + postgres, as the postgres user under root, durable defaults),
# rate limits off (--rate-limit-multiplier 0). Prints req/s and p99 at CONNECTIONS.
#
#   tests/bench/server/run.sh [path/to/rentflow-server]   (default: build/app/server/rentflow-server)
#   DURATION=10s CONNECTIONS=32 THREADS=2 WORKERS=0 tests/bench/server/run.sh
#   PG_OPTS="-c synchronous_commit=off" (extra postgres settings), ONLY=postgres (one backend),
#   VERBOSE=1 (wrk's whole output), KEEP=1 (keep the logs and data)
# Targets: stats >= 40,000 req/s, join >= 3,000 req/s on PostgreSQL, p99 <= 20 ms.
# Exit 0 when the runs completed (the figures are the result; the targets are reported).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
server_bin="${1:-$root/build/app/server/rentflow-server}"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
workers="${WORKERS:-0}"
pg_bin="${RENTFLOW_PG_BIN:-/usr/lib/postgresql/15/bin}"

for tool in wrk "$server_bin" "$pg_bin/initdb" "$pg_bin/postgres" "$pg_bin/pg_ctl" "$pg_bin/psql"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "run.sh: $tool is missing (installer/install-deps.sh; build rentflow-server)" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/rentflow-bench-XXXXXX")"
chmod 711 "$work" # the postgres user must reach its folder inside
server_pid=""
pg_started=""
as_pg=()
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null || true
  fi
  if [ -n "$pg_started" ]; then
    "${as_pg[@]}" "$pg_bin/pg_ctl" stop -D "$work/pg/data" -m immediate -s >/dev/null 2>&1 || true
  fi
  if [ -n "${KEEP:-}" ]; then echo "run.sh: kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start_postgres() {
  mkdir -p "$work/pg"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$work/pg"
    as_pg=(setpriv --reuid=postgres --regid=postgres --init-groups)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$work/pg/data" -U bench --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/pg/initdb.log" 2>&1 \
    || { cat "$work/pg/initdb.log" >&2; exit 1; }
  pg_port="$(free_port)"
  "${as_pg[@]}" "$pg_bin/pg_ctl" start -D "$work/pg/data" -w -s -l "$work/pg/postgres.log" \
    -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB ${PG_OPTS:-}" \
    || { cat "$work/pg/postgres.log" >&2; exit 1; }
  pg_started=1
  "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U bench -d postgres -qAt -c "CREATE DATABASE bench" >/dev/null
  database_url="postgres://bench@127.0.0.1:$pg_port/bench"
  echo "postgres: $database_url (log: $work/pg/postgres.log)"
}

# start_server <name> [flags…]: sets base_url and server_pid.
start_server() {
  local name="$1"; shift
  mkdir -p "$work/$name"
  RENTFLOW_BENCH_PASSPHRASE="bench passphrase 0123456789" \
    "$server_bin" --listen 127.0.0.1:0 --data-dir "$work/$name/data" --workers "$workers" \
      --rate-limit-multiplier 0 "$@" >"$work/$name/stdout" 2>"$work/$name/stderr" &
  server_pid=$!
  for _ in $(seq 1 600); do
    base_url="$(sed -n 's/^listening on \(http[^ ]*\)$/\1/p' "$work/$name/stdout")"
    [ -n "$base_url" ] && return 0
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "run.sh: rentflow-server ($name) did not start:" >&2; tail -20 "$work/$name/stderr" >&2; exit 1
}

stop_server() {
  kill -TERM "$server_pid"
  local code=0; wait "$server_pid" || code=$?
  server_pid=""
  [ "$code" -eq 0 ] || echo "run.sh: note: rentflow-server exited with $code after SIGTERM" >&2
}

# bench <label> <wrk args…>: prints one line of figures.
results=()
bench() {
  local label="$1"; shift
  local out; out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" 2>&1)"
  local rps p99 p50 bad
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {print $2}' <<<"$out")"
  bad="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")"
  results+=("$(printf '%-28s %12s req/s   p50 %9s   p99 %9s   non-2xx %s' "$label" "$rps" "$p50" "$p99" "${bad:-0}")")
  echo "${results[-1]}"
  [ -n "${VERBOSE:-}" ] && echo "$out"
  return 0
}

# A sanity request first: the endpoints exist and answer as the benchmark expects.
check() {
  local status
  status="$(curl -s -o "$work/check.json" -w '%{http_code}' "$@")"
  case "$status" in 2??) ;; *) echo "run.sh: ${*: -1} answered $status: $(cat "$work/check.json")" >&2; exit 1 ;; esac
}

run_backend() {
  local name="$1"; shift
  start_server "$name" "$@"
  check "$base_url/api/v1/waitlist/stats"
  check -H 'Content-Type: application/json' \
    -d '{"email":"bench.check@rentflow-bench.in","fullName":"Bench Check","timeOnPageMs":8000}' \
    "$base_url/api/v1/waitlist"
  bench "$name stats (GET)" "$base_url/api/v1/waitlist/stats"
  RUN_ID="$name$RANDOM" bench "$name join (POST)" -s "$here/join.lua" "$base_url"
  # Stats again, with the joins' rows in the table.
  bench "$name stats after joins" "$base_url/api/v1/waitlist/stats"
  stop_server
}

echo "rentflow-server benchmark: wrk -t$threads -c$connections -d$duration on $(nproc) core(s), loopback"
echo "server: $server_bin (workers: ${workers/#0/one per core})"
if [ "${ONLY:-}" != postgres ]; then
  run_backend embedded --passphrase-env RENTFLOW_BENCH_PASSPHRASE
fi
if [ "${ONLY:-}" != embedded ]; then
  start_postgres
  run_backend postgres --database "$database_url"
fi
echo
echo "targets: stats >= 40000 req/s; join >= 3000 req/s on postgres; p99 <= 20 ms (32 connections)"
printf '%s\n' "${results[@]}"
