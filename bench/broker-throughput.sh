#!/usr/bin/env bash
# Throughput through the broker: the same reports ingested by one process (sitrep ingest
# --workers 1), then published to a NATS JetStream work queue and taken by 1, 2 and 3 'sitrep
# worker' processes (one pipeline each) into a fresh SQLite store, with each worker's time on the
# broker and in the store. nats-server runs on 127.0.0.1 with its store in a temporary directory.
# Usage: bench/broker-throughput.sh [SOURCES...]  (default: Reuters-21578 reut2-000..004.sgm)
set -euo pipefail
cd "$(dirname "$0")/.."
sources=("$@")
[ ${#sources[@]} -gt 0 ] || sources=(../shared/data/corpora/reuters21578/reut2-00{0,1,2,3,4}.sgm)
./sitrep --help >/dev/null   # publish first, outside the timings
work=$(mktemp -d /tmp/sitrep-broker-bench.XXXXXX)
port=$((40000 + RANDOM % 20000))
url="nats://127.0.0.1:$port"
idle=3
nats=
# A fresh broker for each run: its duplicate window would otherwise drop the reports published again.
fresh_broker() {
  [ -z "$nats" ] || { kill "$nats"; wait "$nats" 2>/dev/null || true; }
  rm -rf "$work/js"
  nats-server -js -sd "$work/js" -a 127.0.0.1 -p "$port" >"$work/nats.log" 2>&1 &
  nats=$!
  sleep 1
}
trap '[ -z "$nats" ] || kill $nats 2>/dev/null; rm -rf "$work"' EXIT

start=$(date +%s.%N)
./sitrep ingest "${sources[@]}" --workers 1 --db "$work/direct.db" | tail -n 1
end=$(date +%s.%N)
direct=$(echo "$end - $start" | bc)
docs=$(sqlite3 "$work/direct.db" "select count(*) from documents" 2>/dev/null || python3 -c "import sqlite3;print(sqlite3.connect('$work/direct.db').execute('select count(*) from documents').fetchone()[0])")
echo "single process: $docs reports in ${direct} s: $(echo "scale=0; $docs / $direct" | bc) reports/s"

for n in 1 2 3; do
  rm -f "$work"/w.db*
  fresh_broker
  start=$(date +%s.%N)
  ./sitrep ingest "${sources[@]}" --broker "$url" | tail -n 1
  published=$(date +%s.%N)
  pids=()
  for i in $(seq 1 "$n"); do
    ./sitrep worker --broker "$url" --db "$work/w.db" --stop-when-idle "$idle" >"$work/worker$i.log" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  # From the start of publishing to the moment the last worker finished its last batch or merge
  # (its wait for more reports at the end is no work).
  last=$(grep -ho "done after [0-9.]*" "$work"/worker*.log | awk '{ if ($3 > m) m = $3 } END { print m }')
  total=$(echo "$published - $start + $last" | bc)
  stored=$(python3 -c "import sqlite3;print(sqlite3.connect('$work/w.db').execute('select count(*) from documents').fetchone()[0])")
  echo "$n worker(s): $stored reports in ${total} s (publishing $(echo "$published - $start" | bc) s): $(echo "scale=0; $stored / $total" | bc) reports/s"
  for i in $(seq 1 "$n"); do echo "    worker $i: $(tail -n 1 "$work/worker$i.log")"; done
done
