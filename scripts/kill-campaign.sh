#!/usr/bin/env bash
# The kill -9 campaign: an ingest of 160 BBC technology reports killed KILLS times (default 50) at random
# moments and resumed each time, on SQLite and on PostgreSQL (a throwaway cluster, as ./test.sh
# starts one); the final database must equal an uninterrupted ingest's. SEED picks the moments.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
SITREP_KILLS="${1:-50}" SITREP_KILL_SEED="${2:-1}" exec "$here/test.sh" --filter "FullyQualifiedName~An_ingest_killed_again_and_again"
