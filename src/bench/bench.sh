#!/usr/bin/env bash
# Side-by-side benchmark: FlaskApp on Payara Server and on WildFly against the original Flask app
# (../shared/peers/flask_app), all seeded with the same data and loaded one at a time with the
# same wrk settings, in one sitting. Prints and saves (target/bench/results.md) requests/s, p50 and
# p99, and the ratios to Flask, of:
#   kept pages       /, /posts/, /questions/ for visitors (sent from memory, see RenderedViewCache),
#                    and the API's /api/v1/posts (beside Flask's /posts/)
#   the form         POST /questions/, a new question each time
#   signed-in pages  /, /posts/, /questions/, a post, a question, a category and /search/ for a
#                    signed-in author (kept for their session once rendered), and for visitors a
#                    post's page, a question's page and /posts/?after=K (kept per query); Flask
#                    renders every page, so each is compared with Flask's same page or, where it
#                    has none, its nearest: /posts/ for a post, a category and ?after=K,
#                    /questions/ for a question, / for /search/
#   deep pages       (OURS_ONLY_SIZES, 1,000,000 posts) /posts/?after=K one request at a time,
#                    another K each time: near the newest, around page 50,000 and the last pages
#   search           (SEARCH_SIZES, 100,000 posts and as many questions written in words)
#                    /search/?q=... with 8 clients, queries of every kind (search-queries.lua),
#                    and the form; with the time the index took to build at the start
#   sitemaps         (SITEMAP_SIZES, 1,000,000 posts) /sitemap.xml and every sitemap it names,
#                    one at a time as a crawler reads them, three rounds (the last one counts)
# and each server's time from start to first page, its resident memory, and its throughput in
# the first minute.
#
#   src/bench/bench.sh            the full run (about 50 minutes)
#   QUICK=1 src/bench/bench.sh    one short run per page, for trying things out (not for figures)
#
# Settings (environment): RUNS (3), DURATION of a run in s (10), WARMUP of our server in s (180),
# SIZES (10 100000), OURS_ONLY_SIZES (1000000), SEARCH_SIZES (100000), SITEMAP_SIZES (1000000),
# SERVERS (payara wildfly),
# PEER (../shared/peers/flask_app).
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${RUNS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-180}
SIZES=${SIZES-10 100000}                       # set but empty: none
OURS_ONLY_SIZES=${OURS_ONLY_SIZES-1000000}
SEARCH_SIZES=${SEARCH_SIZES-100000}
SITEMAP_SIZES=${SITEMAP_SIZES-1000000}
SERVERS=${SERVERS:-payara wildfly}
PEER=${PEER:-../shared/peers/flask_app}
if [ -n "${QUICK:-}" ]; then
    RUNS=1; DURATION=5; WARMUP=20
fi
WRK=(wrk -t2 -c32 --latency --timeout 60s)

OUT=target/bench
FLASK=http://127.0.0.1:5055
PEER_DB=$(pwd)/$OUT/peer.db
# Each server gets a domain or server folder of its own, with its own database and ports.
BENCH=flaskapp-bench
PAYARA_HOME=target/payara6
PAYARA_PORT_BASE=19000
PAYARA_DIR=$PAYARA_HOME/glassfish/domains/$BENCH
WILDFLY_HOME=target/wildfly
WILDFLY_PORT_OFFSET=12000
WILDFLY_DIR=$WILDFLY_HOME/$BENCH
mkdir -p "$OUT"
RESULTS=$OUT/results.md

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }

install_tools() {
    local missing=()
    command -v wrk > /dev/null || missing+=(wrk)
    /usr/bin/python3 -c 'import flask_sqlalchemy' 2> /dev/null || missing+=(python3-flask python3-flask-sqlalchemy)
    /usr/bin/python3 -c 'import gunicorn' 2> /dev/null || missing+=(gunicorn)
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
}

# ---- measuring: wrk, medians (measure.sh) -------------------------------------------------------

# shellcheck source=measure.sh
source src/bench/measure.sh
# shellcheck source=sign-in.sh
source src/bench/sign-in.sh

# ---- our app --------------------------------------------------------------------------------

seed() { java -cp "target/classes:target/flaskapp/WEB-INF/lib/*:target/derby-lib/*" src/bench/Seed.java "$@" 2>> "$OUT/seed.log"; }

# The benchmark servers' first administrator, and the author (made by the seeder) whose session
# stands for every signed-in user's.
ADMIN_PASSWORD=bench-admin-$RANDOM$RANDOM$RANDOM
AUTHOR=bench-author
AUTHOR_PASSWORD=bench-author-$RANDOM$RANDOM$RANDOM

