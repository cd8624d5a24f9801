#!/usr/bin/env bash
# The development models: the shipped event classifier (models/events.bin) and learned event words
# (data/event-words.tsv) read every PLV sentence (`train events --all`, `train event-words --all`),
# so a score on PLV's held-out fifth with them is no held-out score. This builds the same two from
# the four fifths alone into artifacts/dev/ (a copy of data/ and models/), for measuring:
#   ./sitrep eval events --format plv --plv-part held-out --data artifacts/dev/data ../shared/data/events/plover-sentences/PLV_train.tsv
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
dev=artifacts/dev
rm -rf "$dev"
mkdir -p "$dev/models"
cp -r data "$dev/data"
cp models/ner.bin models/parser.bin "$dev/models/"
./sitrep train event-words --out "$dev/data/event-words.tsv"
./sitrep train events --data "$dev/data" --out "$dev/models/events.bin"
echo "development models in $dev (add --data $dev/data to sitrep eval)"
