#!/usr/bin/env bash
# Runs COMMAND… next to a throwaway PostgreSQL 15 cluster: initdb in a temporary folder, a server on
# a free loopback port (unix socket in the same folder), PLOTBENCH_TEST_PG_URL exported for the
# command, and the cluster stopped and removed afterwards — also when the command fails or the
# script is interrupted. As root, the cluster runs as an unprivileged user (postgres refuses root).
# Usage: tests/sync/with-postgres.sh COMMAND [ARG…]
set -euo pipefail

if (( $# == 0 )); then
    echo "usage: $0 COMMAND [ARG…]" >&2
    exit 2
fi

pg_bin=${PLOTBENCH_PG_BIN:-/usr/lib/postgresql/15/bin}
if [[ ! -x "$pg_bin/initdb" ]]; then
    echo "with-postgres.sh: no PostgreSQL 15 in $pg_bin (install postgresql-15)" >&2
    exit 2
fi

# The server user: ourselves, or (as root) an unprivileged system account made once.
run_as=()
if (( EUID == 0 )); then
    pg_user=plotbench-pg
    if ! id -u "$pg_user" >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user" 2>/dev/null || id -u "$pg_user" >/dev/null
    fi
    run_as=(runuser -u "$pg_user" --)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/plotbench-pg.XXXXXX")
chmod 0755 "$work"
data="$work/data"
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
started=0
child=

cleanup() {
    local status=$?
    trap - EXIT INT TERM HUP
    if [[ -n "$child" ]] && kill -0 "$child" 2>/dev/null; then
        kill -TERM "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    if (( started )); then
        "${run_as[@]}" "$pg_bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

if (( EUID == 0 )); then
    chown "$pg_user" "$work"
fi
printf '%s\n' "$password" > "$work/pwfile"
(( EUID == 0 )) && chown "$pg_user" "$work/pwfile"
"${run_as[@]}" "$pg_bin/initdb" -D "$data" -U plotbench --pwfile="$work/pwfile" -A scram-sha-256 \
    --no-sync -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || {
    cat "$work/initdb.log" >&2
    exit 2
}
rm -f "$work/pwfile"

# A free port: ask the kernel for one, then let the server take it (retried if it lost the race).
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if "${run_as[@]}" "$pg_bin/pg_ctl" -D "$data" -l "$work/server.log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
        start >/dev/null 2>&1; then
        started=1
        break
    fi
done
if (( ! started )); then
    echo "with-postgres.sh: the server did not start:" >&2
    cat "$work/server.log" >&2 || true
    exit 2
fi

export PLOTBENCH_TEST_PG_URL="postgresql://plotbench:${password}@127.0.0.1:${port}/postgres?sslmode=disable"
echo "with-postgres.sh: PostgreSQL 15 on 127.0.0.1:${port} (cluster in $work)" >&2
# In the background so that a signal reaches the trap at once (bash runs traps only between
# commands); the trap then stops the command and the server.
status=0
"$@" &
child=$!
wait "$child" || status=$?
child=
exit "$status"