# Args: server (payara or wildfly), then the script's own arguments (start, stop).
server_ctl() {
    export FLASKAPP_ADMIN_INITIAL_PASSWORD=$ADMIN_PASSWORD
    case $1 in
        payara) DOMAIN=$BENCH PORT_BASE=$PAYARA_PORT_BASE PAYARA_HOME=$PAYARA_HOME server-config/payara/domain.sh "${@:2}" ;;
        wildfly) SERVER=$BENCH PORT_OFFSET=$WILDFLY_PORT_OFFSET WILDFLY_HOME=$WILDFLY_HOME server-config/wildfly/server.sh "${@:2}" ;;
    esac > /dev/null
}

asadmin() { "$PAYARA_HOME/bin/asadmin" --port $((PAYARA_PORT_BASE + 48)) "$@" > /dev/null; }
jboss_cli() { "$WILDFLY_HOME/bin/jboss-cli.sh" --controller=127.0.0.1:$((9990 + WILDFLY_PORT_OFFSET)) -c --commands="$1"; }

base_url() { [ "$1" = payara ] && echo "http://127.0.0.1:$((PAYARA_PORT_BASE + 80))" || echo "http://127.0.0.1:$((8080 + WILDFLY_PORT_OFFSET))"; }
database() { [ "$1" = payara ] && echo "$PAYARA_DIR/databases/flaskapp" || echo "$WILDFLY_DIR/data/databases/flaskapp"; }

deploy() {
    case $1 in
        payara) asadmin deploy --force=true --contextroot=/ --name=flaskapp target/flaskapp.war ;;
        wildfly) jboss_cli "deploy target/flaskapp.war --force" > /dev/null ;;
    esac
}

# Undeployed before the stop, so that the next start does not load it while we deploy again.
undeploy() {
    case $1 in
        payara) asadmin undeploy flaskapp ;;
        wildfly) jboss_cli "undeploy flaskapp.war" > /dev/null ;;
    esac
}

server_pid() {
    case $1 in
        payara) cat "$PAYARA_DIR/config/pid" ;;
        wildfly) jboss_cli "/core-service=platform-mbean/type=runtime:read-attribute(name=name)" \
            | sed -n 's/.*"result" => "\([0-9]*\)@.*/\1/p' ;;
    esac
}

rss_mib() { ps -o rss= -p "$(server_pid "$1")" | awk '{ printf "%.0f", $1 / 1024 }'; }

# Args: server size first-minute(yes/no) rows (all: kept, form and rendered; deep: deep pages;
# search: search and the form, on as many questions as posts; sitemaps: the sitemaps)
load_ours() {
    local server=$1 size=$2 first_minute=$3 rows=$4
    local base db
    base=$(base_url "$server")
    db=$(database "$server")
    log "$server, $size posts: seeding"
    local before
    if [ "$rows" = search ]; then
        before=$(seed searchable "$db" "$size" "$size" | cut -d' ' -f2)
    else
        before=$(seed fresh "$db" "$size" | cut -d' ' -f2)
    fi
    seed author "$db" "$AUTHOR" "$AUTHOR_PASSWORD" > /dev/null
    log "$server, $size posts: starting the server"
    local started=$SECONDS
    server_ctl "$server" start
    deploy "$server"
    wait_for "$base/posts/"
    echo "$server $size start-to-first-page $((SECONDS - started))" >> "$OUT/start"
    echo "$server $size after-start $(rss_mib "$server")" >> "$OUT/memory"
    if [ "$first_minute" = yes ]; then
        log "$server: /posts/ in the first minute after the start"
        echo "$server $size first-minute $(wrk_once 60 "$base/posts/")" >> "$OUT/first-minute"
    fi
    local cookies
    cookies=$(session_cookies "$base" "$AUTHOR" "$AUTHOR_PASSWORD")
    local page # (not "curl | grep -q": grep ends early, curl fails writing, and pipefail counts it)
    page=$(curl -s -H "Cookie: $cookies" "$base/posts/")
    if ! grep -q "Signed in as" <<< "$page"; then
        echo "FAILED: $server $size: the author's session is not signed in" >> "$OUT/checks"
    fi
    [ "$rows" = sitemaps ] || log "$server, $size posts: warming up for ${WARMUP}s"
    # Most of the warm-up goes to pages rendered on every request (search results: every other
    # page is kept once rendered): they bring Faces and JPA up to speed (the JIT needs minutes),
    # for the form submissions too.
    if [ "$rows" = deep ]; then
        FROM=$((size / 2)) wrk_once "$WARMUP" -s src/bench/walk-positions.lua "$base/posts/" > /dev/null
        load_deep "$server" "$size" "$base"
    elif [ "$rows" = search ]; then
        load_search "$server" "$size" "$base" "$started"
    elif [ "$rows" = sitemaps ]; then
        load_sitemaps "$server" "$size" "$base"
    else
        wrk_once $((WARMUP > 60 ? WARMUP - 30 : WARMUP)) -s src/bench/search-queries.lua "$base/search/" > /dev/null
        for page in / /posts/ /questions/; do
            wrk_once 10 "$base$page" > /dev/null
        done
        # The API before the form posts, as the kept pages are: the posts leave work behind them
        # (the search index takes in every question, the garbage is collected) that would count
        # against whichever row came next.
        load_api "$server" "$size" "$base"
        load_app "$server" "$size" "$base" faces
        load_signed_in_and_queries "$server" "$size" "$base" "$cookies"
    fi
    echo "$server $size after-load $(rss_mib "$server")" >> "$OUT/memory"
    undeploy "$server"
    server_ctl "$server" stop
    if [ "$rows" = all ]; then
        check_stored "$server" "$size" "$before" "$(seed count "$db" | cut -d' ' -f2)"
    fi
}

