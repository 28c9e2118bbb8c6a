#!/usr/bin/env bash
# Production builds, skipped when their output is up to date. Needs setup.sh
# first (node and yarn on PATH).
#
#   scripts/build.sh app       packages/app/dist: the frontend bundle
#   scripts/build.sh backend   `yarn build:backend`: packages/backend/dist/
#                              {bundle,skeleton}.tar.gz, with the frontend bundle
#                              and the plugins built into the bundle
#
# "Up to date" means a fingerprint of every file the build reads (the tracked
# and untracked, not ignored, files of packages/ and plugins/, the root
# manifest, yarn.lock and the app config the frontend build loads) equals the
# one written next to the output after the last successful build. It is taken
# before building, so an edit made during a build triggers the next one.
# FORCE_BUILD=1 builds anyway.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { echo "[build] $*" >&2; }

fingerprint() {
  if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "no-git-$(date +%s%N)" # cannot tell what changed: always build
    return
  fi
  {
    node -v
    git ls-files -z --cached --others --exclude-standard -- \
      packages plugins package.json yarn.lock app-config.yaml |
      # A tracked file deleted in the work tree is listed but not hashed.
      xargs -0 -r sha256sum 2>/dev/null || true
    # Git-ignored, but the frontend build loads it when present.
    if [ -f app-config.local.yaml ]; then sha256sum app-config.local.yaml; fi
  } | sha256sum | cut -c1-32
}

# build <name> <stamp file> <command...>
build() {
  local name="$1" stamp="$2"
  shift 2
  local want
  want="$(fingerprint)"
  if [ -z "${FORCE_BUILD:-}" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    log "$name is up to date ($stamp)"
    return 0
  fi
  log "building $name: $*"
  "$@" >&2
  echo "$want" >"$stamp"
  # yarn build:backend builds the frontend too, from the same sources.
  if [ "$name" = backend ]; then echo "$want" >packages/app/dist/.build-fingerprint; fi
}

case "${1:-}" in
  app) build app packages/app/dist/.build-fingerprint yarn workspace app build ;;
  backend) build backend packages/backend/dist/.build-fingerprint yarn build:backend ;;
  *)
    echo "usage: scripts/build.sh app|backend" >&2
    exit 2
    ;;
esac
