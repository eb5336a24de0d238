#!/usr/bin/env bash
# Risk-based planning at 60,000 locations: how long the full risk refresh takes (every registered location's
# signals, rules and upsert, in chunks of 500), and the latency of the risk view's pages under 50 concurrent
# users (first page, a team and region, a deep page, re-inspection deadlines). Starts its own database and server.
#   BENCH_LOCATIONS (60000)  BENCH_NOTIFICATIONS (200000)  BENCH_SECONDS per query (15)  BENCH_CONNECTIONS (50)
#   BENCH_PORT / BENCH_SERVER: the server's port and name (bench/lib/common.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib/common.sh

LOCATIONS="${BENCH_LOCATIONS:-60000}"
N="${BENCH_NOTIFICATIONS:-200000}"
SECONDS_EACH="${BENCH_SECONDS:-15}"
CONNS="${BENCH_CONNECTIONS:-50}"
DB=inspectorate_bench_risk
psql_db() { psql -h 127.0.0.1 -U inspectorate -d "$DB" -v ON_ERROR_STOP=1 -Atq "$@"; }

ensure_wrk
cleanup() { stop_bench_server; pg_admin -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true; }
trap cleanup EXIT
start_bench_server "$DB" INSPECTORATE_DEMO=true INSPECTORATE_DEMO_LOCATIONS="$LOCATIONS" \
    INSPECTORATE_PLANNING_REFRESH_MINUTES=600
log "Generating $N notifications"
psql -h 127.0.0.1 -U inspectorate -d "$DB" -v ON_ERROR_STOP=1 -q -v n="$N" -f bench/sql/generate-notifications.sql

# A manager's browser session, signed in through the real sign-in page, for the staff API.
jar=$(mktemp)
page=$(curl -s -c "$jar" -b "$jar" "$BENCH_BASE/sign-in.xhtml")
state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
nonce=$(printf '%s' "$page" | grep -o "PrimeFaces.csp.init('[^']*')" | head -1 | sed "s/.*init('//; s/')//")
curl -s -o /dev/null -c "$jar" -b "$jar" "$BENCH_BASE/sign-in.xhtml" --data-urlencode "signin=signin" \
    --data-urlencode "signin:email=manager@inspectorate.local" --data-urlencode "signin:password=demo-password-2026" \
    --data-urlencode "signin:next=" --data-urlencode "signin:submit=signin:submit" --data-urlencode "signin_SUBMIT=1" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
cookie=$(awk '$6 == "INSPECTORATE_SESSION" {print $7}' "$jar")
[ -n "$cookie" ] || { log "Could not sign in"; exit 1; }
api() { curl -s -b "INSPECTORATE_SESSION=$cookie" "$@"; }

log "Waiting for the start-up refresh to finish, then timing a full refresh"
for _ in $(seq 1 900); do
    api "$BENCH_BASE/api/v1/staff/planning/risk/refresh" | grep -q '"running":false' && break
    sleep 1
done
t0=$(date +%s.%N)
api -X POST "$BENCH_BASE/api/v1/staff/planning/risk/refresh" >/dev/null
sleep 1
for _ in $(seq 1 1800); do
    api "$BENCH_BASE/api/v1/staff/planning/risk/refresh" | grep -q '"running":false' && break
    sleep 0.5
done
t1=$(date +%s.%N)
rows=$(psql_db -c "select count(*) from location_risk")
refresh=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')

queries=(
    "risk view, first page|/api/v1/staff/planning/risk?perPage=20"
    "team + region|/api/v1/staff/planning/risk?team=ADULT_SOCIAL_CARE&region=LONDON&perPage=20"
    "deep page (1,000)|/api/v1/staff/planning/risk?page=1000&perPage=20"
    "re-inspection deadlines|/api/v1/staff/planning/reinspections?perPage=20"
)
for q in "${queries[@]}"; do api -o /dev/null "$BENCH_BASE${q#*|}"; done

printf '\nMachine: %s cores; load average: %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'Full risk refresh: %s locations in %s s\n' "$rows" "$refresh"
printf '\nRisk view, %s concurrent users, %ss per query\n' "$CONNS" "$SECONDS_EACH"
printf '%-30s %10s %10s %10s %8s\n' "query" "p50 ms" "p95 ms" "req/s" "errors"
for q in "${queries[@]}"; do
    read -r p50 p95 rps status errs <<<"$(wrk_p50_p95 "$BENCH_BASE${q#*|}" "$CONNS" "$SECONDS_EACH" \
        -H "Cookie: INSPECTORATE_SESSION=$cookie")"
    printf '%-30s %10s %10s %10s %8s\n' "${q%%|*}" "$p50" "$p95" "$rps" "$((status + errs))"
done
