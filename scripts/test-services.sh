#!/usr/bin/env bash
# Install what the tests need beyond Python packages (Chromium for the report test).
# Idempotent; prints one line per step (each step keeps its tools' output in a log and
# shows it only when it fails). Safe to run on a machine that already has them.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
for step in "$here"/install-*.sh; do
  [ -e "$step" ] || continue
  bash "$step" || echo "test-services: $(basename "$step") failed; tests that need it will say so"
done
exit 0
