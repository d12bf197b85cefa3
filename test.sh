#!/usr/bin/env bash
# Runs every Orientir test. Installs what the tests need when it is missing (PostgreSQL, Chromium, a Cyrillic
# font and poppler-utils, from Debian packages), starts a private PostgreSQL on loopback for the data-layer tests,
# and stops it afterwards. Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Import).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
source scripts/local-postgres.sh

missing=()
command -v chromium >/dev/null || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# The PDF report tests read the printed pages back with poppler's pdfinfo, pdftotext and pdftoppm.
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

local_postgres_start
export ORIENTIR_CHROMIUM=${ORIENTIR_CHROMIUM:-$(command -v chromium)}
echo "test.sh: PostgreSQL at $ORIENTIR_TEST_PG; Chromium at $ORIENTIR_CHROMIUM"

dotnet build Orientir.slnx -c Release -v quiet -nologo
results=$(mktemp -d)
status=0
dotnet test Orientir.slnx -c Release --no-build -v quiet -nologo --logger "trx" --results-directory "$results" "$@" || status=$?
# One closing line over all test projects, in the plain form CI reads.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  s=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${s:-0}))
done
rm -rf "$results"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
