#!/usr/bin/env bash
# The import at scale (issue 8): generates a package of SCHOOLS schools × YEARS years and loads its results files,
# one process each, with Orientir into SQLite and into PostgreSQL, with DuckDB (read_csv into a table) and with
# pandas (read_csv + to_sql into SQLite through sqlite3, and into the same PostgreSQL through SQLAlchemy); prints a Markdown table of works per second, the ratios
# to DuckDB and pandas, and each process's peak memory (max RSS by /usr/bin/time; for Orientir, its store apart from
# the recomputation of the indicators that follows the commit).
# Usage: bench/import.sh [SCHOOLS] [YEARS] [LOADERS]   (defaults 3000, 5, sqlite,postgres,duckdb,pandas,pandas-postgres)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
source scripts/local-postgres.sh
schools=${1:-3000}
years=${2:-5}
loaders=${3:-sqlite,postgres,duckdb,pandas,pandas-postgres}
last_year=2025
year_list=$(seq -s, $((last_year - years + 1)) $last_year)
[ -x /usr/bin/time ] || apt_install time
if [[ $loaders == *pandas* ]]; then
  /usr/bin/python3 -c 'import pandas' 2>/dev/null || apt_install python3-pandas
fi
if [[ $loaders == *pandas-postgres* ]]; then
  /usr/bin/python3 -c 'import sqlalchemy, psycopg2' 2>/dev/null || apt_install python3-sqlalchemy python3-psycopg2
fi
[[ $loaders != *postgres* ]] || local_postgres_start

work=$(mktemp -d /tmp/orientir-import-bench.XXXXXX)
trap '[[ $loaders != *postgres* ]] || local_postgres_stop; rm -rf "$work"' EXIT
dotnet build src/Orientir.Cli -c Release -v quiet -nologo -o "$work/cli" >/dev/null
dotnet build bench/Orientir.Bench -c Release -v quiet -nologo -o "$work/bench" >/dev/null
dotnet "$work/cli/orientir.dll" demo generate --out "$work/package" --schools "$schools" --years "$year_list" >/dev/null
echo "package: $schools schools, years $year_list, $(du -sh "$work/package/results" | cut -f1) of results files" >&2

# Runs one loader under /usr/bin/time and adds its peak memory to the JSON line it prints.
measure() {
  /usr/bin/time -f '%M' -o "$work/peak" "$@" > "$work/line"
  /usr/bin/python3 -c 'import json, sys
line = json.loads(open(sys.argv[1]).read())
line["peak_kb"] = int(open(sys.argv[2]).read().split()[-1])
print(json.dumps(line))' "$work/line" "$work/peak" >> "$work/results.jsonl"
}

: > "$work/results.jsonl"
for loader in ${loaders//,/ }; do
  sync
  case $loader in
    sqlite) measure dotnet "$work/bench/Orientir.Bench.dll" import "$work/package" "Data Source=$work/bench.db" ;;
    postgres)
      pg_port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$ORIENTIR_TEST_PG")
      psql -h 127.0.0.1 -p "$pg_port" -U orientir -d postgres -qc "CREATE DATABASE orientir_import_bench" >/dev/null
      measure dotnet "$work/bench/Orientir.Bench.dll" import "$work/package" \
        "Host=127.0.0.1;Port=$pg_port;Username=orientir;Database=orientir_import_bench" ;;
    duckdb) measure dotnet "$work/bench/Orientir.Bench.dll" duckdb "$work/package" "$work/bench.duckdb" ;;
    pandas) measure /usr/bin/python3 bench/pandas_to_sql.py "$work/package" "$work/pandas.sqlite" ;;
    pandas-postgres)
      pg_port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$ORIENTIR_TEST_PG")
      psql -h 127.0.0.1 -p "$pg_port" -U orientir -d postgres -qc "CREATE DATABASE orientir_pandas_bench" >/dev/null
      measure /usr/bin/python3 bench/pandas_to_sql.py "$work/package" "postgresql+psycopg2://orientir@127.0.0.1:$pg_port/orientir_pandas_bench" ;;
    *) echo "unknown loader: $loader" >&2; exit 2 ;;
  esac
done
/usr/bin/python3 bench/import_report.py "$work/results.jsonl"
