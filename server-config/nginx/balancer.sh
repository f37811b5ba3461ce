#!/usr/bin/env bash
# nginx (Debian's nginx-light) as the load balancer in front of FlaskApp's servers, with
# flaskapp.conf filled in: used by ../payara/scale-out.sh and ../wildfly/scale-out.sh.
#
#   balancer.sh start RUN_DIR LISTEN_PORT SERVER_PORT...   once every server serves the site, start
#                                                          in the background; return once it does too
#   balancer.sh await PORT...                              wait until each port serves the site
#   balancer.sh stop RUN_DIR                               stop it
#
# RUN_DIR holds nginx's filled-in configuration, its pid file, log and temporary files.
#
# While it runs, a watcher probes every server's readiness (/health/ready) every
# READINESS_SECONDS (default 2) and marks a server that is not ready "down" in nginx's
# configuration (then reloads it), so requests go only to servers that can serve them well: one
# whose database connection or search index is not ready gets none until it is. When no server
# is ready, all stay in: nginx's own failure handling then decides. Its changes are logged in
# RUN_DIR/readiness.log.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

fail() {
    echo "balancer.sh: $*" >&2
    exit 1
}

# /posts/ rather than /: a Payara server answers / with a page of its own before an application
# is deployed there. AWAIT_SECONDS: a CI machine that starts several sites at once on two cores
# has been seen to need more than 180 s for one.
await() {
    for port in "$@"; do
        for _ in $(seq 1 "${AWAIT_SECONDS:-300}"); do
            curl -fs -o /dev/null "http://127.0.0.1:$port/posts/" && continue 2
            sleep 1
        done
        fail "nothing served the site on port $port within ${AWAIT_SECONDS:-300} s"
    done
}

# nginx.conf with one "server" line per port; a port in the list after "--" is marked down.
write_config() {
    local run_dir=$1 listen=$2 servers="" port
    shift 2
    local mark=""
    for port in "$@"; do
        [ "$port" = -- ] && { mark=" down"; continue; }
        servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s$mark;"$'\n'
    done
    awk -v servers="$servers" -v listen="$listen" -v run="$run_dir" \
        '{ gsub(/@LISTEN@/, listen); gsub(/@RUN@/, run) } /^@SERVERS@$/ { printf "%s", servers; next } { print }' \
        "$here/flaskapp.conf" > "$run_dir/nginx.conf.new"
    mv "$run_dir/nginx.conf.new" "$run_dir/nginx.conf"
}

# Has nginx read its configuration again, and returns once the workers that served with the old
# one are gone (they finish their requests first): from then on, only the new one applies.
reload() {
    local master old pid alive
    master=$(cat "$1/nginx.pid")
    old=$(pgrep -P "$master" || true)
    kill -HUP "$master"
    for _ in $(seq 1 100); do # at most 10 s
        alive=""
        for pid in $old; do
            kill -0 "$pid" 2> /dev/null && alive=yes
        done
        [ -z "$alive" ] && return
        sleep 0.1
    done
}

# Runs until nginx stops: see the head of this file.
watch_readiness() {
    local run_dir=$1 listen=$2 port ready not_ready state last=""
    shift 2
    while [ -f "$run_dir/nginx.pid" ] && kill -0 "$(cat "$run_dir/nginx.pid")" 2> /dev/null; do
        ready=() not_ready=()
        for port in "$@"; do
            # 000: no answer at all. A server that is gone is nginx's own business (max_fails),
            # without a reload, which would close the idle connections of every visitor.
            case "$(curl -s -o /dev/null -w '%{http_code}' --max-time 4 "http://127.0.0.1:$port/health/ready")" in
                200|000) ready+=("$port") ;;
                *) not_ready+=("$port") ;;
            esac
        done
        [ ${#ready[@]} -eq 0 ] && { ready=("$@"); not_ready=(); }
        state="${ready[*]} -- ${not_ready[*]}"
        if [ "$state" != "$last" ]; then
            write_config "$run_dir" "$listen" "${ready[@]}" -- "${not_ready[@]}"
            reload "$run_dir"
            echo "$(date -u +%FT%TZ) ready: ${ready[*]}; not ready: ${not_ready[*]:-none}" >> "$run_dir/readiness.log"
            last=$state
        fi
        sleep "${READINESS_SECONDS:-2}"
    done
}

case "${1:-}" in
    start)
        run_dir=${2:?usage: balancer.sh start RUN_DIR LISTEN_PORT SERVER_PORT...}
        listen=${3:?usage: balancer.sh start RUN_DIR LISTEN_PORT SERVER_PORT...}
        shift 3
        [ $# -gt 0 ] || fail "no server ports"
        await "$@"
        command -v nginx > /dev/null || fail "no nginx (install Debian's nginx-light package)"
        mkdir -p "$run_dir"/{client_body,proxy,fastcgi,uwsgi,scgi}
        write_config "$run_dir" "$listen" "$@"
        nginx -t -q -c "$run_dir/nginx.conf"
        nohup nginx -c "$run_dir/nginx.conf" > "$run_dir/nginx.log" 2>&1 &
        sleep 1
        kill -0 $! 2> /dev/null || fail "nginx did not start (is port $listen free?): $(cat "$run_dir/nginx.log")"
        await "$listen"
        nohup "$0" watch "$run_dir" "$listen" "$@" > /dev/null 2>&1 &
        ;;
    watch)
        shift
        watch_readiness "$@"
        ;;
    await)
        shift
        await "$@"
        ;;
    stop)
        run_dir=${2:?usage: balancer.sh stop RUN_DIR}
        if [ -f "$run_dir/nginx.pid" ]; then
            kill "$(cat "$run_dir/nginx.pid")" 2> /dev/null || true
            rm -f "$run_dir/nginx.pid"
        fi
        ;;
    *)
        sed -n '2,18p' "$0" >&2
        exit 2
        ;;
esac
