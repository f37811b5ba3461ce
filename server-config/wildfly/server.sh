#!/usr/bin/env bash
# Starts and stops the WildFly server that serves FlaskApp: the counterpart of ../payara/domain.sh.
# The run command and the tests both come through here, so they get the same server set-up.
#
#   server.sh run WAR   start in the foreground with WAR deployed at /; Ctrl-C stops the server
#   server.sh start     start in the background, datasource ready, nothing deployed (for tests)
#   server.sh stop      stop the server, once the requests in flight are answered
#
# Each server is a folder of its own under WILDFLY_HOME (configuration, data, logs), made from the
# installation's untouched standalone/ folder on first use, like a Payara domain. The first
# start of a folder also sets it up, offline: the modules EclipseLink, Derby and PostgreSQL, the
# datasource jdbc/flaskapp (DATASOURCE_SCRIPT) and server-settings.cli.
#
# Environment (the defaults suit a checkout built with "mvn package"):
#   WILDFLY_HOME       unpacked WildFly                        (default: target/wildfly)
#   DERBY_LIB          folder with the Derby jars              (default: target/derby-lib)
#   POSTGRESQL_LIB     folder with postgresql.jar              (default: target/postgresql-lib)
#   ECLIPSELINK_JAR    EclipseLink for the module              (default: target/wildfly-lib/eclipselink.jar)
#   SERVER             the server's folder under WILDFLY_HOME  (default: flaskapp)
#   PORT_OFFSET        added to every port: HTTP 8080+N, management 9990+N (default: 0)
#   DATASOURCE_SCRIPT  file in this folder that creates jdbc/flaskapp (default: derby-embedded.cli)
#   SERVER_CONFIG      the configuration file of the folder (default: standalone.xml; standalone-ha.xml
#                      for a cluster, see scale-out.sh)
#   EXTRA_SETUP        more files in this folder to apply on first start (default: none)
#   SERVER_ARGS        more arguments for standalone.sh, such as -Dname=value (default: none)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
WILDFLY_HOME=${WILDFLY_HOME:-$checkout/target/wildfly}
DERBY_LIB=${DERBY_LIB:-$checkout/target/derby-lib}
POSTGRESQL_LIB=${POSTGRESQL_LIB:-$checkout/target/postgresql-lib}
ECLIPSELINK_JAR=${ECLIPSELINK_JAR:-$checkout/target/wildfly-lib/eclipselink.jar}
SERVER=${SERVER:-flaskapp}
PORT_OFFSET=${PORT_OFFSET:-0}
DATASOURCE_SCRIPT=${DATASOURCE_SCRIPT:-derby-embedded.cli}
SERVER_CONFIG=${SERVER_CONFIG:-standalone.xml}
read -r -a extra_setup <<< "${EXTRA_SETUP:-}"
read -r -a server_args <<< "${SERVER_ARGS:-}"

server_dir="$WILDFLY_HOME/$SERVER"
management="127.0.0.1:$((9990 + PORT_OFFSET))"
cli="$WILDFLY_HOME/bin/jboss-cli.sh"

# A fixed, small heap and the serial collector keep the resident size low on a small machine, as
# on Payara; standalone.conf reads this variable.
export JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:--Xms256m -Xmx256m -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=96m}

fail() {
    echo "server.sh: $*" >&2
    exit 1
}

[ -x "$cli" ] || fail "no WildFly at $WILDFLY_HOME (run mvn package first)"

# Runs CLI files against the server folder without starting it (an embedded, offline server).
offline() {
    local script
    script=$(mktemp)
    {
        echo "embed-server --std-out=discard --server-config=$SERVER_CONFIG"
        for file in "$@"; do cat "$here/$file"; echo; done
        echo "stop-embedded-server"
    } > "$script"
    "$cli" -Djboss.server.base.dir="$server_dir" -Dderby.lib="$DERBY_LIB" -Dpostgresql.jar="$POSTGRESQL_LIB/postgresql.jar" -Declipselink.jar="$ECLIPSELINK_JAR" \
        -Djipijapa.jar="$(compgen -G "$WILDFLY_HOME/modules/system/layers/base/org/eclipse/persistence/main/jipijapa-eclipselink-*.jar")" \
        --file="$script"
    rm -f "$script"
}

