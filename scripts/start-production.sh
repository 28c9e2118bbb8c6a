#!/usr/bin/env bash
# Builds the app for production and runs it the way packages/backend/Dockerfile
# does: the backend bundle with production dependencies only, started as
#   NODE_ENV=production node packages/backend \
#     --config app-config.yaml --config app-config.production.yaml
# so it serves the frontend bundle and the API from one port (7007), on
# PostgreSQL (POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD),
# with guest sign-in refused. See README.md, "Production build".
#
#   scripts/start-production.sh [--config <file>]...   build if needed, then run
#   scripts/start-production.sh --build-only           just build (e.g. for docker build)
#   scripts/start-production.sh --prepare-only         build and lay out .data/production, do not start
#
# Extra --config files are loaded after the two above; relative paths are
# resolved from the directory this script was run in. The production config
# reads no catalog: `--config examples/app-config.examples.yaml` adds the
# example organisation, read from this repository's examples/ (EXAMPLES_DIR).
#
# 1. scripts/build.sh backend: `yarn build:backend` (which also builds the
#    frontend bundle and the plugins into it), skipped when up to date.
# 2. In .data/production, like the image: the skeleton (every package.json)
#    and `yarn workspaces focus --all --production` (from the workspace's yarn
#    cache; repeated only when the skeleton or yarn.lock changes), then the
#    bundle and app-config*.yaml (not *.local.yaml); no examples, as in the
#    image.
# 3. node packages/backend in .data/production, replacing this script.
set -euo pipefail
CALLER_DIR="$PWD"

build_only=false
prepare_only=false
extra=()
absolute() { case "$1" in /* | *://*) echo "$1" ;; *) echo "$CALLER_DIR/$1" ;; esac; }
while [ $# -gt 0 ]; do
  case "$1" in
    --build-only) build_only=true ;;
    --prepare-only) prepare_only=true ;;
    --config)
      [ $# -ge 2 ] || { echo "[production] --config needs a file" >&2; exit 2; }
      extra+=(--config "$(absolute "$2")")
      shift
      ;;
    --config=*) extra+=(--config "$(absolute "${1#--config=}")") ;;
    *)
      echo "[production] unknown argument: $1 (see the top of $0)" >&2
      exit 2
      ;;
  esac
  shift
done

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
log() { echo "[production] $*" >&2; }

scripts/build.sh backend
if $build_only; then
  log "built packages/backend/dist/bundle.tar.gz and skeleton.tar.gz"
  exit 0
fi

RUN="$ROOT/.data/production"
DIST="$ROOT/packages/backend/dist"
mkdir -p "$RUN"

# Production dependencies, as `yarn workspaces focus --all --production` in
# the Dockerfile. Build scripts are off: the only native module among them,
# better-sqlite3, is the one the workspace install already compiled for this
# Node (the prebuilt downloads the image would use are unreachable here).
deps_wanted="$(cat "$DIST/skeleton.tar.gz" yarn.lock .yarnrc.yml | sha256sum | cut -c1-32) node-$(node -v)"
if [ "$(cat "$RUN/.dependencies" 2>/dev/null)" != "$deps_wanted" ]; then
  log "installing production dependencies into .data/production"
  rm -rf "$RUN"
  mkdir -p "$RUN/.yarn"
  cp -r .yarn/releases "$RUN/.yarn/"
  cp .yarnrc.yml backstage.json yarn.lock package.json "$RUN/"
  tar xzf "$DIST/skeleton.tar.gz" -C "$RUN"
  (
    cd "$RUN"
    YARN_CACHE_FOLDER="$ROOT/.yarn/cache" YARN_ENABLE_SCRIPTS=false \
      yarn workspaces focus --all --production >&2
  )
  sqlite_node=node_modules/better-sqlite3/build/Release/better_sqlite3.node
  if [ -d "$RUN/node_modules/better-sqlite3" ] && [ -f "$ROOT/$sqlite_node" ]; then
    mkdir -p "$(dirname "$RUN/$sqlite_node")"
    cp "$ROOT/$sqlite_node" "$RUN/$sqlite_node"
  fi
  echo "$deps_wanted" >"$RUN/.dependencies"
fi

# The bundle: the built backend, plugins and frontend. Earlier builds' files
# go first, so nothing stale is served.
rm -rf "$RUN"/packages/*/dist "$RUN"/plugins/*/dist "$RUN"/plugins/*/migrations "$RUN/examples"
tar xzf "$DIST/bundle.tar.gz" -C "$RUN"
for config in app-config*.yaml; do
  case "$config" in *.local.yaml) continue ;; esac
  cp "$config" "$RUN/"
done

if $prepare_only; then
  log "prepared .data/production"
  exit 0
fi

cd "$RUN"
# Where examples/app-config.examples.yaml, when named, finds the example
# catalog (the backend runs in .data/production, which has no copy).
export EXAMPLES_DIR="${EXAMPLES_DIR:-$ROOT/examples}"
log "starting the built backend in .data/production; it serves the app and the API on backend.listen.port (7007 in app-config.production.yaml)"
export NODE_ENV=production
exec node packages/backend --config app-config.yaml --config app-config.production.yaml ${extra[@]+"${extra[@]}"}
