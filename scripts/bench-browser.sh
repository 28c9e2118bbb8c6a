#!/usr/bin/env bash
# The browser benchmark (tests/bench/browserBenchmark.ts): the production
# frontend bundle in Chromium on 10,000 seeded ML services; time to the first
# scorecard row and to the Maturity tab's headline, and the gzipped kB of the
# plugin's code in the app's initial load and its lazy chunks. Writes its
# section into docs/benchmarks.md (`--quick`: 1,000 services, fewer loads,
# tests/results/benchmarks-quick.md). Builds the app first unless up to date.
# Starts a backend on :7161 and a browser: on a shared machine, run it under
# the e2e lock (flock /tmp/e2e.lock scripts/bench-browser.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
scripts/build.sh app
exec node --require "$ROOT/node_modules/@backstage/cli-node/config/nodeTransform.cjs" \
  tests/bench/browserBenchmark.ts "$@"