set_up_once() {
    [ -d "$server_dir" ] || cp -r "$WILDFLY_HOME/standalone" "$server_dir"
    local marker="$server_dir/configuration/flaskapp-configured"
    local settings_marker="$server_dir/configuration/flaskapp-settings.sha256"
    local settings_sum
    settings_sum=$(sha256sum "$here/server-settings.cli" | cut -d' ' -f1)
    if [ -f "$marker" ]; then
        # a folder made by an older checkout gets the settings that this one adds
        if [ "$(cat "$settings_marker" 2> /dev/null)" != "$settings_sum" ]; then
            echo "server.sh: server-settings.cli changed: applying it to $SERVER"
            offline server-settings.cli
            echo "$settings_sum" > "$settings_marker"
        fi
        return
    fi
    compgen -G "$DERBY_LIB/derby*.jar" > /dev/null || fail "no Derby jars in $DERBY_LIB (run mvn package first)"
    [ -f "$ECLIPSELINK_JAR" ] || fail "no EclipseLink at $ECLIPSELINK_JAR (run mvn package first)"
    [ -f "$POSTGRESQL_LIB/postgresql.jar" ] || fail "no postgresql.jar in $POSTGRESQL_LIB (run mvn package first)"
    echo "server.sh: first start of $SERVER: modules, jdbc/flaskapp and server settings"
    offline derby-module.cli postgresql-module.cli eclipselink-module.cli "$DATASOURCE_SCRIPT" server-settings.cli \
        "${extra_setup[@]}"
    date -u > "$marker"
    echo "$settings_sum" > "$settings_marker"
}

server_state() {
    "$cli" --controller="$management" -c --commands=":read-attribute(name=server-state)" 2> /dev/null \
        | sed -n 's/.*"result" => "\(.*\)".*/\1/p'
}

start_in_background() {
    mkdir -p "$server_dir/log"
    nohup "$WILDFLY_HOME/bin/standalone.sh" -c "$SERVER_CONFIG" -Djboss.server.base.dir="$server_dir" \
        -Djboss.socket.binding.port-offset="$PORT_OFFSET" "${server_args[@]}" > "$server_dir/log/console.log" 2>&1 &
    for _ in $(seq 1 120); do
        [ "$(server_state)" = running ] && { echo "server.sh: $SERVER is running (management on $management)"; return; }
        sleep 1
    done
    fail "$SERVER did not start within 120 s; see $server_dir/log/console.log"
}

case "${1:-}" in
    run)
        war=$(cd "$(dirname "${2:?usage: server.sh run WAR}")" && pwd)/$(basename "$2")
        [ -f "$war" ] || fail "no such WAR: $war"
        set_up_once
        # The deployment scanner deploys what is in this folder once the server has booted; the
        # context root / comes from WEB-INF/jboss-web.xml.
        cp "$war" "$server_dir/deployments/flaskapp.war"
        echo "Starting WildFly; FlaskApp will be on http://localhost:$((8080 + PORT_OFFSET))/ once the log says it was deployed."
        echo "Management console: http://localhost:$((9990 + PORT_OFFSET))/ (needs a management user: bin/add-user.sh)  -  Ctrl-C stops the server."
        exec "$WILDFLY_HOME/bin/standalone.sh" -c "$SERVER_CONFIG" -Djboss.server.base.dir="$server_dir" \
            -Djboss.socket.binding.port-offset="$PORT_OFFSET" "${server_args[@]}"
        ;;
    start)
        set_up_once
        start_in_background
        ;;
    stop)
        # Suspended first: requests in flight finish (for up to 30 s), new ones get 503 meanwhile.
        "$cli" --controller="$management" -c --commands=":shutdown(suspend-timeout=30)" > /dev/null
        echo "server.sh: $SERVER stopped"
        ;;
    *)
        sed -n '2,26p' "$0" >&2
        exit 2
        ;;
esac
