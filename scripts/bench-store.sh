#!/usr/bin/env bash
# The scorecard store on its own (tests/bench/storeBenchmark.ts): the cold
# summary, concurrent pages at the first and walking every page by cursor, and a filtered
# page with and without SQLite's statistics, on an in-memory SQLite and the
# local PostgreSQL. Prints figures; not part of scripts/test.sh.
#
#   scripts/bench-store.sh [--services 100000] [--only sqlite|postgres]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
node scripts/check-postgres.js
exec node --require "$ROOT/node_modules/@backstage/cli-node/config/nodeTransform.cjs" \
  tests/bench/storeBenchmark.ts "$@"
