#!/usr/bin/env bash
# Sourced by scripts/e2e.sh and scripts/test.sh: `ensure_chromium` makes sure
# Debian's Chromium is at $CHROMIUM_PATH (default /usr/bin/chromium),
# installing it with apt-get when run as root, and exports CHROMIUM_PATH.
# Without one it fails in CI (CI set to anything but false/0, or E2E_REQUIRED):
# the browser tests are never skipped there. Elsewhere it returns 1, so the
# caller can skip its browser tests with one loud line.
in_ci() {
  [ -n "${E2E_REQUIRED:-}" ] && return 0
  case "${CI:-}" in "" | false | 0) return 1 ;; *) return 0 ;; esac
}

ensure_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "[chromium] installing Debian's chromium" >&2
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
    elif in_ci; then
      echo "[chromium] FAILED: no Chromium at $chromium, and CI never skips the browser tests (install it with: sudo apt-get install -y chromium, or set CHROMIUM_PATH)" >&2
      exit 1
    else
      echo "[chromium] no Chromium at $chromium (install it with: sudo apt-get install -y chromium)" >&2
      return 1
    fi
  fi
  export CHROMIUM_PATH="$chromium"
}
