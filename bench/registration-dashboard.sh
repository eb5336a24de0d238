#!/usr/bin/env bash
# The registration backlog at scale, in one run: loads a demo register and BENCH_APPLICATIONS generated
# applications into a fresh database, starts the application on it, and measures the staff queue's first page
# and the dashboard figures (GET /api/v1/staff/registration/dashboard, the same aggregates as the dashboard
# page and /metrics), each as p50/p95 of sequential requests; then prints the database plans' timings.
#   BENCH_DB (inspectorate_bench_registration)  BENCH_PORT (9481)  BENCH_SERVER (benchRegistration)
#   BENCH_APPLICATIONS (200000)  BENCH_REQUESTS (50)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/lib/postgres.sh

DB="${BENCH_DB:-inspectorate_bench_registration}"
PORT="${BENCH_PORT:-9481}"
N="${BENCH_APPLICATIONS:-200000}"
REQUESTS="${BENCH_REQUESTS:-50}"
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-registration.log
mkdir -p target

ensure_local_postgres
ensure_database "$DB" fresh
psql_db() { psql -h 127.0.0.1 -U inspectorate -d "$DB" -v ON_ERROR_STOP=1 -Atq "$@"; }
SERVER="${BENCH_SERVER:-benchRegistration}"
stop_server() {
    target/liberty/wlp/bin/server stop "$SERVER" >/dev/null 2>&1 || true
}
cleanup() {
    stop_server
    pg_admin -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

log "Building and starting the application on port $PORT (server $SERVER) with a 3,000-location demo register"
use_local_database "$DB"
export HTTP_PORT="$PORT" INSPECTORATE_DEMO=true INSPECTORATE_DEMO_LOCATIONS=3000
mvn -q -B -DskipTests -Dliberty.server="$SERVER" package liberty:create liberty:install-feature liberty:deploy \
    liberty:start >"$LOG" 2>&1
for _ in $(seq 1 600); do
    curl -fs "$BASE/health/started" >/dev/null 2>&1 && break
    sleep 2
done
curl -fs "$BASE/health/ready" >/dev/null || { log "The application did not start; see $LOG"; exit 1; }

log "Generating $N applications"
start=$(date +%s)
psql -h 127.0.0.1 -U inspectorate -d "$DB" -v ON_ERROR_STOP=1 -q -v n="$N" -f bench/sql/generate-applications.sql
log "Generated in $(( $(date +%s) - start )) s; open: $(psql_db -c "select count(*) from registration_application where status not in ('GRANTED','REFUSED','WITHDRAWN','DRAFT')")"

AUTH="registration@inspectorate.local:demo-password-2026"
measure() {
    local name="$1" path="$2" times=()
    curl -fs -u "$AUTH" "$BASE$path" >/dev/null
    for _ in $(seq 1 "$REQUESTS"); do
        times+=("$(curl -fs -u "$AUTH" -o /dev/null -w '%{time_total}' "$BASE$path")")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '{ a[NR] = $1 } END {
        printf "%-28s p50 %4.0f ms   p95 %4.0f ms   (%d requests)\n", name, a[int(NR * 0.5)] * 1000,
               a[int(NR * 0.95)] * 1000, NR }'
}
echo
measure "Staff queue, first page" "/api/v1/staff/registration/applications?perPage=25"
measure "Queue, one status" "/api/v1/staff/registration/applications?status=IN_ASSESSMENT&perPage=25"
measure "Dashboard figures" "/api/v1/staff/registration/dashboard"
echo
log "Database time of the dashboard's heaviest aggregates (explain analyze):"
psql_db -c "explain analyze select status, count(*) from registration_application
            where status in ('SUBMITTED','RETURNED','VALIDATED','IN_ASSESSMENT','PROPOSED','DECIDED','APPEALED')
            group by 1" | grep -E "Execution Time"
psql_db -c "explain analyze select percentile_cont(0.5) within group (order by extract(epoch from decided_at - validated_at))
            from registration_application where decided_at > now() - interval '365 days' and validated_at is not null" \
    | grep -E "Execution Time"
echo "Machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
