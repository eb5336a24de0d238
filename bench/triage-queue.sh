#!/usr/bin/env bash
# Triage at scale, in one run: loads a 60,000-location register and 1,000,000 notifications into a fresh
# database, starts the application on it, and measures
#   1. the triage queue's first page and a filtered page (p50/p95 with 50 concurrent users, wrk);
#   2. notification intake through POST /api/v1/notifications (single and batches of 50) next to PostgreSQL's
#      raw single-row insert rate on the same machine (pgbench), printed as ratios.
# Targets: queue p95 <= 150 ms; intake >= 30% of the raw insert rate. Cleans up after itself.
#   BENCH_DB (inspectorate_bench_triage)  BENCH_PORT (9590)  BENCH_NOTIFICATIONS (1000000)  BENCH_SECONDS (20)
set -euo pipefail
cd "$(dirname "$0")/.."
. bin/lib/postgres.sh

DB="${BENCH_DB:-inspectorate_bench_triage}"
PORT="${BENCH_PORT:-9590}"
N="${BENCH_NOTIFICATIONS:-1000000}"
SECONDS_EACH="${BENCH_SECONDS:-20}"
BASE="http://127.0.0.1:$PORT"
KEY_A="insp_demo-provider-a-key-0000000000000000"
LOG=target/bench-triage.log
mkdir -p target

if ! command -v wrk >/dev/null; then
    log "Installing wrk from the OS packages"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null
fi
command -v pgbench >/dev/null || { DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql-client >/dev/null; }

ensure_local_postgres
ensure_database "$DB" fresh
psql_db() { psql -h 127.0.0.1 -U inspectorate -d "$DB" -v ON_ERROR_STOP=1 -Atq "$@"; }

stop_server() {
    DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" target/liberty/wlp/bin/server stop defaultServer >/dev/null 2>&1 || true
}
cleanup() {
    stop_server
    pg_admin -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

log "Building and starting the application on port $PORT with a 60,000-location demo register (a few minutes)"
use_local_database "$DB"
# The risk view's full refresh (every location, in the background) runs once after start-up and not again during
# the measurements; the script waits for that first one to finish before measuring.
export HTTP_PORT="$PORT" INSPECTORATE_DEMO=true INSPECTORATE_DEMO_LOCATIONS=60000 DB_POOL_MAX=40 \
    INSPECTORATE_PLANNING_REFRESH_MINUTES=240
mvn -q -B -DskipTests package liberty:create liberty:install-feature liberty:deploy liberty:start >"$LOG" 2>&1
for _ in $(seq 1 600); do
    curl -fs "$BASE/health/started" >/dev/null 2>&1 && break
    sleep 2
done
curl -fs "$BASE/health/ready" >/dev/null || { log "The application did not start; see $LOG"; exit 1; }

log "Generating $N notifications over $(psql_db -c 'select count(*) from location') locations"
start=$(date +%s)
psql -h 127.0.0.1 -U inspectorate -d "$DB" -v ON_ERROR_STOP=1 -q -v n="$N" -f bench/sql/generate-notifications.sql
log "Generated in $(( $(date +%s) - start )) s"

# A manager's browser session, signed in through the real sign-in page, for the staff API.
jar=$(mktemp)
page=$(curl -s -c "$jar" -b "$jar" "$BASE/sign-in.xhtml")
state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
nonce=$(printf '%s' "$page" | grep -o "PrimeFaces.csp.init('[^']*')" | head -1 | sed "s/.*init('//; s/')//")
curl -s -o /dev/null -c "$jar" -b "$jar" "$BASE/sign-in.xhtml" --data-urlencode "signin=signin" \
    --data-urlencode "signin:email=manager@inspectorate.local" --data-urlencode "signin:password=demo-password-2026" \
    --data-urlencode "signin:next=" --data-urlencode "signin:submit=signin:submit" --data-urlencode "signin_SUBMIT=1" \
    --data-urlencode "jakarta.faces.ViewState=$state" --data-urlencode "primefaces.nonce=$nonce"
cookie=$(awk '$6 == "INSPECTORATE_SESSION" {print $7}' "$jar")
[ -n "$cookie" ] || { log "Could not sign in"; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -b "INSPECTORATE_SESSION=$cookie" "$BASE/api/v1/staff/triage")
[ "$status" = 200 ] || { log "The staff API answered $status"; exit 1; }

log "Waiting for the risk view's start-up refresh to finish"
for _ in $(seq 1 300); do
    status=$(curl -s -b "INSPECTORATE_SESSION=$cookie" "$BASE/api/v1/staff/planning/risk/refresh")
    case "$status" in *'"lastCompleted":"'*) case "$status" in *'"running":false'*) break ;; esac ;; esac
    sleep 2
done

