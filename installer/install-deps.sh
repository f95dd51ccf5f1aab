#!/usr/bin/env bash
# Installs every Debian 12 package RentFlow needs to build, run and test.
# Idempotent: apt skips what is already there. Run as root, or with sudo present.
set -euo pipefail

# Build toolchain and libraries (ARCHITECTURE.md "Libraries chosen").
# qt6-websockets-dev: Debian 12's qt6-httpserver-dev needs it but does not depend on it.
# libssl-dev: PBKDF2 for workspace.json's key check (OpenSSL is SQLCipher's crypto already).
# libqrencode-dev: the UPI QR code on invoices (a QR encoder is well-kept here; not ours to write).
build_packages=(
  build-essential cmake ninja-build pkg-config clang-format
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-qpa-plugins libgl-dev libxkbcommon-dev
  qtkeychain-qt6-dev libsqlcipher-dev libssl-dev libpoppler-qt6-dev libqrencode-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libsodium-dev libjwt-dev libcurl4-openssl-dev libqt6sql6-psql clang libclang-rt-14-dev
)
# rentflow-server (ARCHITECTURE.md "Server"): libsodium for Argon2id password hashes,
# libjwt for RS256 access tokens, libcurl for SMTP, Qt's PostgreSQL driver; clang and
# its runtime for the libFuzzer target over the request parsers.
# What the app needs at run time on a desktop, and the test peers: a real
# keychain (gnome-keyring on a private D-Bus session), a virtual X display for
# screenshots, poppler-utils to read PDFs back, tzdata for the second time zone
# the tests run in. fonts-noto-core: Noto Sans and Noto Sans Devanagari, the
# documents' fonts (English and Hindi). qpdf, zbar-tools and libxml2-utils check
# the PDFs, the UPI QR and the Tally XML in tests.
runtime_and_test_packages=(
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth poppler-utils
  fonts-dejavu-core fonts-noto-core tzdata qpdf zbar-tools libxml2-utils
  postgresql python3-aiosmtpd wrk nginx-light
  openssl # the mail tests make the SMTP sink's self-signed certificate (STARTTLS, SMTPS)
)
# The server's test peers: a real PostgreSQL (started by the tests under a throwaway
# folder), an SMTP sink (aiosmtpd), wrk for the load benchmark, nginx-light to check
# installer/nginx's reverse-proxy configuration in front of a real server. npm brings the
# maintained disposable-email-domain list the server embeds and the OpenAPI validator
# its tests use (installed below, only when no npm is on the machine).

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@";
  elif command -v sudo >/dev/null 2>&1; then sudo "$@";
  else echo "install-deps: run as root (or install sudo) to install packages" >&2; exit 1; fi
}

missing=()
command -v npm >/dev/null 2>&1 || runtime_and_test_packages+=(npm)
for p in "${build_packages[@]}" "${runtime_and_test_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
else
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm packages, each pinned by its folder's package-lock.json; `npm ci` only when the
# installed tree is missing or older than the lock (idempotent, quiet).
# sync/server/public/domains: the disposable-email-domain list rentflow-server embeds
# (its CMake configure fails with a pointer here when the list is missing).
# tests/server/openapi: the OpenAPI document and response validators the server tests use.
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
npm_folders=("$repo_root/sync/server/public/domains" "$repo_root/tests/server/openapi")
for folder in "${npm_folders[@]}"; do
  if [ ! -f "$folder/node_modules/.package-lock.json" ] ||
     [ "$folder/package-lock.json" -nt "$folder/node_modules/.package-lock.json" ]; then
    echo "install-deps: npm ci in ${folder#"$repo_root"/}"
    (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