# The JSON API's list of posts (kept like a feed), beside the kept /posts/ and Flask's /posts/.
# Args: server size base-url
load_api() {
    local server=$1 size=$2 base=$3
    log "$server, $size posts: GET /api/v1/posts"
    measure "$base/api/v1/posts"
    echo "$server $size GET/api/v1/posts $MEASURED" >> "$OUT/rows"
}

# A signed-in author's pages, and visitors' pages that come with a query (a routed post or
# question: its id), all rendered once and then kept (per session; per query). Args: server size
# base-url session
load_signed_in_and_queries() {
    local server=$1 size=$2 base=$3 cookies=$4 page
    for page in / /posts/ /questions/ /posts/1/ /questions/1/ /posts/categories/general/ /search/; do
        log "$server, $size posts: GET $page signed in"
        measure -H "Cookie: $cookies" "$base$page"
        echo "$server $size GET$page(signed-in) $MEASURED" >> "$OUT/rows"
    done
    for page in /posts/1/ /questions/1/ "/posts/?after=6"; do
        log "$server, $size posts: GET $page"
        measure "$base$page"
        echo "$server $size GET$page $MEASURED" >> "$OUT/rows"
    done
}

# Waits until the search index is built from every post and question (at most 30 minutes): the
# build takes a core while it runs. Args: base-url
wait_for_search_index() {
    local deadline=$((SECONDS + 1800)) page
    while page=$(curl -s "$1/search/?q=daba") && grep -q "being built" <<< "$page"; do
        [ $SECONDS -lt $deadline ] || { log "the index was not built within 30 minutes"; exit 1; }
        sleep 1
    done
}

# The search, once the index is built (the time it took from the server's start is a row of its
# own), with 8 clients; then the form, which now also feeds the index. Args: server size base-url
# started (SECONDS when the server was started)
load_search() {
    local server=$1 size=$2 base=$3 started=$4 page
    wait_for_search_index "$base"
    echo "$server $size index-built $((SECONDS - started))" >> "$OUT/start"
    log "$server, $size posts and questions: warming up the search for ${WARMUP}s"
    local saved=("${WRK[@]}")
    WRK=(wrk -t2 -c8 --latency --timeout 60s)
    wrk_once "$WARMUP" -s src/bench/search-queries.lua "$base/search/" > /dev/null
    log "$server, $size posts and questions: GET /search/?q=... (8 clients)"
    measure -s src/bench/search-queries.lua "$base/search/"
    echo "$server $size GET/search/?q=(8-clients) $MEASURED" >> "$OUT/rows"
    WRK=("${saved[@]}")
    log "$server, $size posts and questions: POST /questions/"
    FORM=faces measure -s src/bench/post-question.lua "$base/questions/"
    echo "$server $size POST/questions/(indexed) $MEASURED" >> "$OUT/rows"
    settle "$base/questions/"
}

