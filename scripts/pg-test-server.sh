#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the PostgreSQL store's tests and benchmark.
#
#   eval "$(scripts/pg-test-server.sh start)"   # prints: export BITEXT_TEST_PG_URL=postgres://…
#   npx vitest run test/memory
#   scripts/pg-test-server.sh stop
#
# The cluster lives in a temporary directory (BITEXT_PG_DIR, default /tmp/bitext-pg-test), listens on
# 127.0.0.1:BITEXT_PG_PORT (default 54329) and on a unix socket in that directory, trusts local
# connections, and has a database `bitext_test` with pg_trgm. initdb refuses to run as root, so as
# root the server runs as the `postgres` user (runuser). `stop` stops it and removes the directory.
set -euo pipefail

BIN=${BITEXT_PG_BIN:-/usr/lib/postgresql/15/bin}
DIR=${BITEXT_PG_DIR:-/tmp/bitext-pg-test}
PORT=${BITEXT_PG_PORT:-54329}
URL="postgres://postgres@127.0.0.1:${PORT}/bitext_test"

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if ! ls /usr/share/postgresql/15/extension/pg_trgm.control >/dev/null 2>&1; then
    echo "pg-test-server: pg_trgm is missing (install postgresql-contrib-15)" >&2
    exit 1
  fi
  if [ -f "$DIR/data/postmaster.pid" ]; then stop; fi
  rm -rf "$DIR"
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
  as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 ||
    { cat "$DIR/initdb.log" >&2; exit 1; }
  as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null ||
    { cat "$DIR/server.log" >&2; exit 1; }
  as_postgres "$BIN/psql" -q -h "$DIR" -p "$PORT" -U postgres -d postgres -c 'CREATE DATABASE bitext_test' >/dev/null
  as_postgres "$BIN/psql" -q -h "$DIR" -p "$PORT" -U postgres -d bitext_test -c 'CREATE EXTENSION pg_trgm' >/dev/null
  echo "export BITEXT_TEST_PG_URL=$URL"
}

stop() {
  if [ -f "$DIR/data/postmaster.pid" ]; then
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null
  fi
  rm -rf "$DIR"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
