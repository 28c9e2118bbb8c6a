#!/usr/bin/env bash
# The create-app trial: does a user who follows the READMEs get a working app?
#
#   1. builds and packs the packages (scripts/check-packages.js);
#   2. creates a fresh app with the newest @backstage/create-app on the
#      registry, in a temporary directory outside the repo;
#   3. installs the tarballs into it with the READMEs' own commands and code
#      (wire-app.js reads them from the READMEs), the owners-only policy and
#      the guest setup of the backend README, the badges backend with the
#      maturity badge module and obfuscated URLs (the module's README), and an
#      ML service of another team (ml-services.yaml) through catalog.locations;
#   4. type-checks the app; 5. starts it with `yarn start` on its in-memory
#   SQLite; 6. checks it in Chromium (trial.spec.ts).
#
# Usage: tests/create-app/run.sh [--packs DIR]
#   --packs DIR   reuse the tarballs `node scripts/check-packages.js DIR` left
# Environment: CREATE_APP_FRONTEND_PORT (3100), CREATE_APP_BACKEND_PORT (7107),
#   CREATE_APP_KEEP=1 keeps the app directory, CHROMIUM_PATH.
# Logs, the app's changes (app-changes.diff) and screenshots of failures go
# to tests/results/create-app/.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
source "$ROOT/scripts/setup.sh"
cd "$ROOT"

FRONTEND_PORT="${CREATE_APP_FRONTEND_PORT:-3100}"
BACKEND_PORT="${CREATE_APP_BACKEND_PORT:-7107}"
FRONTEND_URL="http://localhost:$FRONTEND_PORT"
BACKEND_URL="http://localhost:$BACKEND_PORT"
RESULTS="$ROOT/tests/results/create-app"
WIRE="$HERE/wire-app.js"
BACKEND_README="$ROOT/plugins/mlops-maturity-backend/README.md"
FRONTEND_README="$ROOT/plugins/mlops-maturity/README.md"
BADGES_README="$ROOT/plugins/mlops-maturity-backend-module-badges/README.md"
OTHER_SERVICE=fraud-detection-model # another team's, in ml-services.yaml
PACKS=""
if [ "${1:-}" = "--packs" ]; then PACKS="$(cd "$2" && pwd)"; fi

log() { echo "[create-app] $*" >&2; }

# --- timing -----------------------------------------------------------------
TRIAL_START=$(date +%s)
PHASE="" PHASE_START=0 TIMINGS=()
phase() {
  local now
  now=$(date +%s)
  if [ -n "$PHASE" ]; then TIMINGS+=("$(printf '%4ss  %s' $((now - PHASE_START)) "$PHASE")"); fi
  PHASE="$1" PHASE_START=$now
  if [ -n "$PHASE" ]; then echo; log "==> $PHASE"; fi
}
print_timings() {
  phase ""
  log "timings:"
  printf '[create-app]   %s\n' "${TIMINGS[@]}" >&2
  log "$(printf '%4ss  total' $(($(date +%s) - TRIAL_START)))"
}

# Runs a command with its output in a log file; on failure shows the end of it.
logged() {
  local file="$1"
  shift
  if ! "$@" >>"$RESULTS/$file" 2>&1; then
    tail -n 60 "$RESULTS/$file" >&2
    log "FAILED: $* (whole output: tests/results/create-app/$file)"
    return 1
  fi
}

