#!/usr/bin/env bash
# playwright-core from the committed lockfile; npm ci only when the lockfile changed. Used by
# run.sh, and by scripts/test.sh beside the build, before its two runs of the journeys start side
# by side (two `npm ci` at once in one folder would trip over each other).
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.lindungi-package-lock.json
if [[ ! -f "$stamp" ]] || ! cmp -s package-lock.json "$stamp"; then
  npm ci --no-audit --no-fund >/dev/null
  cp package-lock.json "$stamp"
fi
