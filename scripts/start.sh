#!/usr/bin/env bash
# Sets up a fresh clone (see setup.sh) and starts the demo app: the frontend on
# http://localhost:3000 and the backend on http://localhost:7007, on embedded
# SQLite with the example ML catalog and demo assessments.
# Extra arguments go to `backstage-cli repo start`, e.g. --config <file>.
#
# `backstage-cli repo start` runs each package in its own folder
# (packages/app, packages/backend) and resolves --config paths from there, so
# relative --config paths (`--config x` and `--config=x`) are made absolute
# here, resolved from the directory this script was run in (URLs stay as
# they are).
set -euo pipefail
CALLER_DIR="$PWD"

args=()
configs=()
# Absolute paths and URLs (remote config) stay as they are.
absolute() { case "$1" in /* | *://*) echo "$1" ;; *) echo "$CALLER_DIR/$1" ;; esac; }
while [ $# -gt 0 ]; do
  case "$1" in
    --config)
      [ $# -ge 2 ] || { echo "[start] --config needs a file" >&2; exit 2; }
      file="$(absolute "$2")"
      configs+=("$file")
      args+=(--config "$file")
      shift 2
      ;;
    --config=*)
      file="$(absolute "${1#--config=}")"
      configs+=("$file")
      args+=("--config=$file")
      shift
      ;;
    *)
      args+=("$1")
      shift
      ;;
  esac
done
for file in ${configs[@]+"${configs[@]}"}; do
  case "$file" in *://*) continue ;; esac
  [ -f "$file" ] || { echo "[start] no such config file: $file" >&2; exit 2; }
done

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
# examples/app-config.examples.yaml (an overlay for the production config)
# reads the example catalog from $EXAMPLES_DIR, or from ./examples, relative
# to the backend's folder (packages/backend here).
export EXAMPLES_DIR="${EXAMPLES_DIR:-$ROOT/examples}"
echo "[start] frontend http://localhost:3000  backend http://localhost:7007  (Ctrl-C stops both)" >&2
exec yarn start ${args[@]+"${args[@]}"}
