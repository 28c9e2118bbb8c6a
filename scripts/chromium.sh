#!/usr/bin/env bash
# Sourced by scripts/e2e.sh and scripts/test.sh: `ensure_chromium` makes sure
# Debian's Chromium is at $CHROMIUM_PATH (default /usr/bin/chromium),
# installing it with apt-get when run as root, and exports CHROMIUM_PATH.
# Without one it fails in CI (E2E_REQUIRED, or CI=true, unless E2E_ALLOW_SKIP
# is set) and returns 1 elsewhere, so the caller can skip its browser tests.
ensure_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "[chromium] installing Debian's chromium" >&2
      DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
    elif [ "${E2E_REQUIRED:-${CI:-}}" = "true" ] && [ -z "${E2E_ALLOW_SKIP:-}" ]; then
      echo "[chromium] no Chromium at $chromium and no root apt-get to install it; set CHROMIUM_PATH or E2E_ALLOW_SKIP=1" >&2
      exit 1
    else
      echo "[chromium] no Chromium at $chromium (install it with: sudo apt-get install -y chromium)" >&2
      return 1
    fi
  fi
  export CHROMIUM_PATH="$chromium"
}
