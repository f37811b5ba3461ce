#!/usr/bin/env bash
# A PostgreSQL server for FlaskApp on this machine, from Debian's postgresql package: the database
# of the tests' PostgreSQL leg and of the scale-out command. (On a real site the database is the
# administrator's own; point the datasource scripts in ../payara and ../wildfly at it.)
#
#   postgres.sh start   start in the background; the first start creates the cluster, the user
#                       "flaskapp" and its database "flaskapp"
#   postgres.sh stop    stop it (fast shutdown: open connections are closed, data is kept)
#   postgres.sh psql    a psql prompt on the flaskapp database
#   postgres.sh createdb NAME  a new, empty database NAME owned by flaskapp (one there is dropped):
#                       to restore a backup beside the site's database
#   postgres.sh pause S the server and its connections stand still for S seconds (SIGSTOP, then
#                       SIGCONT), as in a network pause: for the scale-out failure tests
#
# Environment:
#   PG_DATA      the cluster's folder                    (default: target/postgresql-data)
#   PG_PORT      TCP port on 127.0.0.1                   (default: 5432)
#   PG_PASSWORD  the flaskapp user's password on creation (default: flaskapp)
#   PG_BIN       PostgreSQL's programs                   (default: the newest /usr/lib/postgresql/*/bin)
#
# PostgreSQL refuses to run as root: as root, this script runs it as the "postgres" user that
# Debian's package creates, and gives it the cluster's folder. When that user cannot enter the
# folder above PG_DATA (a checkout in root's home, or in mktemp -d), the cluster lives under
# /var/tmp/flaskapp-postgresql instead, and PG_DATA is a link to it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
PG_DATA=${PG_DATA:-$checkout/target/postgresql-data}
PG_PORT=${PG_PORT:-5432}
PG_PASSWORD=${PG_PASSWORD:-flaskapp}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)}
case "$PG_DATA" in /*) ;; *) PG_DATA=$PWD/$PG_DATA ;; esac # the server runs from another folder

# As root, a cluster in a folder that the postgres user cannot enter lives where it can. The link
# at PG_DATA is the cluster's name: without it (after "mvn clean"), what was there is stale.
if [ "$(id -u)" = 0 ] && [ ! -L "$PG_DATA" ] && [ ! -d "$PG_DATA" ]; then
    mkdir -p "$(dirname "$PG_DATA")"
    if ! runuser -u postgres -- test -x "$(dirname "$PG_DATA")" 2> /dev/null; then
        elsewhere=/var/tmp/flaskapp-postgresql/$(printf '%s' "$PG_DATA" | sha256sum | cut -c1-16)
        if [ -f "$elsewhere/postmaster.pid" ]; then
            runuser -u postgres -- "${PG_BIN}/pg_ctl" --pgdata="$elsewhere" --mode=immediate stop > /dev/null 2>&1 || true
        fi
        rm -rf "$elsewhere"
        mkdir -p /var/tmp/flaskapp-postgresql
        chmod 755 /var/tmp/flaskapp-postgresql
        ln -s "$elsewhere" "$PG_DATA"
    fi
fi
[ -L "$PG_DATA" ] && PG_DATA=$(readlink "$PG_DATA")

fail() {
    echo "postgres.sh: $*" >&2
    exit 1
}

[ -x "$PG_BIN/pg_ctl" ] || fail "no PostgreSQL server programs (install Debian's postgresql package)"

as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

create_cluster_if_missing() {
    [ -f "$PG_DATA/PG_VERSION" ] && return
    echo "postgres.sh: creating a PostgreSQL cluster in $PG_DATA"
    mkdir -p "$PG_DATA"
    [ "$(id -u)" = 0 ] && chown postgres: "$PG_DATA"
    chmod 700 "$PG_DATA"
    # Connections over TCP need the password; over this cluster's own socket (this script) not.
    as_owner "$PG_BIN/initdb" --pgdata="$PG_DATA" --username=postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 > /dev/null
    start_server
    as_owner "$PG_BIN/psql" -q -h "$PG_DATA" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -v password="$PG_PASSWORD" <<'SQL'
CREATE ROLE flaskapp LOGIN PASSWORD :'password';
CREATE DATABASE flaskapp OWNER flaskapp;
SQL
}

start_server() {
    as_owner "$PG_BIN/pg_ctl" --pgdata="$PG_DATA" --log="$PG_DATA/server.log" --wait --silent \
        -o "-c listen_addresses=127.0.0.1 -c port=$PG_PORT -c unix_socket_directories='$PG_DATA'" start
}

running() {
    as_owner "$PG_BIN/pg_ctl" --pgdata="$PG_DATA" status > /dev/null 2>&1
}

case "${1:-}" in
    start)
        if [ -f "$PG_DATA/PG_VERSION" ]; then
            running || start_server
        else
            create_cluster_if_missing
        fi
        echo "postgres.sh: PostgreSQL on 127.0.0.1:$PG_PORT, database flaskapp, user flaskapp"
        ;;
    stop)
        if [ -f "$PG_DATA/PG_VERSION" ] && running; then
            as_owner "$PG_BIN/pg_ctl" --pgdata="$PG_DATA" --mode=fast --wait --silent stop
        fi
        ;;
    pause)
        seconds=${2:?usage: postgres.sh pause SECONDS}
        postmaster=$(head -n 1 "$PG_DATA/postmaster.pid")
        processes=("$postmaster" $(pgrep -P "$postmaster"))
        kill -STOP "${processes[@]}"
        sleep "$seconds"
        kill -CONT "${processes[@]}"
        ;;
    createdb)
        name=${2:?usage: postgres.sh createdb NAME}
        as_owner "$PG_BIN/psql" -q -h "$PG_DATA" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
            -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS \"$name\"" -c "CREATE DATABASE \"$name\" OWNER flaskapp"
        ;;
    psql)
        exec "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U flaskapp flaskapp
        ;;
    *)
        sed -n '2,22p' "$0" >&2
        exit 2
        ;;
esac
