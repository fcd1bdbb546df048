#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL server for the team-case tests (docs/team-cases.md).
#   scripts/pg-test-server.sh start STATE_DIR [PORT]   initdb + pg_ctl start, prints the URL
#   scripts/pg-test-server.sh stop  STATE_DIR          pg_ctl stop, removes the data folder
# The server runs as an unprivileged user (PostgreSQL refuses root): as root, the system
# user seedscope-pg is created when missing. Data lives in a fresh folder under /tmp owned
# by that user; it listens on 127.0.0.1 only, on PORT (default 54329), with trust
# authentication for 127.0.0.1 alone. STATE_DIR/url holds the connection string.
set -euo pipefail
cmd=${1:?usage: pg-test-server.sh start|stop STATE_DIR [PORT]}
state=${2:?usage: pg-test-server.sh start|stop STATE_DIR [PORT]}
port=${3:-54329}
pg_user=seedscope-pg

bindir=""
for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then bindir=$d; break; fi
done
if [ -z "$bindir" ] && command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    bindir=$(dirname "$(command -v pg_ctl)")
fi
[ -n "$bindir" ] || { echo "pg-test-server: no initdb/pg_ctl found (install the postgresql package)" >&2; exit 1; }

as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi
}

stop_server() {
    [ -f "$state/datadir" ] || return 0
    local data
    data=$(cat "$state/datadir")
    if [ -d "$data" ]; then
        as_pg "$bindir/pg_ctl" -D "$data/db" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$data"
    fi
    rm -f "$state/datadir" "$state/url"
}

case "$cmd" in
start)
    mkdir -p "$state"
    stop_server # a server left by an interrupted run
    if [ "$(id -u)" = 0 ] && ! id "$pg_user" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
    fi
    data=$(mktemp -d /tmp/seedscope-pg.XXXXXX)
    chmod 700 "$data"
    [ "$(id -u)" = 0 ] && chown "$pg_user" "$data"
    echo "$data" > "$state/datadir"
    as_pg "$bindir/initdb" -D "$data/db" -U seedscope --auth=trust -E UTF8 --locale=C >"$data/initdb.log" 2>&1 ||
        { cat "$data/initdb.log" >&2; exit 1; }
    # Only TCP on 127.0.0.1, trust for that address alone.
    printf 'host all all 127.0.0.1/32 trust\n' | as_pg tee "$data/db/pg_hba.conf" >/dev/null
    as_pg "$bindir/pg_ctl" -D "$data/db" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off" start >/dev/null ||
        { cat "$data/server.log" >&2; exit 1; }
    url="postgresql://seedscope@127.0.0.1:$port/postgres"
    echo "$url" > "$state/url"
    echo "$url"
    ;;
stop)
    stop_server
    ;;
*)
    echo "usage: pg-test-server.sh start|stop STATE_DIR [PORT]" >&2
    exit 64
    ;;
esac
