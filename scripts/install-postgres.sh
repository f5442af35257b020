#!/bin/sh
# Install the PostgreSQL server for the store tests (Debian/Ubuntu, apt-get).
# Idempotent: does nothing when a server (initdb, pg_ctl) is already installed.
# One line of output per step. Usage: scripts/install-postgres.sh (as root, or with sudo)
set -eu

find_bindir() {
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
    done
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"; return 0
    fi
    return 1
}

if dir=$(find_bindir); then
    echo "install-postgres: $dir/postgres already installed"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-postgres: apt-get not found; install the PostgreSQL server with your package manager" >&2
    exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; else
        echo "install-postgres: need root (or sudo) to run apt-get" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
echo "install-postgres: package lists updated"
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
echo "install-postgres: apt-get install postgresql done"
if dir=$(find_bindir); then
    echo "install-postgres: installed $dir/postgres"
    exit 0
fi
echo "install-postgres: installation finished but no initdb/pg_ctl found" >&2
exit 1
