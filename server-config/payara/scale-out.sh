#!/usr/bin/env bash
# FlaskApp on several Payara Server instances behind nginx, on one PostgreSQL, all on this machine
# (docs/scale-out.md):
#
#   scale-out.sh run WAR      start everything, deploy WAR, serve http://localhost:8080/; Ctrl-C stops all
#   scale-out.sh start WAR    the same in the background (the failure test and the benchmark)
#   scale-out.sh stop         stop nginx, the instances, the domain and PostgreSQL
#   scale-out.sh kill N       end instance N at once (kill -9), as a crash would
#   scale-out.sh restart N    start instance N again after that
#
# What runs: PostgreSQL (../postgresql/postgres.sh); a Payara domain whose administration server
# (DAS) runs no application but holds the set-up, visible in its admin console; a deployment group
# "flaskapp-group" of INSTANCES instances that share one configuration, the datasource and the
# deployed WAR, and a Hazelcast data grid in which they keep the signed-in users' sessions (the
# WAR is <distributable/> and deployed with availability on); and nginx, round-robin over them.
# The first start sets the domain up (scale-out.asadmin); later starts reuse it and its data.
#
# Environment (the defaults suit a checkout built with "mvn package"):
#   PAYARA_HOME     unpacked Payara Server 6                 (default: target/payara6)
#   POSTGRESQL_LIB  folder with postgresql.jar               (default: target/postgresql-lib)
#   DOMAIN          the domain                               (default: flaskapp-cluster)
#   INSTANCES       how many instances                       (default: 2)
#   LB_PORT         nginx's port                             (default: 8080)
#   PORT_BASE       the DAS's ports: admin PORT_BASE+48       (default: 10000, admin console on 10048)
#                   instance N: ports from PORT_BASE+1000*N, HTTP PORT_BASE+1000*N+80 (11080, 12080)
#   PG_PORT, PG_DATA  PostgreSQL's port and folder           (default: 5432, target/postgresql-data)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
PAYARA_HOME=${PAYARA_HOME:-$checkout/target/payara6}
POSTGRESQL_LIB=${POSTGRESQL_LIB:-$checkout/target/postgresql-lib}
DOMAIN=${DOMAIN:-flaskapp-cluster}
INSTANCES=${INSTANCES:-2}
LB_PORT=${LB_PORT:-8080}
PORT_BASE=${PORT_BASE:-10000}
export PG_PORT=${PG_PORT:-5432}
export PG_DATA=${PG_DATA:-$checkout/target/postgresql-data}

asadmin="$PAYARA_HOME/bin/asadmin"
admin=(--port $((PORT_BASE + 48)))
domain_dir="$PAYARA_HOME/glassfish/domains/$DOMAIN"
run_dir="$checkout/target/scale-out/$DOMAIN"
group=flaskapp-group

fail() {
    echo "scale-out.sh: $*" >&2
    exit 1
}

instance_name() {
    echo "flaskapp-$1"
}

instance_http_port() {
    echo $((PORT_BASE + 1000 * $1 + 80))
}

set_up_domain_once() {
    if [ ! -d "$domain_dir" ]; then
        "$asadmin" create-domain --nopassword=true --portbase "$PORT_BASE" "$DOMAIN"
    fi
    [ -f "$POSTGRESQL_LIB/postgresql.jar" ] || fail "no postgresql.jar in $POSTGRESQL_LIB (run mvn package first)"
    cp -u "$POSTGRESQL_LIB/postgresql.jar" "$domain_dir/lib/"
    "$asadmin" start-domain "$DOMAIN"
    local marker="$domain_dir/config/flaskapp-configured"
    [ -f "$marker" ] && return
    echo "scale-out.sh: first start of $DOMAIN: datasource, deployment group and $INSTANCES instances"
    "$asadmin" "${admin[@]}" multimode --file "$here/postgresql.asadmin"
    "$asadmin" "${admin[@]}" set "resources.jdbc-connection-pool.flaskapp-postgresql.property.portNumber=$PG_PORT"
    "$asadmin" "${admin[@]}" multimode --file "$here/scale-out.asadmin"
    for n in $(seq 1 "$INSTANCES"); do
        "$asadmin" "${admin[@]}" create-instance --node "localhost-$DOMAIN" --config flaskapp-config \
            --deploymentgroup "$group" --portbase $((PORT_BASE + 1000 * n)) "$(instance_name "$n")"
    done
    date -u > "$marker"
}

deploy() {
    local war=$1
    # availabilityenabled: the sessions go into the data grid, so another instance can take over
    "$asadmin" "${admin[@]}" deploy --force=true --availabilityenabled=true --contextroot=/ --name=flaskapp \
        --target "$group" "$war"
}

start_all() {
    local war
    war=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
    [ -f "$war" ] || fail "no such WAR: $war"
    "$here/../postgresql/postgres.sh" start
    set_up_domain_once
    "$asadmin" "${admin[@]}" start-deployment-group "$group"
    deploy "$war"
    local ports=()
    for n in $(seq 1 "$INSTANCES"); do ports+=("$(instance_http_port "$n")"); done
    "$here/../nginx/balancer.sh" start "$run_dir" "$LB_PORT" "${ports[@]}"
    echo "scale-out.sh: FlaskApp on http://localhost:$LB_PORT/ (nginx, round-robin over $INSTANCES Payara instances:" \
        "$(for n in $(seq 1 "$INSTANCES"); do printf '%s ' "$(instance_http_port "$n")"; done)); admin console http://localhost:$((PORT_BASE + 48))/"
}

stop_all() {
    "$here/../nginx/balancer.sh" stop "$run_dir"
    if [ -d "$domain_dir" ]; then
        "$asadmin" "${admin[@]}" stop-deployment-group "$group" > /dev/null 2>&1 || true
        "$asadmin" stop-domain "$DOMAIN" > /dev/null 2>&1 || true
    fi
    "$here/../postgresql/postgres.sh" stop || true
    echo "scale-out.sh: stopped"
}

instance_pid() {
    cat "$PAYARA_HOME/glassfish/nodes/localhost-$DOMAIN/$(instance_name "$1")/config/pid" 2> /dev/null
}

case "${1:-}" in
    run)
        trap 'stop_all; exit 0' INT TERM
        start_all "${2:?usage: scale-out.sh run WAR}"
        echo "Ctrl-C stops the load balancer, the instances, the domain and PostgreSQL."
        while true; do sleep 3600 & wait $!; done
        ;;
    start)
        start_all "${2:?usage: scale-out.sh start WAR}"
        ;;
    stop)
        stop_all
        ;;
    kill)
        pid=$(instance_pid "${2:?usage: scale-out.sh kill N}") || fail "instance $2 is not running"
        kill -9 "$pid"
        echo "scale-out.sh: killed $(instance_name "$2") (pid $pid)"
        ;;
    restart)
        "$asadmin" "${admin[@]}" start-instance "$(instance_name "${2:?usage: scale-out.sh restart N}")"
        "$here/../nginx/balancer.sh" await "$(instance_http_port "$2")"
        ;;
    *)
        sed -n '2,30p' "$0" >&2
        exit 2
        ;;
esac
