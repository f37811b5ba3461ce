#!/usr/bin/env bash
# The scale-out rows of the benchmark (docs/scale-out.md): the same site on PostgreSQL, once
# through one Payara instance (instance 1, addressed directly) and once through nginx round-robin
# over two (the deployment group of server-config/payara/scale-out.sh). Kept pages for visitors,
# rendered pages for a signed-in administrator, and the question form, with the same wrk settings
# as bench.sh; then the resident memory of each process, and what the cross-instance mechanism
# costs by itself (the content version's read and update, timed with pgbench).
#
#   src/bench/scale-out.sh        about 15 minutes
#
# Settings (environment): RUNS (3), DURATION of a run in s (10), WARMUP in s (120). Both instances
# run on this one machine: see src/bench/README.md for what that can and cannot show.
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-120}
WRK=(wrk -t2 -c32 --latency --timeout 60s)
OUT=target/bench/scale-out
RESULTS=$OUT/results.md
ADMIN_PASSWORD=bench-administrator-password
mkdir -p "$OUT"
rm -f "$OUT/rows" "$OUT/checks"

# A site of its own: its own domain, ports and database, so it never meets a scale-out that runs.
export DOMAIN=flaskapp-cluster-bench PORT_BASE=50000 LB_PORT=50180 PG_PORT=15434
export PG_DATA=$PWD/$OUT/postgresql FLASKAPP_ADMIN_INITIAL_PASSWORD=$ADMIN_PASSWORD
SITE=server-config/payara/scale-out.sh
ONE=http://127.0.0.1:$((PORT_BASE + 1080))
TWO=http://127.0.0.1:$LB_PORT

log() { echo "[scale-out bench $(date +%H:%M:%S)] $*" >&2; }

# shellcheck source=measure.sh
source src/bench/measure.sh
# shellcheck source=sign-in.sh
source src/bench/sign-in.sh


# Args: label base-url
load_site() {
    local label=$1 base=$2 cookies page
    load_app "$label" 10 "$base" faces
    cookies=$(session_cookies "$base" admin "$ADMIN_PASSWORD")
    for page in /posts/ /questions/; do
        log "$label: GET $page signed in (kept for the session)"
        measure -H "Cookie: $cookies" "$base$page"
        echo "$label 10 GET$page(signed-in) $MEASURED" >> "$OUT/rows"
    done
}

warm_up() {
    log "warming up both instances for ${WARMUP}s"
    local cookies
    cookies=$(session_cookies "$TWO" admin "$ADMIN_PASSWORD")
    wrk -t2 -c16 -d"$((WARMUP / 2))s" "$TWO/posts/" > /dev/null
    wrk -t2 -c16 -d"$((WARMUP / 2))s" -H "Cookie: $cookies" "$TWO/posts/" > /dev/null
}

rss_mib() { ps -o rss= -p "$1" | awk '{ printf "%.0f", $1 / 1024 }'; }

memory() {
    local pid name
    for name in flaskapp-1 flaskapp-2; do
        pid=$(cat "target/payara6/glassfish/nodes/localhost-$DOMAIN/$name/config/pid")
        echo "- instance $name: $(rss_mib "$pid") MiB" >> "$OUT/memory"
    done
    pid=$(cat "target/payara6/glassfish/domains/$DOMAIN/config/pid")
    echo "- the DAS (runs no application): $(rss_mib "$pid") MiB" >> "$OUT/memory"
}

# The mechanism alone: reading the content version (once per rendered request, and every 250 ms
# per server) and moving it on (once per write), one client and four at once.
mechanism() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    echo 'SELECT version FROM content_version WHERE id = 1;' > "$OUT/read.sql"
    printf 'BEGIN;\nUPDATE content_version SET version = version + 1 WHERE id = 1;\nCOMMIT;\n' > "$OUT/move.sql"
    for clients in 1 4; do
        for script in read move; do
            PGPASSWORD=flaskapp "$bin/pgbench" -n -h 127.0.0.1 -p "$PG_PORT" -U flaskapp -c "$clients" -T 5 \
                -f "$OUT/$script.sql" flaskapp 2> /dev/null \
                | awk -v what="$script" -v c="$clients" '/latency average/ { l = $4 } /^tps/ { t = $3 }
                    END { printf "- %s, %d client(s): %.0f per second, %.3f ms each\n", what, c, t, l }' >> "$OUT/mechanism"
        done
    done
}

report() {
    {
        echo "# Scale-out benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC"
        echo
        echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(java -version 2>&1 | head -n 1)."
        echo "Load: ${WRK[*]} -d${DURATION}s, median of $RUNS runs, after ${WARMUP}s of warm-up; Payara Server 6 on PostgreSQL 15."
        echo
        echo "| request | one instance req/s | p50 ms | p99 ms | two behind nginx req/s | p50 ms | p99 ms | two/one |"
        echo "|---|---|---|---|---|---|---|---|"
        local request one two
        for request in GET/ GET/posts/ GET/questions/ POST/questions/ 'GET/posts/(signed-in)' 'GET/questions/(signed-in)'; do
            one=$(awk -v r="$request" '$1 == "one" && $3 == r { print $4, $5, $6 }' "$OUT/rows")
            two=$(awk -v r="$request" '$1 == "two" && $3 == r { print $4, $5, $6 }' "$OUT/rows")
            echo "| $request | ${one// / | } | ${two// / | } | $(awk -v a="${two%% *}" -v b="${one%% *}" 'BEGIN { printf "%.2fx", a / b }') |"
        done
        echo
        echo "Resident memory after the load:"
        echo
        cat "$OUT/memory"
        echo
        echo "The cross-instance mechanism alone (pgbench, 5 s each):"
        echo
        cat "$OUT/mechanism"
        echo
        echo "Checks:"
        echo
        cat "$OUT/checks"
    } > "$RESULTS"
    cat "$RESULTS"
}

command -v wrk > /dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk; }
[ -f target/flaskapp.war ] || ./mvnw -B -q package -DskipTests
trap '"$SITE" stop > /dev/null 2>&1 || true' EXIT
log "starting the site (PostgreSQL, a DAS, two instances, nginx)"
"$SITE" start target/flaskapp.war > "$OUT/start.log" 2>&1
rm -f "$OUT/memory" "$OUT/mechanism"
warm_up
load_site one "$ONE"
load_site two "$TWO"
memory
mechanism
report
