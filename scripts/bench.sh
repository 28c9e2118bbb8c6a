#!/usr/bin/env bash
# The scale benchmark (tests/bench/scorecardBenchmark.ts): 1,000 and 10,000 ML
# services with 1 and 20 revisions, on SQLite and on the local PostgreSQL, through
# the real HTTP stack. Writes docs/benchmarks.md. `--quick` runs 1,000 only and
# writes tests/results/benchmarks-quick.md instead. Not part of scripts/test.sh.
# Then the browser benchmark (scripts/bench-browser.sh); `--browser-only` runs
# just that one.
set -euo pipefail
if [[ " $* " == *" --browser-only "* ]]; then
  rest=()
  for arg in "$@"; do [ "$arg" = --browser-only ] || rest+=("$arg"); done
  exec "$(dirname "${BASH_SOURCE[0]}")/bench-browser.sh" "${rest[@]}"
fi
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
node scripts/check-postgres.js
node --require "$ROOT/node_modules/@backstage/cli-node/config/nodeTransform.cjs" \
  tests/bench/scorecardBenchmark.ts "$@"
scripts/bench-browser.sh "$@"
