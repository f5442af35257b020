#!/bin/sh
# Start a throwaway PostgreSQL cluster on 127.0.0.1 for the store tests.
# initdb into a temporary folder, a free port, trust authentication on 127.0.0.1 only,
# C collation (text sorts as in DuckDB). As root, the server runs as the 'postgres'
# user (or a 'dragoman-pg' system user created for it): PostgreSQL refuses to run as root.
# Writes the URL to .services/postgres.url (the tests' conftest reads it) and the data
# folder to .services/postgres.data. Idempotent: a server already answering is kept.
# One line of output per step. Stop it with scripts/stop-postgres.sh.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
state="${DRAGOMAN_SERVICES_DIR:-$here/../.services}"
mkdir -p "$state"
state="$(cd "$state" && pwd)"

bindir=""
for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ]; then bindir="$dir"; break; fi
done
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then bindir="$(dirname "$(command -v initdb)")"; fi
if [ -z "$bindir" ]; then
    echo "start-postgres: no PostgreSQL server installed (run scripts/install-postgres.sh)" >&2
    exit 1
fi

if [ -s "$state/postgres.url" ] && "$bindir/pg_isready" -q -d "$(cat "$state/postgres.url")" 2>/dev/null; then
    echo "start-postgres: already running at $(cat "$state/postgres.url")"
    exit 0
fi

as_owner() { "$@"; }
owner="$(id -un)"
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    if ! id "$owner" >/dev/null 2>&1; then
        owner=dragoman-pg
        id "$owner" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$owner"
        echo "start-postgres: created system user $owner to run the server"
    fi
    if command -v runuser >/dev/null 2>&1; then
        as_owner() { runuser -u "$owner" -- "$@"; }
    else
        as_owner() { su -s /bin/sh "$owner" -c "$(printf '%s ' "$@")"; }
    fi
fi

data="$(mktemp -d "${TMPDIR:-/tmp}/dragoman-pg.XXXXXX")"
chown "$owner" "$data" 2>/dev/null || true
chmod 700 "$data"
as_owner "$bindir/initdb" -D "$data/cluster" -U dragoman -A trust -E UTF8 --no-locale >"$data/initdb.log" 2>&1 \
    || { echo "start-postgres: initdb failed, see $data/initdb.log" >&2; exit 1; }
echo "start-postgres: initdb into $data/cluster as $owner"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
as_owner "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off -c max_connections=200" \
    start >/dev/null \
    || { echo "start-postgres: server did not start, see $data/server.log" >&2; exit 1; }
echo "start-postgres: server listening on 127.0.0.1:$port"

"$bindir/createdb" -h 127.0.0.1 -p "$port" -U dragoman dragoman
url="postgresql://dragoman@127.0.0.1:$port/dragoman"
printf '%s\n' "$url" >"$state/postgres.url"
printf '%s\n' "$data/cluster" >"$state/postgres.data"
echo "start-postgres: database ready at $url (URL in $state/postgres.url)"
