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
mkdir -p "$OUT/classes"

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
base() { [ "$1" = payara ] && echo http://127.0.0.1:21080 || echo http://127.0.0.1:22080; }
rate() { wrk -t2 -c32 -d"${DURATION}s" "$1" | awk '/Requests\/sec/ { printf "%.0f", $2 }'; }
median() { tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "| server | kept / (req/s) | bare servlet, same bytes | share of the server's ceiling |"
echo "|---|---|---|---|"
for s in $SERVERS; do
    server "$s" start
    trap 'server '"$s"' stop' EXIT
    deploy "$s" target/flaskapp.war /
    deploy "$s" "$OUT/ceiling.war" /ceiling
    b=$(base "$s")
    for _ in $(seq 1 120); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$b/")" = 200 ] && break; sleep 1; done
    wrk -t2 -c32 -d"${WARMUP}s" "$b/" > /dev/null
    wrk -t2 -c32 -d"${WARMUP}s" "$b/ceiling/page" > /dev/null
    site=(); bare=()
    for _ in $(seq 1 "$RUNS"); do site+=("$(rate "$b/")"); bare+=("$(rate "$b/ceiling/page")"); done
    kept=$(echo "${site[*]}" | median); ceiling=$(echo "${bare[*]}" | median)
    echo "| $s | $kept | $ceiling | $(awk -v a="$kept" -v b="$ceiling" 'BEGIN { printf "%.0f %%", 100 * a / b }') |"
    server "$s" stop
    trap - EXIT
done
