#!/usr/bin/env bash
# The analytic reports (issue 7) on a generated region: `orientir report` timed as an operator runs it (one process
# per report: start, build, render, print, audit) for the region to PDF and XLSX, a municipality and a school, after
# the import and the published lists of the latest year; then the region report's data stage in process, stage by
# stage, against the DuckDB peer computing the report's main table (per procedure × municipality: participants, mean
# primary score, share of «2») from the same package's files, with the agreement of the two checked.
# SQLite always; PostgreSQL too when ORIENTIR_BENCH_PG (or the tests' ORIENTIR_TEST_PG) names a server to create a
# database on. Usage: bench/reports.sh [SCHOOLS]   (default 1000). Prints Markdown tables (bench/reports.py).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
schools=${1:-1000}
pg=${ORIENTIR_BENCH_PG:-${ORIENTIR_TEST_PG:-}}
pg_database=orientir_bench_reports

work=$(mktemp -d /tmp/orientir-reports.XXXXXX)
cleanup() {
  if [ -n "$pg" ]; then psql_admin -qc "DROP DATABASE IF EXISTS $pg_database" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
psql_admin() {
  local host port user
  host=$(sed -n 's/.*Host=\([^;]*\).*/\1/p' <<<"$pg")
  port=$(sed -n 's/.*Port=\([0-9]*\).*/\1/p' <<<"$pg")
  user=$(sed -n 's/.*Username=\([^;]*\).*/\1/p' <<<"$pg")
  psql -h "${host:-127.0.0.1}" -p "${port:-5432}" -U "${user:-postgres}" -d postgres "$@"
}

dotnet build src/Orientir.Cli -c Release -v quiet -nologo -o "$work/cli" >/dev/null
dotnet build bench/Orientir.Bench -c Release -v quiet -nologo -o "$work/bench" >/dev/null
orientir() { COLUMNS=400 dotnet "$work/cli/orientir.dll" "$@"; }
orientir demo generate --out "$work/package" --schools "$schools" --years 2023,2024,2025 >/dev/null
year=$(awk -F';' 'NR > 1 { print $5 }' "$work/package/procedures.csv" | sort -n | tail -n 1)
municipality=$(awk -F';' 'NR == 2 { print $1 }' "$work/package/municipalities.csv")
school=$(awk -F';' 'NR == 2 { print $1 }' "$work/package/schools.csv")
results="$work/results.jsonl"
: > "$results"

# One timed run of the CLI as a JSON line: wall seconds, exit code, the file's size and the CLI's own «Этапы» line.
timed() {
  local provider=$1 what=$2 file=$3; shift 3
  local start end code=0
  start=$(date +%s.%N)
  orientir "$@" > "$work/out.txt" 2>&1 || code=$?
  end=$(date +%s.%N)
  /usr/bin/python3 - "$provider" "$what" "$start" "$end" "$code" "$file" "$work/out.txt" >> "$results" <<'PY'
import json, os, re, sys
provider, what, start, end, code, file, out = sys.argv[1:]
text = open(out, encoding="utf-8").read()
stages = re.search(r"Этапы: (.*)", text)
pages = re.search(r"страниц: (\d+)", text)
print(json.dumps({"measure": "cli", "provider": provider, "what": what, "seconds": float(end) - float(start), "exit": int(code),
                  "bytes": os.path.getsize(file) if file and os.path.exists(file) else None,
                  "pages": int(pages.group(1)) if pages else None, "stages": stages.group(1) if stages else None,
                  "problem": None if int(code) == 0 else text.strip()[-300:]}, ensure_ascii=False))
PY
}

run_provider() {
  local provider=$1 db=$2
  timed "$provider" "import (3 years)" "" import "$work/package" --db "$db"
  timed "$provider" "analyze schools $year (lists)" "" analyze schools --year "$year" --db "$db"
  timed "$provider" "report region → PDF" "$work/$provider-region.pdf" report region --year "$year" --out "$work/$provider-region.pdf" --db "$db"
  timed "$provider" "report region → XLSX" "$work/$provider-region.xlsx" report region --year "$year" --out "$work/$provider-region.xlsx" --db "$db"
  timed "$provider" "report municipality $municipality → PDF" "$work/$provider-municipality.pdf" report municipality --code "$municipality" --year "$year" --out "$work/$provider-municipality.pdf" --db "$db"
  timed "$provider" "report municipality $municipality → XLSX" "$work/$provider-municipality.xlsx" report municipality --code "$municipality" --year "$year" --out "$work/$provider-municipality.xlsx" --db "$db"
  timed "$provider" "report school $school → PDF" "$work/$provider-school.pdf" report school --code "$school" --year "$year" --out "$work/$provider-school.pdf" --db "$db"
  timed "$provider" "report school $school → XLSX" "$work/$provider-school.xlsx" report school --code "$school" --year "$year" --out "$work/$provider-school.xlsx" --db "$db"
  dotnet "$work/bench/Orientir.Bench.dll" report-data "$db" "$year" >> "$results"
}

run_provider Sqlite "Data Source=$work/reports.db"
if [ -n "$pg" ]; then
  psql_admin -qc "DROP DATABASE IF EXISTS $pg_database" >/dev/null
  psql_admin -qc "CREATE DATABASE $pg_database" >/dev/null
  run_provider Postgres "$(sed "s/Database=[^;]*/Database=$pg_database/" <<<"$pg")"
fi
dotnet "$work/bench/Orientir.Bench.dll" duckdb-report-data "$work/package" "$year" >> "$results"

/usr/bin/python3 bench/reports.py "$results" "$schools" "$year"
