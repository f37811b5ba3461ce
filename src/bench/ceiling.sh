#!/usr/bin/env bash
# What each server allows at most on this machine: the site's kept home page (/) beside a bare
# servlet that sends as many bytes (ceiling/Ceiling.java, deployed at /ceiling/page), both loaded
# with bench.sh's wrk settings after the same warm-up. The difference is what every request costs
# in the server's layers that the site uses and the bare servlet does not (Jakarta Security's
# mechanism, CDI, the session manager, the site's filters). About 4 minutes a server.
#
#   src/bench/ceiling.sh          (after ./mvnw package; SERVERS, RUNS, DURATION, WARMUP as bench.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
SERVERS=${SERVERS:-payara wildfly}
RUNS=${RUNS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-60}
NAME=flaskapp-ceiling
export FLASKAPP_ADMIN_INITIAL_PASSWORD=ceiling-$RANDOM$RANDOM
OUT=target/bench/ceiling
WRK=(wrk -t2 -c32 --latency --timeout 60s)
mkdir -p "$OUT/classes"
log() { echo "[ceiling $(date +%H:%M:%S)] $*" >&2; }
# shellcheck source=measure.sh
source src/bench/measure.sh

./mvnw -q -o dependency:build-classpath -DincludeArtifactIds=jakarta.servlet-api -Dmdep.outputFile="$OUT/classpath"
javac -d "$OUT/classes" -cp "$(cat "$OUT/classpath")" src/bench/ceiling/Ceiling.java
mkdir -p "$OUT/war/WEB-INF" && cp -r "$OUT/classes" "$OUT/war/WEB-INF/"
(cd "$OUT/war" && jar cf ../ceiling.war .)

server() { # server, then start|stop
    case $1 in
        payara) DOMAIN=$NAME PORT_BASE=21000 PAYARA_HOME=target/payara6 server-config/payara/domain.sh "$2" ;;
        wildfly) SERVER=$NAME PORT_OFFSET=14000 WILDFLY_HOME=target/wildfly server-config/wildfly/server.sh "$2" ;;
    esac > /dev/null
}
deploy() { # server, war, context root
    case $1 in
        payara) target/payara6/bin/asadmin --port 21048 deploy --force --contextroot "$3" --name "$(basename "$2" .war)" "$2" ;;
        wildfly) target/wildfly/bin/jboss-cli.sh --controller=127.0.0.1:23990 -c --commands="deploy $2 --force" ;;
    esac > /dev/null
}
# Undeployed before the stop, as in bench.sh: a start that loads the site while it is deployed
# again breaks the deployment (on Payara, Derby's boot meets the MBean server half made).
undeploy() { # server
    case $1 in
        payara) for app in flaskapp ceiling; do target/payara6/bin/asadmin --port 21048 undeploy "$app"; done ;;
        wildfly) target/wildfly/bin/jboss-cli.sh --controller=127.0.0.1:23990 -c --commands="undeploy flaskapp.war,undeploy ceiling.war" ;;
    esac > /dev/null
}
finish() { undeploy "$1" || true; server "$1" stop; }
base() { [ "$1" = payara ] && echo http://127.0.0.1:21080 || echo http://127.0.0.1:22080; }

echo "| server | kept / (req/s, p99 ms) | bare servlet, same bytes | share of the server's ceiling |"
echo "|---|---|---|---|"
for s in $SERVERS; do
    server "$s" start
    trap 'finish '"$s" EXIT
    deploy "$s" target/flaskapp.war /
    deploy "$s" "$OUT/ceiling.war" /ceiling
    b=$(base "$s")
    wait_for "$b/"
    wait_for "$b/ceiling/page"
    wrk_once "$WARMUP" "$b/" > /dev/null
    wrk_once "$WARMUP" "$b/ceiling/page" > /dev/null
    measure "$b/"
    read -r kept _ kept_p99 <<< "$MEASURED"
    measure "$b/ceiling/page"
    read -r ceiling _ ceiling_p99 <<< "$MEASURED"
    echo "| $s | $kept ($kept_p99) | $ceiling ($ceiling_p99) | $(awk -v a="$kept" -v b="$ceiling" 'BEGIN { printf "%.0f %%", 100 * a / b }') |"
    finish "$s"
    trap - EXIT
done
