#!/usr/bin/env bash
# The pipeline measured on every PLV fold in turn: for each fifth of the sentences (index k modulo 5),
# the event classifier and learned event words are built from the other four fifths into
# artifacts/dev-folds/k/ (a copy of data/ and models/, as scripts/dev-models.sh builds fold 4), and
# `sitrep eval events --format plv --plv-part held-out --plv-fold k` reads that fifth. All 1,050
# sentences are then scored by models that never read them: five times the held-out fifth, so a
# change moves the figure less by luck. Prints each fold's figures and their mean.
#   ./scripts/plv-folds.sh [OUT]    (OUT: where each fold's report and outcomes go; default artifacts/dev-folds)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
out=${1:-artifacts/dev-folds}
plv=../shared/data/events/plover-sentences/PLV_train.tsv
mkdir -p "$out"
for k in 0 1 2 3 4; do
  dev=artifacts/dev-folds/$k
  rm -rf "$dev"
  mkdir -p "$dev/models"
  cp -r data "$dev/data"
  cp models/ner.bin models/parser.bin "$dev/models/"
  ./sitrep train event-words --plv-fold $k --out "$dev/data/event-words.tsv" > /dev/null
  ./sitrep train events --plv-fold $k --data "$dev/data" --out "$dev/models/events.bin" > /dev/null
  ./sitrep eval events --format plv --plv-part held-out --plv-fold $k --data "$dev/data" "$plv" \
    --outcomes "$out/fold$k.jsonl" > "$out/fold$k.txt"
done
awk '$1 ~ /^(accuracy|source_found|target_found)$/ { sum[$1] += $2; n[$1]++; each[$1] = each[$1] " " $2 }
     END { for (k in sum) printf "%-13s mean %.3f  folds%s\n", k, sum[k] / n[k], each[k] }' "$out"/fold?.txt | sort
