#!/bin/sh
# Stop the throwaway PostgreSQL cluster that scripts/start-postgres.sh started, and remove it.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
state="${DRAGOMAN_SERVICES_DIR:-$here/../.services}"
if [ ! -s "$state/postgres.data" ]; then
    echo "stop-postgres: no server recorded in $state"
    exit 0
fi
cluster="$(cat "$state/postgres.data")"
owner="$(stat -c %U "$cluster")"
bindir="$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V -r | head -1)")"
if [ "$(id -u)" -eq 0 ] && [ "$owner" != root ]; then
    runuser -u "$owner" -- "$bindir/pg_ctl" -D "$cluster" -m fast stop >/dev/null || true
else
    "$bindir/pg_ctl" -D "$cluster" -m fast stop >/dev/null || true
fi
rm -rf "$(dirname "$cluster")" "$state/postgres.url" "$state/postgres.data"
echo "stop-postgres: stopped and removed $cluster"
