#!/bin/sh
# Install a headless-capable Chromium for the report test (Debian/Ubuntu, apt-get).
# Idempotent: does nothing when a chromium binary is already on PATH.
# Usage: scripts/install-chromium.sh   (as root, or with sudo available)
set -eu

for bin in chromium chromium-browser google-chrome; do
    if command -v "$bin" >/dev/null 2>&1; then
        echo "install-chromium: $(command -v "$bin") already installed"
        exit 0
    fi
done

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-chromium: apt-get not found; install Chromium with your package manager" >&2
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

# apt's output goes to a log, shown only when the installation fails (one line per step otherwise)
LOG="${TMPDIR:-/tmp}/dragoman-install-chromium.log"
: >"$LOG"
fail() {
    echo "install-chromium: $1; apt-get said (from $LOG):" >&2
    tail -n 20 "$LOG" >&2
    exit 1
}

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >>"$LOG" 2>&1 || fail "apt-get update failed"
# Debian names the package "chromium"; Ubuntu's "chromium-browser" is a snap shim, so try Debian's first.
if ! $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >>"$LOG" 2>&1; then
    $SUDO apt-get install -y -qq --no-install-recommends chromium-browser fonts-dejavu-core >>"$LOG" 2>&1 \
        || fail "apt-get install failed"
fi

for bin in chromium chromium-browser; do
    if command -v "$bin" >/dev/null 2>&1; then
        echo "install-chromium: installed $(command -v "$bin") (apt log: $LOG)"
        exit 0
    fi
done
fail "installation finished but no chromium binary found"
