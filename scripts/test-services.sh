#!/usr/bin/env bash
# Install and start what the tests need beyond Python packages: Chromium for the report
# and dashboard tests, a PostgreSQL server for the store tests (started on 127.0.0.1,
# URL in .services/). Idempotent; prints one line per step (each step keeps its tools'
# output in a log and shows it only when it fails). Safe to run on a machine that
# already has them. A step that fails is reported; the tests that need it then fail
# under CI=true.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
for step in "$here"/install-*.sh "$here"/start-*.sh; do
  [ -e "$step" ] || continue
  bash "$step" || echo "test-services: $(basename "$step") failed; tests that need it will say so"
done
exit 0
