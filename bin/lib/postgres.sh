# Shared by bin/run and bin/test: make sure a PostgreSQL server is reachable and a database exists.
# If DB_URL is set, that database is used as it is. Otherwise a local PostgreSQL on 127.0.0.1:5432 is
# started (or installed from the OS packages, then started), and the role and database are created.

log() { printf '\033[1m[inspectorate]\033[0m %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        log "Need root for: $*"; return 1; fi
}

as_postgres() {
    if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -u postgres sh -c "$*"; fi
}

pg_up() {
    if command -v pg_isready >/dev/null; then
        pg_isready -q -h 127.0.0.1 -p 5432 -t 2
    else
        (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
    fi
}

ensure_local_postgres() {
    if pg_up; then
        return 0
    fi
    if ! command -v pg_ctlcluster >/dev/null && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        log "PostgreSQL is not installed: installing it from the OS packages"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
    fi
    if ! pg_up; then
        local version
        version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
        if [ -z "$version" ]; then
            version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
            log "Creating PostgreSQL $version cluster"
            as_root pg_createcluster "$version" main >/dev/null
        fi
        log "Starting PostgreSQL $version"
        as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || as_root pg_ctlcluster "$version" main start
    fi
    for _ in $(seq 1 30); do pg_up && return 0; sleep 1; done
    log "PostgreSQL did not start on 127.0.0.1:5432"
    return 1
}

# psql as a superuser: trust over TCP where that works, else the postgres OS user over the socket.
pg_admin() {
    if psql -h 127.0.0.1 -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
        psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -Atq "$@"
    else
        local args=""
        for a in "$@"; do args="$args '$(printf %s "$a" | sed "s/'/'\\\\''/g")'"; done
        as_postgres "psql -v ON_ERROR_STOP=1 -Atq $args"
    fi
}

# ensure_database NAME [fresh]: creates the roles and database NAME; "fresh" drops it first. Role inspectorate
# owns the schema and runs the migrations; inspectorate_app is the server's role, which may only insert and read
# the audit trail (the grants are applied by the migrations).
ensure_database() {
    local db="$1" fresh="${2:-}"
    pg_admin -d postgres -c "do \$\$ begin
        if not exists (select from pg_roles where rolname = 'inspectorate') then
            create role inspectorate login password 'inspectorate';
        end if;
        if not exists (select from pg_roles where rolname = 'inspectorate_app') then
            create role inspectorate_app login password 'inspectorate_app';
        end if; end \$\$;" >/dev/null
    # The owner may act for the server's role (the database outage test closes the server's connections)
    pg_admin -d postgres -c "grant inspectorate_app to inspectorate" >/dev/null
    if [ "$fresh" = fresh ]; then
        pg_admin -d postgres -c "drop database if exists $db with (force)" >/dev/null
    fi
    if [ -z "$(pg_admin -d postgres -c "select 1 from pg_database where datname = '$db'")" ]; then
        log "Creating database $db"
        pg_admin -d postgres -c "create database $db owner inspectorate" >/dev/null
    fi
    pg_admin -d "$db" -c "create extension if not exists pg_trgm" >/dev/null
}

# use_local_database NAME: points the server at local database NAME, as the application role, with migrations run
# by the owner role.
use_local_database() {
    export DB_URL="jdbc:postgresql://127.0.0.1:5432/$1" DB_USER=inspectorate_app DB_PASSWORD=inspectorate_app \
        DB_MIGRATION_USER=inspectorate DB_MIGRATION_PASSWORD=inspectorate
}
