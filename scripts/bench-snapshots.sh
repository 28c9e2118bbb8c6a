#!/usr/bin/env bash
# The daily snapshots on their own (tests/bench/snapshotBenchmark.ts): the
# backfill, bytes per service-day, campaign history and trend timings, on an
# in-memory SQLite, the local PostgreSQL and MySQL/MariaDB. Prints figures;
# not part of scripts/test.sh.
#
#   scripts/bench-snapshots.sh [--services 10000] [--revisions 20] [--only sqlite|postgres|mysql] [--backfill-only]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
exec node --require "$ROOT/node_modules/@backstage/cli-node/config/nodeTransform.cjs" \
  tests/bench/snapshotBenchmark.ts "$@"
