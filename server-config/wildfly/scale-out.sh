#!/usr/bin/env bash
# FlaskApp on several WildFly servers behind nginx, on one PostgreSQL, all on this machine: the
# counterpart of ../payara/scale-out.sh (docs/scale-out.md), with the same commands:
#
#   scale-out.sh run WAR      start everything, deploy WAR, serve http://localhost:8080/; Ctrl-C stops all
#   scale-out.sh start WAR    the same in the background
#   scale-out.sh stop         stop nginx, the servers and PostgreSQL
#   scale-out.sh kill N       end server N at once (kill -9), as a crash would
#   scale-out.sh restart N    start server N again after that
#
# What runs: PostgreSQL (../postgresql/postgres.sh); INSTANCES WildFly servers, each a folder
# flaskapp-node-N on standalone-ha.xml (server.sh with postgresql.cli and scale-out.cli), in one
# JGroups cluster over TCP whose Infinispan keeps the sessions of the <distributable/> WAR; and
# nginx, round-robin over them.
#
# Environment (the defaults suit a checkout built with "mvn package"):
#   WILDFLY_HOME    unpacked WildFly                (default: target/wildfly)
#   INSTANCES       how many servers                (default: 2)
#   LB_PORT         nginx's port                    (default: 8080)
#   NODE_PREFIX     server folders NODE_PREFIX-N    (default: flaskapp-node)
#   OFFSET_BASE     server N's ports moved by OFFSET_BASE*N: HTTP 8080+, management 9990+,
#                   JGroups 7600+ (default: 1000, so server 1 on 9080, server 2 on 10080)
#   PG_PORT, PG_DATA  PostgreSQL's port and folder  (default: 5432, target/postgresql-data)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
export WILDFLY_HOME=${WILDFLY_HOME:-$checkout/target/wildfly}
INSTANCES=${INSTANCES:-2}
LB_PORT=${LB_PORT:-8080}
NODE_PREFIX=${NODE_PREFIX:-flaskapp-node}
OFFSET_BASE=${OFFSET_BASE:-1000}
export PG_PORT=${PG_PORT:-5432}
export PG_DATA=${PG_DATA:-$checkout/target/postgresql-data}
run_dir="$checkout/target/scale-out/$NODE_PREFIX"

fail() {
    echo "scale-out.sh: $*" >&2
    exit 1
}

offset() {
    echo $((OFFSET_BASE * $1))
}

members() {
    local list=()
    for n in $(seq 1 "$INSTANCES"); do list+=("127.0.0.1[$((7600 + $(offset "$n")))]"); done
    (IFS=,; echo "${list[*]}")
}

# server.sh for server N, with what makes it a member of the cluster
server() {
    local n=$1
    shift
    SERVER="$NODE_PREFIX-$n" PORT_OFFSET=$(offset "$n") SERVER_CONFIG=standalone-ha.xml \
        DATASOURCE_SCRIPT=postgresql.cli EXTRA_SETUP=scale-out.cli \
        SERVER_ARGS="-Djboss.node.name=node-$n -Djboss.tx.node.id=node-$n -Dflaskapp.cluster.members=$(members) -Dflaskapp.db.port=$PG_PORT" \
        "$here/server.sh" "$@"
}

start_all() {
    local war
    war=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
    [ -f "$war" ] || fail "no such WAR: $war"
    "$here/../postgresql/postgres.sh" start
    local ports=()
    for n in $(seq 1 "$INSTANCES"); do
        server "$n" start
        cp "$war" "$WILDFLY_HOME/$NODE_PREFIX-$n/deployments/flaskapp.war"
        ports+=($((8080 + $(offset "$n"))))
    done
    "$here/../nginx/balancer.sh" start "$run_dir" "$LB_PORT" "${ports[@]}" || { explain_failed_start; exit 1; }
    echo "scale-out.sh: FlaskApp on http://localhost:$LB_PORT/ (nginx, round-robin over $INSTANCES WildFly servers: ${ports[*]})"
}

# What a server that does not serve the site said: the deployment scanner's marker and the log's
# errors, so that a failed start in CI can be read from its output alone.
explain_failed_start() {
    for n in $(seq 1 "$INSTANCES"); do
        local dir="$WILDFLY_HOME/$NODE_PREFIX-$n"
        echo "scale-out.sh: $NODE_PREFIX-$n: deployments: $(ls "$dir/deployments" | tr '\n' ' ')" >&2
        cat "$dir"/deployments/*.failed 2> /dev/null >&2 || true
        grep -E ' (ERROR|WARN) ' "$dir/log/server.log" 2> /dev/null | tail -n 20 >&2 || true
    done
}

stop_all() {
    "$here/../nginx/balancer.sh" stop "$run_dir"
    for n in $(seq 1 "$INSTANCES"); do
        [ -d "$WILDFLY_HOME/$NODE_PREFIX-$n" ] && { server "$n" stop > /dev/null 2>&1 || true; }
    done
    "$here/../postgresql/postgres.sh" stop || true
    echo "scale-out.sh: stopped"
}

# the server's JVM (not standalone.sh, which started it and has the same arguments)
server_pid() {
    pgrep -f -- "^[^ ]*java .*-Djboss.server.base.dir=$WILDFLY_HOME/$NODE_PREFIX-$1 "
}

case "${1:-}" in
    run)
        trap 'stop_all; exit 0' INT TERM
        start_all "${2:?usage: scale-out.sh run WAR}"
        echo "Ctrl-C stops the load balancer, the servers and PostgreSQL."
        while true; do sleep 3600 & wait $!; done
        ;;
    start)
        start_all "${2:?usage: scale-out.sh start WAR}"
        ;;
    stop)
        stop_all
        ;;
    kill)
        pid=$(server_pid "${2:?usage: scale-out.sh kill N}") || true
        [ -n "$pid" ] || fail "server $2 is not running"
        kill -9 "$pid"
        echo "scale-out.sh: killed $NODE_PREFIX-$2 (pid $pid)"
        ;;
    restart)
        server "${2:?usage: scale-out.sh restart N}" start
        "$here/../nginx/balancer.sh" await $((8080 + $(offset "$2")))
        ;;
    *)
        sed -n '2,23p' "$0" >&2
        exit 2
        ;;
esac
