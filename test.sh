#!/usr/bin/env bash
# Runs every Orientir test. Installs what the tests need when it is missing (PostgreSQL, Chromium and a
# Cyrillic font, from Debian packages), starts a private PostgreSQL on loopback for the data-layer tests,
# and stops it afterwards. Extra arguments go to `dotnet test` (e.g. --filter Category=Import).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"

need=()
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || need+=(postgresql)
command -v chromium >/dev/null || need+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  echo "test.sh: installing ${need[*]} (Debian packages)"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# A throw-away cluster owned by an unprivileged user (PostgreSQL refuses to run as root).
pg_user=postgres
id "$pg_user" >/dev/null 2>&1 || pg_user=$(id -un)
pg_dir=$(mktemp -d /tmp/orientir-pg.XXXXXX)
pg_port=${ORIENTIR_TEST_PG_PORT:-55432}
while (exec 3<>/dev/tcp/127.0.0.1/$pg_port) 2>/dev/null; do pg_port=$((pg_port + 1)); done
as_pg() { if [ "$(id -un)" = "$pg_user" ]; then "$@"; else su "$pg_user" -s /bin/sh -c "$(printf '%q ' "$@")"; fi; }
chown "$pg_user" "$pg_dir"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U orientir --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
cleanup() { as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap cleanup EXIT
export ORIENTIR_TEST_PG="Host=127.0.0.1;Port=$pg_port;Username=orientir;Database=postgres"
export ORIENTIR_CHROMIUM=${ORIENTIR_CHROMIUM:-$(command -v chromium)}
echo "test.sh: PostgreSQL on 127.0.0.1:$pg_port, Chromium at $ORIENTIR_CHROMIUM"

dotnet build Orientir.slnx -c Release -v quiet -nologo
dotnet test Orientir.slnx -c Release --no-build -v quiet -nologo "$@"
