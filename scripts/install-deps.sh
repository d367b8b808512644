#!/usr/bin/env bash
# Installs what Lindungi needs from Debian 12's packages. Idempotent: when everything is already
# installed it does nothing (no apt-get update). Usage: scripts/install-deps.sh [--test]
set -euo pipefail

RUNTIME_BUILD=(
  g++ cmake make pkg-config
  librestinio-dev libasio-dev libhttp-parser-dev libssl-dev libfmt-dev libpcre2-dev
  libsqlite3-dev libsqlitecpp-dev sqlite3
  nlohmann-json3-dev libcli11-dev libsodium-dev
  libzip-dev libexpat1-dev libxlsxwriter-dev
  libgtest-dev libbenchmark-dev libcpp-httplib-dev
  # PostgreSQL backend (issue 8): libpqxx 6.4 (pulls in libpq)
  libpqxx-dev
  libhpdf-dev libqrencode-dev fonts-dejavu-core  # member cards (issue 4 item 5)
  liboath-dev                                   # second factor, TOTP (issue 16 item 8)
  libspdlog-dev                                 # application and access logs (issue 19 item 3)
  dpkg-dev file                                 # the Debian package: cpack's dpkg-shlibdeps (issue 19)
  python3 python3-yaml                          # docs/openapi.yaml -> the JSON the server embeds (issue 18)
)
TEST=(
  wrk curl python3
  clang libclang-rt-14-dev   # libFuzzer targets
  chromium                   # end-to-end journeys (tests/e2e)
  pngquant                   # the guide's screenshots, compressed after the journeys take them
  # PostgreSQL backend: the tests' throw-away cluster (scripts/with-postgres.sh)
  postgresql-15
  poppler-utils zbar-tools   # member card PDF rendered and its QR decoded (tests/unit/card_pdf_test)
  nginx openssl              # the shipped nginx site in front of the server (tests/ops/nginx_test.sh)
  debootstrap                # the package installed into a fresh Debian 12 root (tests/package)
  python3-jsonschema         # every answer checked against docs/openapi.yaml (tests/openapi/answers.py)
)

packages=("${RUNTIME_BUILD[@]}")
if [[ "${1:-}" == "--test" ]]; then packages+=("${TEST[@]}"); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The web app is built with Node.js 18+ and npm (Debian 12: nodejs 18.20, npm 9.2). A machine that
# already has both commands, from Debian or elsewhere, keeps its own.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: semua paket sudah terpasang / all packages present"
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: memasang / installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
