#!/usr/bin/env bash
# The long hostile-input campaign: COUNT generated inputs (default 10000) through extract, a fifth
# as many through ingest (twice, to check it is idempotent), from SEED (default 1). Prints the
# figures; exits 1 if any input made Sitrep fail other than with a clear reason.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
exec dotnet run -c Release --project "$here/bench/Sitrep.Bench" -- fuzz "${1:-10000}" "${2:-1}"