# --- cleanup, whatever happens ---------------------------------------------
WORK="$(mktemp -d "${TMPDIR:-/tmp}/mlops-create-app.XXXXXX")"
APP="$WORK/app"
APP_PID=""
cleanup() {
  local status=$? failed="$PHASE"
  set +e
  phase "stop the app and clean up"
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill -TERM -- "-$APP_PID" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 -- "-$APP_PID" 2>/dev/null || break; sleep 0.5; done
    if kill -0 -- "-$APP_PID" 2>/dev/null; then
      log "the app (process group $APP_PID) did not stop within 15 s of SIGTERM; killing it"
      kill -KILL -- "-$APP_PID" 2>/dev/null
    fi
    log "stopped the app after $(($(date +%s) - PHASE_START)) s"
  fi
  if [ -d "$APP/.git" ]; then
    # Everything the trial changed in the generated app, as a user would have.
    (cd "$APP" && git add -A -N . && git diff -- . ':!yarn.lock') >"$RESULTS/app-changes.diff" 2>/dev/null
  fi
  if [ "${CREATE_APP_KEEP:-}" = 1 ]; then
    log "kept the app in $APP"
  else
    rm -rf "$WORK"
  fi
  print_timings
  if [ "$status" -ne 0 ]; then log "FAILED in phase: $failed"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

# --- preconditions ------------------------------------------------------------
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing Debian's chromium"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  else
    log "no Chromium at $CHROMIUM and no root apt-get to install it; set CHROMIUM_PATH"
    exit 1
  fi
fi
export CHROMIUM_PATH="$CHROMIUM"
for port in "$FRONTEND_PORT" "$BACKEND_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    log "port $port is in use; set CREATE_APP_FRONTEND_PORT / CREATE_APP_BACKEND_PORT"
    exit 1
  fi
done

# The app installs like any project on this machine: yarn's global cache
# (~/.yarn/berry/cache, kept between runs), not the repo's own cache setting.
#
# better-sqlite3 downloads a prebuilt binary from GitHub, which this network
# cannot reach, and otherwise compiles for minutes. Its installer
# (prebuild-install) also takes the binary from a local prebuilds directory:
# one built for the same better-sqlite3 version and Node ABI, i.e. the repo's
# own (scripts/setup.sh builds it), or the app's from an earlier run.
PREBUILDS="${XDG_CACHE_HOME:-$HOME/.cache}/mlops-maturity/create-app-prebuilds"
mkdir -p "$PREBUILDS"
prebuild_name() { # <better-sqlite3 version>
  node -p "'better-sqlite3-v$1-node-v' + process.versions.modules + '-' + process.platform + '-' + process.arch + '.tar.gz'"
}
keep_prebuild() { # <better-sqlite3 directory>
  local version tarball
  version=$(node -p "require('$1/package.json').version")
  tarball="$PREBUILDS/$(prebuild_name "$version")"
  if [ ! -f "$tarball" ] && [ -f "$1/build/Release/better_sqlite3.node" ]; then
    tar -czf "$tarball" -C "$1" build/Release/better_sqlite3.node
  fi
}
keep_prebuild "$ROOT/node_modules/better-sqlite3"
APP_ENV=(env YARN_ENABLE_GLOBAL_CACHE=true YARN_ENABLE_IMMUTABLE_INSTALLS=false YARN_ENABLE_TELEMETRY=0
  npm_config_better_sqlite3_local_prebuilds="$PREBUILDS" CREATE_APP_LOG="$RESULTS/install.log")

# --- 1. the packages, as they would be published -------------------------------
phase "build and pack the packages"
if [ -n "$PACKS" ]; then
  log "reusing the tarballs in $PACKS"
else
  PACKS="$WORK/packs"
  logged pack.log yarn tsc
  logged pack.log node scripts/check-packages.js "$PACKS"
fi
for pack in mlops-maturity-common mlops-maturity-node mlops-maturity-backend mlops-maturity mlops-maturity-backend-module-badges; do
  [ -f "$PACKS/$pack.tgz" ] || { log "no $PACKS/$pack.tgz"; exit 1; }
  log "$(node -p "const m = require('$PACKS/$pack/package/package.json'); m.name + '@' + m.version")"
done
COMMON=$(node -p "require('$PACKS/mlops-maturity-common/package/package.json').name")
NODE_LIBRARY=$(node -p "require('$PACKS/mlops-maturity-node/package/package.json').name")

# --- 2. a fresh app ----------------------------------------------------------
phase "create a fresh app (npx @backstage/create-app@latest)"
CREATE_APP_VERSION=$(npm view @backstage/create-app@latest version)
(cd "$WORK" && logged create-app.log env BACKSTAGE_APP_NAME=mlops-trial \
  npx --yes "@backstage/create-app@$CREATE_APP_VERSION" --skip-install --path app)
GENERATED=$(node -p "require('$APP/backstage.json').version")
log "@backstage/create-app $CREATE_APP_VERSION (the registry's latest) generated a Backstage $GENERATED app"

# The READMEs name the release line the packages need ("on the **1.57 release
# line** or later"). `backstage-cli versions:bump` would move an older app
# there, but it reads the release manifests from versions.backstage.io or
# GitHub, which CI cannot reach; `yarn up '@backstage/*'` takes every
# @backstage package to the newest version on the registry instead.
NEEDED=$(grep -ohE 'on the \*\*[0-9]+\.[0-9]+ release line\*\*' "$BACKEND_README" "$FRONTEND_README" |
  grep -oE '[0-9]+\.[0-9]+' | sort -V | tail -n 1)
[ -n "$NEEDED" ] || { log "the READMEs no longer name the release line they need"; exit 1; }
if [ "$(printf '%s\n%s\n' "$NEEDED" "$GENERATED" | sort -V | head -n 1)" != "$NEEDED" ]; then
  phase "upgrade the app to the newest Backstage release (the READMEs need $NEEDED)"
  (cd "$APP" && logged install.log "${APP_ENV[@]}" yarn up '@backstage/*' --mode=update-lockfile)
else
  log "Backstage $GENERATED is on or past the $NEEDED line the READMEs need"
fi

# --- 3. install and wire the plugins as the READMEs say ---------------------------
phase "install and wire the plugins as the READMEs say"
# The published frontend and backend depend on -common (and the backend on
# -node) by version; here the registry is these tarballs.
node "$WIRE" resolve "$APP" "$COMMON" "$PACKS/mlops-maturity-common.tgz"
node "$WIRE" resolve "$APP" "$NODE_LIBRARY" "$PACKS/mlops-maturity-node.tgz"
"${APP_ENV[@]}" node "$WIRE" install "$APP" "$BACKEND_README" "$PACKS"
node "$WIRE" backend-add "$APP" "$BACKEND_README"
# The README badge: the badges backend and the maturity badge module, with
# obfuscated badge URLs.
"${APP_ENV[@]}" node "$WIRE" install "$APP" "$BADGES_README" "$PACKS"
node "$WIRE" backend-add "$APP" "$BADGES_README"
node "$WIRE" config "$APP" "$BADGES_README" "Configuration: obfuscated badge URLs"
"${APP_ENV[@]}" node "$WIRE" install "$APP" "$FRONTEND_README" "$PACKS"
node "$WIRE" frontend "$APP" "$FRONTEND_README"
"${APP_ENV[@]}" node "$WIRE" policy "$APP" "$BACKEND_README"
OWN_SERVICE=$(node "$WIRE" guest "$APP" "$BACKEND_README")
node "$WIRE" catalog "$APP" "$HERE/ml-services.yaml"
node "$WIRE" ports "$APP" "$FRONTEND_PORT" "$BACKEND_PORT"
keep_prebuild "$APP/node_modules/better-sqlite3"
log "the app runs $(cd "$APP" && node -p "['frontend-plugin-api', 'core-plugin-api', 'plugin-catalog-react',
  'backend-plugin-api', 'plugin-catalog-node', 'backend-defaults'].map(name => {
    try { return name + ' ' + require('@backstage/' + name + '/package.json').version; }
    catch { return name + ' (not at the top of node_modules)'; }
  }).join(', ')")"
(cd "$APP/packages/backend" && node -e "new (require('better-sqlite3'))(':memory:')") ||
  { log "better-sqlite3 does not load in the app (see install.log)"; exit 1; }

# --- 4. type check ------------------------------------------------------------
phase "type-check the app (yarn tsc)"
(cd "$APP" && logged app-tsc.log "${APP_ENV[@]}" yarn tsc)

# --- 5. start ------------------------------------------------------------------
phase "start the app (yarn start, in-memory SQLite)"
(cd "$APP" && exec "${APP_ENV[@]}" setsid yarn start) >"$RESULTS/app.log" 2>&1 &
APP_PID=$!
wait_for() { # <what> <url> <seconds>
  local deadline=$(($(date +%s) + $3))
  until curl -fsS -m 10 -o /dev/null "$2" 2>/dev/null; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      tail -n 40 "$RESULTS/app.log" >&2
      log "the app exited before the $1 answered (tests/results/create-app/app.log)"
      return 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      grep -iE 'error|fail' "$RESULTS/app.log" | tail -n 20 >&2 || true
      log "the $1 did not answer at $2 within $3 s (tests/results/create-app/app.log)"
      return 1
    fi
    sleep 2
  done
  log "the $1 answers at $2 after $(($(date +%s) - PHASE_START)) s"
}
wait_for backend "$BACKEND_URL/.backstage/health/v1/readiness" 300
wait_for frontend "$FRONTEND_URL/" 300

# --- 6. in Chromium --------------------------------------------------------------
phase "check the app in Chromium"
CREATE_APP_FRONTEND_URL="$FRONTEND_URL" CREATE_APP_BACKEND_URL="$BACKEND_URL" \
  CREATE_APP_OWN_SERVICE="$OWN_SERVICE" CREATE_APP_OTHER_SERVICE="$OTHER_SERVICE" \
  yarn playwright test --config tests/create-app/playwright.config.ts

log "PASSED: the app from create-app $CREATE_APP_VERSION (generated on Backstage $GENERATED), with the packed plugins wired as the READMEs say, works"
