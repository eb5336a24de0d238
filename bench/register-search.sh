#!/usr/bin/env bash
# Register search at 60,000 locations: latency of the paged, filtered location search under 50 concurrent
# clients (the query behind the staff search screen and the public API). Starts its own database and server.
#   BENCH_LOCATIONS (default 60000), BENCH_SECONDS per query (default 15), BENCH_CONNECTIONS (default 50)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/common.sh

LOCATIONS="${BENCH_LOCATIONS:-60000}"
SECONDS_EACH="${BENCH_SECONDS:-15}"
CONNS="${BENCH_CONNECTIONS:-50}"
DB=inspectorate_bench_register

ensure_wrk
trap stop_bench_server EXIT
start_bench_server "$DB" INSPECTORATE_DEMO=true INSPECTORATE_DEMO_LOCATIONS="$LOCATIONS"
count=$(curl -fs "$BENCH_BASE/api/v1/locations?perPage=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
log "Register holds $count locations"

queries=(
    "first page, by name|/api/v1/locations?perPage=20"
    "name contains 'oak'|/api/v1/locations?q=oak&perPage=20"
    "postcode district 'LS1'|/api/v1/locations?q=LS1&perPage=20"
    "region + service type|/api/v1/locations?region=LONDON&serviceType=DOMICILIARY_CARE&perPage=20"
    "activity + status, page 50|/api/v1/locations?activity=PERSONAL_CARE&status=REGISTERED&page=50&perPage=20"
    "deep page (2,000)|/api/v1/locations?page=2000&perPage=20"
    "location by id|/api/v1/locations/1-507654321"
)
for q in "${queries[@]}"; do curl -fs "$BENCH_BASE${q#*|}" >/dev/null || true; done

printf '\nRegister search, %s locations, %s concurrent clients, %ss per query\n' "$count" "$CONNS" "$SECONDS_EACH"
printf '%-36s %10s %10s %10s %8s\n' "query" "p50 ms" "p95 ms" "req/s" "errors"
for q in "${queries[@]}"; do
    read -r p50 p95 rps status errs <<<"$(wrk_p50_p95 "$BENCH_BASE${q#*|}" "$CONNS" "$SECONDS_EACH")"
    printf '%-36s %10s %10s %10s %8s\n' "${q%%|*}" "$p50" "$p95" "$rps" "$((status + errs))"
done
