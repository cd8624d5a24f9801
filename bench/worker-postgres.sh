#!/usr/bin/env bash
# Workers writing to PostgreSQL: the same reports as bench/broker-throughput.sh, taken by 1 and
# then 2 'sitrep worker' processes into a throwaway PostgreSQL cluster on 127.0.0.1 (Debian's
# packages, fsync on), with each worker's time on the broker and in the database.
# Usage: bench/worker-postgres.sh [SOURCES...]  (default: Reuters-21578 reut2-000..004.sgm)
set -euo pipefail
cd "$(dirname "$0")/.."
sources=("$@")
[ ${#sources[@]} -gt 0 ] || sources=(../shared/data/corpora/reuters21578/reut2-00{0,1,2,3,4}.sgm)
./sitrep --help >/dev/null   # publish first, outside the timings
work=$(mktemp -d /tmp/sitrep-pg-bench.XXXXXX)
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgport=$((40000 + RANDOM % 20000))
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$work"; as_pg=(runuser -u postgres --); fi
"${as_pg[@]}" "$pgbin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -o "-c listen_addresses=127.0.0.1 -p $pgport -k $work" -l "$work/pg.log" -w start >/dev/null
port=$((40000 + RANDOM % 20000))
url="nats://127.0.0.1:$port"
nats=
trap '[ -z "$nats" ] || kill $nats 2>/dev/null; "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1; rm -rf "$work"' EXIT
for n in 1 2; do
  db="bench$n"
  "${as_pg[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U postgres "$db"
  [ -z "$nats" ] || { kill "$nats"; wait "$nats" 2>/dev/null || true; }
  rm -rf "$work/js"
  nats-server -js -sd "$work/js" -a 127.0.0.1 -p "$port" >"$work/nats.log" 2>&1 &
  nats=$!
  sleep 1
  start=$(date +%s.%N)
  ./sitrep ingest "${sources[@]}" --broker "$url" | tail -n 1
  published=$(date +%s.%N)
  pids=()
  for i in $(seq 1 "$n"); do
    ./sitrep worker --broker "$url" --db "postgres://postgres@127.0.0.1:$pgport/$db" --stop-when-idle 3 >"$work/worker$i.log" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  last=$(grep -ho "done after [0-9.]*" "$work"/worker*.log | awk '{ if ($3 > m) m = $3 } END { print m }')
  stored=$(awk '{ s += $1 } END { print s }' <(for i in $(seq 1 "$n"); do tail -n 1 "$work/worker$i.log"; done))
  total=$(echo "$published - $start + $last" | bc)
  echo "$n worker(s) into PostgreSQL: $stored reports in ${total} s: $(echo "scale=0; $stored / $total" | bc) reports/s"
  for i in $(seq 1 "$n"); do echo "    worker $i: $(tail -n 1 "$work/worker$i.log")"; done
done
