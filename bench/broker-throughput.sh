#!/usr/bin/env bash
# Throughput through the broker: the same reports ingested by one process (sitrep ingest
# --workers 1), then published to a NATS JetStream work queue and taken by 1, 2 and 3 'sitrep
# worker' processes (one pipeline each) into a fresh SQLite store, with each worker's time on the
# broker and in the store. nats-server runs on 127.0.0.1 with its store in a temporary directory.
# Usage: bench/broker-throughput.sh [SOURCES...]  (default: Reuters-21578 reut2-000..004.sgm)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/sitrep-broker-bench.XXXXXX)
source bench/broker-runs.sh
trap '[ -z "$nats" ] || kill $nats 2>/dev/null; rm -rf "$work"' EXIT
count() { python3 -c "import sqlite3;print(sqlite3.connect('$1').execute('select count(*) from documents').fetchone()[0])"; }

start=$(date +%s.%N)
./sitrep ingest "${sources[@]}" --workers 1 --db "$work/direct.db" | tail -n 1
end=$(date +%s.%N)
direct=$(echo "$end - $start" | bc)
docs=$(count "$work/direct.db")
echo "single process: $docs reports in ${direct} s: $(echo "scale=0; $docs / $direct" | bc) reports/s"

for n in 1 2 3; do
  rm -f "$work"/w.db*
  run_workers "$n" "$work/w.db"
  stored=$(count "$work/w.db")
  echo "$n worker(s): $stored reports in ${total} s (publishing $published_s s): $(echo "scale=0; $stored / $total" | bc) reports/s"
  worker_lines "$n"
done
