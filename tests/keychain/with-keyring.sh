#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with its own unlocked
# gnome-keyring (Secret Service), in a throw-away HOME, and cleans up after.
# Usage: with-keyring.sh COMMAND [ARGS…]
set -u
if [ -z "${RENTFLOW_IN_KEYRING_SESSION:-}" ]; then
  export RENTFLOW_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

scratch=$(mktemp -d)
trap 'kill "$keyring_pid" 2>/dev/null; wait "$keyring_pid" 2>/dev/null; rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

printf 'rentflow-test' | gnome-keyring-daemon --foreground --unlock --components=secrets \
  >"$scratch/keyring.env" 2>"$scratch/keyring.log" &
keyring_pid=$!

# Wait (at most 10 s) for the Secret Service to appear on the session bus.
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
       org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done

"$@"
