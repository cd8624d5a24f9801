#!/usr/bin/env bash
# Workers writing to PostgreSQL: the same reports as bench/broker-throughput.sh, taken by 1 and
# then 2 'sitrep worker' processes into a throwaway PostgreSQL cluster on 127.0.0.1 (Debian's
# packages, fsync on), with each worker's time on the broker and in the database.
# Usage: bench/worker-postgres.sh [SOURCES...]  (default: Reuters-21578 reut2-000..004.sgm)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/sitrep-pg-bench.XXXXXX)
source bench/broker-runs.sh
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgport=$((40000 + RANDOM % 20000))
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$work"; as_pg=(runuser -u postgres --); fi
"${as_pg[@]}" "$pgbin/initdb" -D "$work/data" -U postgres --auth=trust -E UTF8 >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -o "-c listen_addresses=127.0.0.1 -p $pgport -k $work" -l "$work/pg.log" -w start >/dev/null
trap '[ -z "$nats" ] || kill $nats 2>/dev/null; "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1; rm -rf "$work"' EXIT
for n in 1 2; do
  db="bench$n"
  "${as_pg[@]}" "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U postgres "$db"
  run_workers "$n" "postgres://postgres@127.0.0.1:$pgport/$db"
  stored=$(awk '{ s += $1 } END { print s }' <(for i in $(seq 1 "$n"); do tail -n 1 "$work/worker$i.log"; done))
  echo "$n worker(s) into PostgreSQL: $stored reports in ${total} s: $(echo "scale=0; $stored / $total" | bc) reports/s"
  worker_lines "$n"
done
