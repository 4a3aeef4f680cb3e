#!/usr/bin/env bash
# Every test, in order of speed: unit and content tests, type check, the build, checks of the built files
# (HTML validity, byte budgets), then browser tests on the built site.
set -euo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1
[ -d node_modules/astro ] || npm ci --no-audit --no-fund
npm run test:unit
npm run typecheck
npm run build
npm run test:built
npm run test:e2e
