#!/usr/bin/env bash
# Browser end-to-end tests: builds the frontend (unless up to date), starts
# the backend (which serves it) on a fresh in-memory SQLite with the example
# catalog and demo data, and drives Debian's Chromium through Playwright.
# Needs setup.sh first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "[e2e] installing Debian's chromium" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  elif [ "${E2E_REQUIRED:-${CI:-}}" = "true" ] && [ -z "${E2E_ALLOW_SKIP:-}" ]; then
    echo "[e2e] no Chromium at $CHROMIUM and no root apt-get to install it; set CHROMIUM_PATH or E2E_ALLOW_SKIP=1" >&2
    exit 1
  else
    echo "[e2e] SKIPPED: no Chromium at $CHROMIUM (install it with: sudo apt-get install -y chromium)" >&2
    exit 0
  fi
fi
export CHROMIUM_PATH="$CHROMIUM"

# Skipped when packages/app/dist is up to date, e.g. built by the deployment
# tests' production build a moment ago.
scripts/build.sh app

exec yarn playwright test --config tests/e2e/playwright.config.ts "$@"
