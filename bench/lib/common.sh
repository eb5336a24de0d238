# Shared by the benchmark scripts: a database and a Liberty server of their own, and wrk.
. "$(dirname "${BASH_SOURCE[0]}")/../../bin/lib/postgres.sh"

BENCH_PORT="${BENCH_PORT:-9580}"
BENCH_SERVER="${BENCH_SERVER:-benchServer}"
BENCH_BASE="http://127.0.0.1:$BENCH_PORT"

ensure_wrk() {
    if ! command -v wrk >/dev/null; then
        log "Installing wrk from the OS packages"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq wrk >/dev/null
    fi
}

# start_bench_server DB [extra env...]: builds the WAR and starts it on its own server against DB.
start_bench_server() {
    local db="$1"; shift
    ensure_local_postgres
    ensure_database "$db" fresh
    log "Starting server $BENCH_SERVER on port $BENCH_PORT against database $db"
    # A server directory left by an earlier run keeps Liberty's annotation cache, which can miss classes rebuilt
    # since (the REST API then answers 404): every run starts from a clean work area.
    rm -rf "target/liberty/wlp/usr/servers/$BENCH_SERVER/workarea"
    use_local_database "$db"
    env HTTP_PORT="$BENCH_PORT" "$@" \
        mvn -q -B -DskipTests -Dliberty.server="$BENCH_SERVER" package liberty:create liberty:install-feature \
        liberty:deploy liberty:start >/dev/null
    for _ in $(seq 1 600); do
        if curl -fs "$BENCH_BASE/health/started" >/dev/null 2>&1; then
            log "Server started"
            return 0
        fi
        sleep 1
    done
    log "Server did not start; see target/liberty/wlp/usr/servers/$BENCH_SERVER/logs/messages.log"
    return 1
}

stop_bench_server() {
    mvn -q -B -Dliberty.server="$BENCH_SERVER" liberty:stop >/dev/null 2>&1 || true
}

# wrk_p50_p95 URL [connections] [seconds] [extra wrk args...]: prints "p50_ms p95_ms requests_per_second".
wrk_p50_p95() {
    local url="$1" conns="${2:-50}" secs="${3:-15}"; shift 3 || true
    local script
    script=$(mktemp --suffix=.lua)
    cat > "$script" <<'LUA'
done = function(summary, latency, requests)
    io.write(string.format("RESULT %.1f %.1f %.1f %d %d\n", latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, summary.requests / (summary.duration / 1000000),
        summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
    wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s -s "$script" "$@" "$url" | awk '/^RESULT/ {print $2, $3, $4, $5, $6}'
    rm -f "$script"
}
