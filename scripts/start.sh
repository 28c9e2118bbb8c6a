#!/usr/bin/env bash
# Sets up a fresh clone (see setup.sh) and starts the demo app: the frontend on
# http://localhost:3000 and the backend on http://localhost:7007, on embedded
# SQLite with the example ML catalog and demo assessments.
# Extra arguments go to `backstage-cli repo start`, e.g. --config <file>.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
echo "[start] frontend http://localhost:3000  backend http://localhost:7007  (Ctrl-C stops both)" >&2
exec yarn start "$@"
