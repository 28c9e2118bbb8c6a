#!/usr/bin/env bash
# Browser end-to-end tests: builds the frontend (unless up to date), starts
# the backend (which serves it) on a fresh in-memory SQLite with the example
# catalog and demo data, and drives Debian's Chromium through Playwright.
# Needs setup.sh first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

source scripts/chromium.sh
if ! ensure_chromium; then
  echo "[e2e] !!! BROWSER TESTS SKIPPED: no Chromium (install it with: sudo apt-get install -y chromium, or set CHROMIUM_PATH)" >&2
  exit 0
fi

# Skipped when packages/app/dist is up to date, e.g. built by the deployment
# tests' production build a moment ago.
scripts/build.sh app

exec yarn playwright test --config tests/e2e/playwright.config.ts "$@"
