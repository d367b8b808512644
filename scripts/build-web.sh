#!/usr/bin/env bash
# Builds the web app (web/) into web/dist with npm: `npm ci` only when package-lock.json changed
# since the last install, `npm run build` only when a source is newer than the last build.
# Without Node.js 18+ and npm it says so and does nothing: CMake then serves web/static.
set -euo pipefail
cd "$(dirname "$0")/../web"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "build-web: node/npm tidak ada, memakai halaman sederhana web/static / no node/npm: using web/static" >&2
  exit 0
fi
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 18 ? 0 : 1)'; then
  echo "build-web: Node.js $(node --version) terlalu lama (perlu 18+), memakai web/static / Node.js too old: using web/static" >&2
  exit 0
fi

stamp=node_modules/.lindungi-package-lock.json
if [[ ! -f "$stamp" ]] || ! cmp -s package-lock.json "$stamp"; then
  echo "build-web: npm ci"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

if [[ ! -f dist/index.html ]] || [[ -n "$(find src sw public index.html package.json package-lock.json vite.config.ts tsconfig.sw.json \
      tsconfig.json scripts ../data/reference/kota_jambi_kelurahan.geojson -newer dist/index.html -print -quit)" ]]; then
  echo "build-web: npm run build"
  npm run build
else
  echo "build-web: web/dist sudah terbaru / up to date"
fi