# Start the measurements from a settled database: the generated rows and the risk view's vacuumed and analysed,
# and their pages written out by a checkpoint now rather than by one in the middle of a measurement.
psql_db -c "vacuum analyze" 2>/dev/null || true
pg_admin -d "$DB" -c "checkpoint" >/dev/null

queue() {  # queue NAME PATH
    curl -s -o /dev/null -b "INSPECTORATE_SESSION=$cookie" "$BASE$2"   # warm up this query
    wrk -t2 -c50 -d10s -H "Cookie: INSPECTORATE_SESSION=$cookie" -s bench/lua/percentiles.lua "$BASE$2" >/dev/null
    wrk -t2 -c50 -d"${SECONDS_EACH}s" -H "Cookie: INSPECTORATE_SESSION=$cookie" -s bench/lua/percentiles.lua "$BASE$2" \
        | grep '^RESULT' | sed "s/^RESULT/$1/"
}
log "Measuring the triage queue with 50 concurrent users"
first=$(queue first_page "/api/v1/staff/triage")
filtered=$(queue filtered_page "/api/v1/staff/triage?team=ADULT_SOCIAL_CARE&region=LONDON&state=NEW&page=3")
open_items=$(psql_db -c "select count(*) from triage_item where state <> 'CLOSED'")

log "Measuring PostgreSQL's raw insert rate (pgbench, one row per transaction)"
psql_db -c "create table bench_raw_insert (id bigserial primary key, provider_id varchar(12), location_id varchar(12),
    type varchar(60), client_key varchar(100), details jsonb, submitted_at timestamptz default now())"
cat > target/bench-insert.sql <<'SQL'
insert into bench_raw_insert (provider_id, location_id, type, client_key, details) values ('1-101234567', '1-507654321', 'POLICE_INCIDENT', md5(random()::text), '{"incidentDate":"2026-01-15","whatHappened":"A visitor was arrested after a disturbance in the car park.","harmLevel":"NO_HARM","actionsTaken":"Visiting arrangements reviewed with the police."}');
SQL
raw=$(pgbench -h 127.0.0.1 -U inspectorate -n -c 16 -j 2 -T "$SECONDS_EACH" -f target/bench-insert.sql "$DB" 2>/dev/null \
    | awk '/^tps/ {print $3}')

locations=$(psql_db -c "select string_agg(l.id, ',') from location l join api_client c on c.provider_id = l.provider_id
    where c.name like 'Provider A%'")
export API_KEY="$KEY_A" LOCATIONS="$locations" EVENT_DATE="$(date -d yesterday +%F)"
intake() {  # intake NAME BATCH CONNECTIONS
    before=$(psql_db -c "select count(*) from notification")
    t0=$(date +%s.%N)
    result=$(BATCH="$2" RUN="$1-$$" wrk -t2 -c"$3" -d"${SECONDS_EACH}s" -s bench/lua/intake.lua "$BASE/api/v1/notifications" | grep '^RESULT')
    t1=$(date +%s.%N)
    after=$(psql_db -c "select count(*) from notification")
    stored=$(( after - before ))
    rate=$(awk -v s="$stored" -v a="$t0" -v b="$t1" 'BEGIN {printf "%.0f", s / (b - a)}')
    echo "$1 ${result#RESULT } stored=$stored notifications_per_s=$rate"
}
log "Measuring intake through the REST endpoint"
BATCH=1 RUN=warm wrk -t2 -c8 -d5s -s bench/lua/intake.lua "$BASE/api/v1/notifications" >/dev/null
single=$(intake intake_single 1 16)
batched=$(intake intake_batch50 50 4)

value() { printf '%s\n' "$1" | tr ' ' '\n' | awk -F= -v k="$2" '$1 == k {print $2}'; }
single_rate=$(value "$single" notifications_per_s)
batch_rate=$(value "$batched" notifications_per_s)
cat <<REPORT

Machine: $(nproc) cores; load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every figure)

== Triage queue: $N notifications, $open_items open items, 60,000 locations, 50 concurrent users ==
$first
$filtered
target: p95 <= 150 ms on both   -> first page $(awk -v p="$(value "$first" p95_ms)" 'BEGIN {print (p <= 150) ? "MET" : "MISSED"}'), filtered page $(awk -v p="$(value "$filtered" p95_ms)" 'BEGIN {print (p <= 150) ? "MET" : "MISSED"}')

== Intake through POST /api/v1/notifications, against PostgreSQL's raw insert rate ==
raw_insert (pgbench, 16 clients, one row per transaction): $raw rows/s
$single
$batched
single notifications: $(awk -v a="$single_rate" -v b="$raw" 'BEGIN {printf "%.0f%%", 100 * a / b}') of the raw insert rate
batches of 50:        $(awk -v a="$batch_rate" -v b="$raw" 'BEGIN {printf "%.0f%%", 100 * a / b}') of the raw insert rate   (target >= 30%)
REPORT
