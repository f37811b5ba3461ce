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

case "${1:-}" in
    start)
        run_dir=${2:?usage: balancer.sh start RUN_DIR LISTEN_PORT SERVER_PORT...}
        listen=${3:?usage: balancer.sh start RUN_DIR LISTEN_PORT SERVER_PORT...}
        shift 3
        [ $# -gt 0 ] || fail "no server ports"
        await "$@"
        command -v nginx > /dev/null || fail "no nginx (install Debian's nginx-light package)"
        mkdir -p "$run_dir"/{client_body,proxy,fastcgi,uwsgi,scgi}
        servers=""
        for port in "$@"; do
            servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'
        done
        awk -v servers="$servers" -v listen="$listen" -v run="$run_dir" \
            '{ gsub(/@LISTEN@/, listen); gsub(/@RUN@/, run) } /^@SERVERS@$/ { printf "%s", servers; next } { print }' \
            "$here/flaskapp.conf" > "$run_dir/nginx.conf"
        nginx -t -q -c "$run_dir/nginx.conf"
        nohup nginx -c "$run_dir/nginx.conf" > "$run_dir/nginx.log" 2>&1 &
        sleep 1
        kill -0 $! 2> /dev/null || fail "nginx did not start (is port $listen free?): $(cat "$run_dir/nginx.log")"
        await "$listen"
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
        sed -n '2,11p' "$0" >&2
        exit 2
        ;;
esac
