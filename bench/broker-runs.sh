# Shared by bench/broker-throughput.sh and bench/worker-postgres.sh (sourced, not run): the
# reports to publish, a fresh nats-server on 127.0.0.1, and one timed run of N workers.
# Expects $work (a temporary directory) and sets $sources, $url, $nats.
sources=("$@")
[ ${#sources[@]} -gt 0 ] || sources=(../shared/data/corpora/reuters21578/reut2-00{0,1,2,3,4}.sgm)
./sitrep --help >/dev/null   # publish first, outside the timings
port=$((40000 + RANDOM % 20000))
url="nats://127.0.0.1:$port"
nats=

# A fresh broker for each run: its duplicate window would otherwise drop the reports published again.
fresh_broker() {
  [ -z "$nats" ] || { kill "$nats"; wait "$nats" 2>/dev/null || true; }
  rm -rf "$work/js"
  nats-server -js -sd "$work/js" -a 127.0.0.1 -p "$port" >"$work/nats.log" 2>&1 &
  nats=$!
  sleep 1
}

# Publishes the reports to a fresh broker and runs N workers into DB until the queue is idle.
# Sets $published_s (time to publish) and $total (publishing to the end of the last worker's
# last batch or merge; its wait for more reports at the end is no work).
run_workers() {
  local n=$1 db=$2 start published last i p
  local pids=()
  fresh_broker
  start=$(date +%s.%N)
  ./sitrep ingest "${sources[@]}" --broker "$url" | tail -n 1
  published=$(date +%s.%N)
  for i in $(seq 1 "$n"); do
    ./sitrep worker --broker "$url" --db "$db" --stop-when-idle 3 >"$work/worker$i.log" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p"; done
  last=$(grep -ho "done after [0-9.]*" "$work"/worker*.log | awk '{ if ($3 > m) m = $3 } END { print m }')
  published_s=$(echo "$published - $start" | bc)
  total=$(echo "$published - $start + $last" | bc)
}

# Each worker's last line: stored, skipped, failed, and its time on the broker and in the store.
worker_lines() {
  local i
  for i in $(seq 1 "$1"); do echo "    worker $i: $(tail -n 1 "$work/worker$i.log")"; done
}
