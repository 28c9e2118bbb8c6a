#!/usr/bin/env bash
# Sets up a fresh clone (see setup.sh) and runs every test: type check, API
# reports (an API change not recorded in report*.api.md fails), lint,
# unit and integration tests (the stores on SQLite, PostgreSQL and MySQL), the
# reliability tests against real backends on PostgreSQL, the deployment tests
# (the README's PostgreSQL command and the production build, on PostgreSQL)
# and the browser end-to-end tests against the running app in Debian's
# Chromium, which reuse the production build's frontend bundle; last, the
# create-app trial (tests/create-app/run.sh): the packed packages installed
# into a fresh app from the newest @backstage/create-app, wired as the
# READMEs say, type-checked, started and checked in Chromium.
#
# PostgreSQL: BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, default
# postgresql://postgres@127.0.0.1:5432 (the local server).
# MySQL/MariaDB: BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING, default
# mysql://backstage:backstage@127.0.0.1:3306/test (the local MariaDB; the
# user is created through root when it does not exist yet).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

export CI=true BACKSTAGE_TEST_DISABLE_DOCKER=1
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
export BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING:-mysql://backstage:backstage@127.0.0.1:3306/test}"

step() { echo; echo "[test] ==> $*" >&2; }

step "PostgreSQL at ${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING}"
node scripts/check-postgres.js

step "MySQL-compatible server at ${BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING%%@*}@..."
node scripts/check-mysql.js

step "type check"
yarn tsc

step "API reports: each package's public API matches its report*.api.md"
yarn build:api-reports:only --ci

step "lint"
yarn lint:all

step "packages: build, pack and check the tarballs as published"
node scripts/check-packages.js

step "unit and integration tests"
yarn test

step "reliability tests: 200+ malformed requests, two and three instances on one PostgreSQL, kill -9"
# The three-instance test checks the live bell in Chromium.
source scripts/chromium.sh
ensure_chromium || true
yarn playwright test --config tests/reliability/playwright.config.ts

step "deployment tests: the README's PostgreSQL command and the production build"
yarn playwright test --config tests/deployment/playwright.config.ts

step "end-to-end tests in Chromium"
scripts/e2e.sh

step "create-app trial: the packed plugins in a fresh app from npx @backstage/create-app@latest, wired as the READMEs say"
tests/create-app/run.sh
