#!/bin/sh
# Install Debian's chromium-driver (chromedriver) for the dashboard test, which drives a real
# headless Chromium through selenium. Idempotent: does nothing when chromedriver is on PATH.
# Usage: scripts/install-chromium-driver.sh   (as root, or with sudo available)
set -eu

if command -v chromedriver >/dev/null 2>&1; then
    echo "install-chromium-driver: $(command -v chromedriver) already installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-chromium-driver: apt-get not found; install chromedriver with your package manager" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo -n"
    else
        echo "install-chromium-driver: need root (or sudo) to run apt-get" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
# the driver must match the browser's version, so both come from the same update
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null
if command -v chromedriver >/dev/null 2>&1; then
    echo "install-chromium-driver: installed $(command -v chromedriver)"
    exit 0
fi
echo "install-chromium-driver: installation finished but no chromedriver found" >&2
exit 1
