#!/usr/bin/env bash
# The scale benchmark (tests/bench/scorecardBenchmark.ts): 1,000, 10,000 and
# 100,000 ML services, on SQLite and on the local PostgreSQL, through the real
# HTTP stack, against the development server and the production build (laid
# out first by scripts/start-production.sh --prepare-only). Writes
# docs/benchmarks.md and the README's benchmark figures (about 50 minutes on
# 2 cores, then the browser benchmark). `--quick` runs 1,000 only and writes
# tests/results/benchmarks-quick.md instead; `--revisions` adds the scenarios
# with one revision per service; `--sizes=10000x20[,...]` runs just those
# services × revisions scenarios (with `--only=sqlite|postgres` to pick the
# engine) and also writes the quick report. Not part of scripts/test.sh.
# Then the browser benchmark (scripts/bench-browser.sh); `--browser-only` runs
# just that one.
# The load average is printed before and after each step (and by the scale
# benchmark around each scenario); a 1-minute load above 1.5 at the start of
# a step is flagged as a busy machine here and in the report.
# The catalog sync with evidence (tests/bench/syncBenchmark.ts) and the visibility refresh
# (tests/bench/refreshBenchmark.ts) run on their own.
set -euo pipefail
if [[ " $* " == *" --browser-only "* ]]; then
  rest=()
  for arg in "$@"; do [ "$arg" = --browser-only ] || rest+=("$arg"); done
  exec "$(dirname "${BASH_SOURCE[0]}")/bench-browser.sh" "${rest[@]}"
fi
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"

# Prints the load average with a label; flags a busy machine before a step.
load() {
  local one rest
  read -r one rest < /proc/loadavg
  local busy=''
  if [ "$2" = before ] && awk -v l="$one" 'BEGIN { exit !(l > 1.5) }'; then
    busy=' — BUSY MACHINE: 1-minute load above 1.5, figures will be noisy'
  fi
  echo "[bench] load $2 $1: $one ${rest%% *}$busy ($(date -u +%H:%M:%S) UTC)"
}

started=$(date +%s)
node scripts/check-postgres.js
scripts/start-production.sh --prepare-only
load 'the scale benchmark' before
node --require "$ROOT/node_modules/@backstage/cli-node/config/nodeTransform.cjs" \
  tests/bench/scorecardBenchmark.ts "$@"
load 'the scale benchmark' after
load 'the browser benchmark' before
scripts/bench-browser.sh "$@"
load 'the browser benchmark' after
echo "[bench] took $((($(date +%s) - started) / 60)) minutes"