# The sitemap index and every sitemap it names, one request at a time, as a crawler reads them;
# three rounds, the first two to warm up, once the search index is built. Writes the last round's figures to $OUT/sitemaps: the
# number of sitemaps, the index's time, each sitemap's median and slowest time (s), the bytes of
# all of them. Args: server size base-url
load_sitemaps() {
    local server=$1 size=$2 base=$3 round index_time loc
    log "$server, $size posts: waiting for the search index to be built (it runs once, at the first start)"
    wait_for_search_index "$base"
    echo "$server $size before-sitemaps $(rss_mib "$server")" >> "$OUT/memory"
    for round in 1 2 3; do
        log "$server, $size posts: the sitemaps, round $round of 3"
        index_time=$(curl -s -o "$OUT/sitemap-index.xml" -w "%{time_total}" "$base/sitemap.xml")
        grep -o '<loc>[^<]*</loc>' "$OUT/sitemap-index.xml" | sed 's/<[^>]*>//g' > "$OUT/sitemap-locs"
        : > "$OUT/sitemap-times"
        while read -r loc; do
            curl -s -o /dev/null -w "%{http_code} %{time_total} %{size_download}\n" "$loc" >> "$OUT/sitemap-times"
        done < "$OUT/sitemap-locs"
    done
    if grep -qv '^200 ' "$OUT/sitemap-times"; then
        echo "FAILED: $server $size: a sitemap did not answer 200" >> "$OUT/checks"
    fi
    sort -k2 -n "$OUT/sitemap-times" | awk -v s="$server" -v n="$size" -v index_time="$index_time" '
        { time[NR] = $2; bytes += $3 }
        END { printf "%s %s %d %s %s %s %.1f\n", s, n, NR, index_time, time[int((NR + 1) / 2)], time[NR], bytes / 1048576 }' \
        >> "$OUT/sitemaps"
}

# Pages deep in the list of posts, one request at a time (latency, not throughput), each request
# another page (see walk-positions.lua). Args: server size base-url
load_deep() {
    local server=$1 size=$2 base=$3 name from
    local saved=("${WRK[@]}")
    WRK=(wrk -t1 -c1 --latency --timeout 60s)
    for name in first-pages:$((size + 1)) page-50000:$((size - 499990 + 1)) last-pages:5010; do
        from=${name#*:}
        log "$server, $size posts: deep pages, ${name%%:*} (from ?after=$from down)"
        FROM=$from measure -s src/bench/walk-positions.lua "$base/posts/"
        echo "$server $size DEEP/posts/(${name%%:*}) $MEASURED" >> "$OUT/rows"
    done
    WRK=("${saved[@]}")
}


# ---- the Flask original -----------------------------------------------------------------------

flask_questions() {
    /usr/bin/python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from question').fetchone()[0])" "$PEER_DB"
}

load_flask() {
    local size=$1
    log "flask, $size posts: seeding"
    DATABASE_URI="sqlite:///$PEER_DB" /usr/bin/python3 "$PEER/seed.py" "$size" > /dev/null
    local before
    before=$(flask_questions)
    PORT=5055 DATABASE_URI="sqlite:///$PEER_DB" "$PEER/run.sh" > "$OUT/flask.log" 2>&1 &
    local pid=$!
    wait_for "$FLASK/"
    wrk_once 5 "$FLASK/" > /dev/null
    load_app flask "$size" "$FLASK" flask
    echo "flask $size after-load $(ps -o rss= --ppid "$pid" -p "$pid" | awk '{ s += $1 } END { printf "%.0f", s / 1024 }')" >> "$OUT/memory"
    kill "$pid"
    wait "$pid" 2> /dev/null || true
    check_stored flask "$size" "$before" "$(flask_questions)"
}

# ---- report -----------------------------------------------------------------------------------

# A row's figures "rps p50 p99" for app, size and request, or "- - -".
figures() {
    awk -v a="$1" -v s="$2" -v r="$3" '$1 == a && $2 == s && $3 == r { print $4, $5, $6; found = 1 }
        END { if (!found) print "- - -" }' "$OUT/rows"
}

# Flask's row to compare a request of ours with: Flask renders every page, and has no post's or
# question's own page. Args: size request
flask_figures() {
    local request=${2%(signed-in)}
    case $request in
        GET/posts/1/ | GET/api/v1/posts | GET/posts/categories/general/ | GET/posts/\?after=*) request=GET/posts/ ;;
        GET/questions/1/) request=GET/questions/ ;;
        GET/search/) request=GET/ ;;
    esac
    figures flask "$1" "$request"
}

ratio() { [ "$1" = - ] || [ "$2" = - ] && echo - || awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }

