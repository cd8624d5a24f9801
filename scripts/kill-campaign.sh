#!/usr/bin/env bash
# The kill -9 campaign: ingests of 160 BBC technology reports killed KILLS times (default 50) at
# random moments (loading, writing, merging), in rounds of one to three kills on one store each
# resumed by the next run, on SQLite and on PostgreSQL (a throwaway cluster, as ./test.sh starts
# one); every round's final database must equal an uninterrupted ingest's. SEED picks the moments.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
SITREP_KILLS="${1:-50}" SITREP_KILL_SEED="${2:-1}" exec "$here/test.sh" --filter "FullyQualifiedName~An_ingest_killed_again_and_again" --logger "console;verbosity=detailed"
