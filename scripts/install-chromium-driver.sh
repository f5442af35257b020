#!/bin/sh
# Install Debian's chromium-driver (chromedriver), with which the dashboard test drives a real
# headless Chromium through selenium. Runs after install-chromium.sh (test-services.sh takes the
# install-*.sh steps in name order) and takes the driver from the same package source, so the
# driver's version matches the browser's. Idempotent: nothing to do when chromedriver is on PATH.
# One line of output; apt's own output goes to a log that is shown only when the step fails.
set -eu

if command -v chromedriver >/dev/null 2>&1; then
    echo "install-chromium-driver: $(command -v chromedriver) already installed"
    exit 0
fi
command -v apt-get >/dev/null 2>&1 || { echo "install-chromium-driver: no apt-get; install chromedriver yourself" >&2; exit 1; }
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo -n"
log="${TMPDIR:-/tmp}/dragoman-install-chromium-driver.log"
if ! { $as_root apt-get update -qq && $as_root apt-get install -y -qq --no-install-recommends chromium chromium-driver; } >"$log" 2>&1 \
        || ! command -v chromedriver >/dev/null 2>&1; then
    echo "install-chromium-driver: could not install chromium-driver; apt-get said (from $log):" >&2
    tail -n 20 "$log" >&2
    exit 1
fi
echo "install-chromium-driver: installed $(command -v chromedriver) (apt log: $log)"