report() {
    {
        echo "# Benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC"
        echo
        echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem/ { print $2 }') GiB, $(uname -sr), $(java -version 2>&1 | head -n 1)."
        echo "Load: ${WRK[*]} -d${DURATION}s, median of $RUNS runs, each server warmed up for ${WARMUP}s."
        echo
        local header="| posts | request |" line="|---|---|" server
        for server in $SERVERS; do
            header+=" $server req/s | p50 ms | p99 ms |"
            line+="---|---|---|"
        done
        header+=" Flask req/s | p50 ms | p99 ms |"
        line+="---|---|---|"
        for server in $SERVERS; do
            header+=" $server/Flask |"
            line+="---|"
        done
        echo "$header"
        echo "$line"
        local size request flask
        awk '{ print $2, $3 }' "$OUT/rows" | awk '!seen[$0]++' | while read -r size request; do
            flask=$(flask_figures "$size" "$request")
            local row="| $size | ${request/GET/GET } |" ratios=""
            for server in $SERVERS; do
                row+=" $(figures "$server" "$size" "$request" | sed 's/ / | /g') |"
                ratios+=" $(ratio "$(figures "$server" "$size" "$request" | cut -d' ' -f1)" "${flask%% *}") |"
            done
            echo "$row $(sed 's/ / | /g' <<< "$flask") |$ratios"
        done
        echo
        echo "Deep pages (one request at a time; p50 against the first pages' p50):"
        echo
        for server in $SERVERS; do
            awk -v s="$server" '$1 == s && $3 ~ /^DEEP/ { p50[$2 " " $3] = $5; sizes[$2] = 1 }
                END { for (n in sizes) {
                    first = p50[n " DEEP/posts/(first-pages)"]; if (first == "") continue
                    printf "- %s, %s posts: first pages %s ms, page 50,000 %s ms (%.2fx), last pages %s ms (%.2fx)\n", s, n,
                        first, p50[n " DEEP/posts/(page-50000)"], p50[n " DEEP/posts/(page-50000)"] / first,
                        p50[n " DEEP/posts/(last-pages)"], p50[n " DEEP/posts/(last-pages)"] / first } }' "$OUT/rows"
        done
        echo
        echo "Sitemaps (one request at a time, the third round; times in seconds):"
        echo
        awk '{ printf "- %s, %s posts: %s sitemaps (%s MB in all); the index %s s; each sitemap: median %s s, slowest %s s\n",
            $1, $2, $3, $7, $4, $5, $6 }' "$OUT/sitemaps"
        echo
        echo "From the server's start to the first page (start, deployment, first answer of /posts/) and,"
        echo "with search rows, to the search index built from every post and question, in seconds:"
        echo
        awk '{ printf "- %s, %s posts: %s %s s\n", $1, $2, $3, $4 }' "$OUT/start"
        echo
        echo "First minute after a start (GET /posts/, 60 s):"
        echo
        awk '{ printf "- %s: %s req/s, p50 %s ms, p99 %s ms\n", $1, $4, $5, $6 }' "$OUT/first-minute"
        echo
        echo "Resident memory (MiB):"
        echo
        awk '{ printf "- %s, %s posts, %s: %s MiB\n", $1, $2, $3, $4 }' "$OUT/memory"
        echo
        echo "Checks:"
        echo
        sed 's/^/- /' "$OUT/checks"
    } | tee "$RESULTS"
}

# ---- main -------------------------------------------------------------------------------------

install_tools
[ -d "$PEER" ] || { log "the Flask peer is not at $PEER (set PEER)"; exit 1; }
log "building the WAR"
./mvnw -q -B package -DskipTests
rm -f "$OUT/rows" "$OUT/memory" "$OUT/checks" "$OUT/first-minute" "$OUT/start" "$OUT/sitemaps" "$OUT/wrk.log"
touch "$OUT/rows" "$OUT/memory" "$OUT/checks" "$OUT/first-minute" "$OUT/start" "$OUT/sitemaps" # some runs leave some empty
for server in $SERVERS; do
    server_ctl "$server" stop 2> /dev/null || true
done
# New server folders: nothing left deployed from before, the settings as they are now.
rm -rf "$PAYARA_DIR" "$WILDFLY_DIR"
for server in $SERVERS; do
    log "creating and setting up the benchmark server $BENCH on $server"
    server_ctl "$server" start
    server_ctl "$server" stop
done
first=yes
for size in $SIZES; do
    for server in $SERVERS; do
        load_ours "$server" "$size" "$first" all
    done
    first=no
    load_flask "$size"
done
for size in $OURS_ONLY_SIZES; do
    for server in $SERVERS; do
        load_ours "$server" "$size" no deep
    done
done
for size in $SEARCH_SIZES; do
    for server in $SERVERS; do
        load_ours "$server" "$size" no search
    done
done
for size in $SITEMAP_SIZES; do
    for server in $SERVERS; do
        load_ours "$server" "$size" no sitemaps
    done
done
report
