#!/usr/bin/env bash
# Browser end-to-end tests: builds the frontend (unless up to date), starts
# the backend (which serves it) on a fresh in-memory SQLite with the example
# catalog and demo data, and drives Debian's Chromium through Playwright.
# Needs setup.sh first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# In CI (CI set to anything but false/0) a missing browser fails the run: the
# browser tests are never skipped there. Elsewhere they may be, with one line.
in_ci() { case "${CI:-}" in "" | false | 0) return 1 ;; *) return 0 ;; esac; }
if [ ! -x "$CHROMIUM" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "[e2e] installing Debian's chromium" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2 || true
fi
if [ ! -x "$CHROMIUM" ]; then
  if in_ci; then
    echo "[e2e] FAILED: no Chromium at $CHROMIUM, and CI never skips the browser tests (install it with: sudo apt-get install -y chromium, or set CHROMIUM_PATH)" >&2
    exit 1
  fi
  echo "[e2e] !!! BROWSER TESTS SKIPPED: no Chromium at $CHROMIUM (install it with: sudo apt-get install -y chromium, or set CHROMIUM_PATH)" >&2
  exit 0
fi
export CHROMIUM_PATH="$CHROMIUM"

# Skipped when packages/app/dist is up to date, e.g. built by the deployment
# tests' production build a moment ago.
scripts/build.sh app

exec yarn playwright test --config tests/e2e/playwright.config.ts "$@"
