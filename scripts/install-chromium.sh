#!/bin/sh
# Install a headless-capable Chromium and its driver (Debian/Ubuntu, apt-get): the report
# test runs chromium itself, the dashboard test drives it through chromedriver (selenium).
# Idempotent: does nothing when chromium and chromedriver are already on PATH.
# Usage: scripts/install-chromium.sh   (as root, or with sudo available)
set -eu

browser=""
for bin in chromium chromium-browser google-chrome; do
    if command -v "$bin" >/dev/null 2>&1; then
        browser="$(command -v "$bin")"
        break
    fi
done
if [ -n "$browser" ] && command -v chromedriver >/dev/null 2>&1; then
    echo "install-chromium: $browser and $(command -v chromedriver) already installed"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-chromium: apt-get not found; install Chromium and chromedriver with your package manager" >&2
    exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo -n"
    else
        echo "install-chromium: need root (or sudo) to run apt-get" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# Debian names the packages "chromium" and "chromium-driver" (the driver must match the browser,
# so both come from the same update); Ubuntu's "chromium-browser" is a snap shim, so Debian's first.
if ! $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver fonts-dejavu-core >/dev/null; then
    $SUDO apt-get install -y -qq --no-install-recommends chromium-browser chromium-chromedriver fonts-dejavu-core >/dev/null
fi

for bin in chromium chromium-browser; do
    if command -v "$bin" >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
        echo "install-chromium: installed $(command -v "$bin") and $(command -v chromedriver)"
        exit 0
    fi
done
echo "install-chromium: installation finished but chromium or chromedriver is missing" >&2
exit 1
