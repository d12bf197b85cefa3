# Sourced by test.sh and bench/run: installs (Debian packages) and starts a throw-away PostgreSQL cluster on
# loopback, exports ORIENTIR_TEST_PG with its connection string, and stops it when the calling script exits.
# PostgreSQL refuses to run as root, so the cluster belongs to the package's `postgres` user when there is one.

local_postgres_install() {
  local pg_bin
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    apt_install postgresql
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  LOCAL_PG_BIN=$pg_bin
}

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing $* (Debian packages)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

local_postgres_start() {
  local_postgres_install
  local pg_user=postgres
  id "$pg_user" >/dev/null 2>&1 || pg_user=$(id -un)
  LOCAL_PG_USER=$pg_user
  LOCAL_PG_DIR=$(mktemp -d /tmp/orientir-pg.XXXXXX)
  local port=${ORIENTIR_TEST_PG_PORT:-55432}
  while (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
  chown "$pg_user" "$LOCAL_PG_DIR"
  as_local_pg "$LOCAL_PG_BIN/initdb" -D "$LOCAL_PG_DIR/data" -U orientir --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Durability is traded away: the cluster lives for one run of tests or benchmarks.
  as_local_pg "$LOCAL_PG_BIN/pg_ctl" -D "$LOCAL_PG_DIR/data" -l "$LOCAL_PG_DIR/log" -w \
    -o "-h 127.0.0.1 -p $port -k $LOCAL_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null
  trap local_postgres_stop EXIT
  export ORIENTIR_TEST_PG="Host=127.0.0.1;Port=$port;Username=orientir;Database=postgres"
}

as_local_pg() {
  if [ "$(id -un)" = "$LOCAL_PG_USER" ]; then "$@"; else su "$LOCAL_PG_USER" -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

local_postgres_stop() {
  [ -n "${LOCAL_PG_DIR:-}" ] || return 0
  as_local_pg "$LOCAL_PG_BIN/pg_ctl" -D "$LOCAL_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$LOCAL_PG_DIR"
  LOCAL_PG_DIR=""
}
