#!/usr/bin/env bash
# Starts and stops the Payara Server domain that serves FlaskApp. The run command and the tests
# both come through here, so they get the same server set-up.
#
#   domain.sh run WAR   start in the foreground with WAR deployed at /; Ctrl-C stops the server
#   domain.sh start     start in the background, datasource ready, nothing deployed (for tests)
#   domain.sh stop      stop the domain
#
# The first start of a domain also sets it up: the JDBC drivers (Derby, PostgreSQL) into its lib
# folder, the datasource jdbc/flaskapp (DATASOURCE_SCRIPT) and server-settings.asadmin, applied
# with a start and a stop.
#
# Environment (the defaults suit a checkout built with "mvn package"):
#   PAYARA_HOME        unpacked Payara Server 6           (default: target/payara6)
#   DERBY_LIB          folder with the Derby jars          (default: target/derby-lib)
#   POSTGRESQL_LIB     folder with postgresql.jar          (default: target/postgresql-lib)
#   DOMAIN             domain name; created if missing     (default: domain1)
#   PORT_BASE          ports of a new domain: admin = PORT_BASE+48, HTTP = PORT_BASE+80
#                      (default: none, i.e. 4848 and 8080)
#   DATASOURCE_SCRIPT  file in this folder that creates jdbc/flaskapp (default: derby-embedded.asadmin)
#   DATASOURCE_PROPERTIES  on creation, properties of jdbc/flaskapp's pool to set after the script,
#                      such as "portNumber=15432" (default: none)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
checkout=$(cd "$here/../.." && pwd)
PAYARA_HOME=${PAYARA_HOME:-$checkout/target/payara6}
DERBY_LIB=${DERBY_LIB:-$checkout/target/derby-lib}
POSTGRESQL_LIB=${POSTGRESQL_LIB:-$checkout/target/postgresql-lib}
DOMAIN=${DOMAIN:-domain1}
DATASOURCE_SCRIPT=${DATASOURCE_SCRIPT:-derby-embedded.asadmin}

asadmin="$PAYARA_HOME/bin/asadmin"
domain_dir="$PAYARA_HOME/glassfish/domains/$DOMAIN"

fail() {
    echo "domain.sh: $*" >&2
    exit 1
}

create_domain_if_missing() {
    [ -d "$domain_dir" ] && return
    local ports=()
    [ -n "${PORT_BASE:-}" ] && ports=(--portbase "$PORT_BASE")
    "$asadmin" create-domain --nopassword=true "${ports[@]}" "$DOMAIN"
}

# The same as "asadmin add-library", but done before the start so no restart is needed.
install_drivers() {
    compgen -G "$DERBY_LIB/derby*.jar" > /dev/null || fail "no Derby jars in $DERBY_LIB (run mvn package first)"
    [ -f "$POSTGRESQL_LIB/postgresql.jar" ] || fail "no postgresql.jar in $POSTGRESQL_LIB (run mvn package first)"
    cp -u "$DERBY_LIB"/derby*.jar "$POSTGRESQL_LIB/postgresql.jar" "$domain_dir/lib/"
}

# A domain is set up once, the way an administrator would do it: start it, run the asadmin files
# against it, stop it. From then on the set-up lives in domain.xml, where the admin console shows
# and edits it, and later starts leave it alone.
configure_domain_once() {
    local marker="$domain_dir/config/flaskapp-configured"
    [ -f "$marker" ] && return
    echo "domain.sh: first start of $DOMAIN: creating jdbc/flaskapp and applying server settings"
    "$asadmin" start-domain "$DOMAIN"
    local port
    port=$(admin_port)
    if ! grep -q 'jndi-name="jdbc/flaskapp"' "$domain_dir/config/domain.xml"; then
        "$asadmin" --port "$port" multimode --file "$here/$DATASOURCE_SCRIPT"
        set_pool_properties "$port" ${DATASOURCE_PROPERTIES:-}
    fi
    "$asadmin" --port "$port" multimode --file "$here/server-settings.asadmin"
    "$asadmin" stop-domain "$DOMAIN"
    date -u > "$marker"
}

set_pool_properties() {
    local port=$1 pool
    shift
    [ $# -gt 0 ] || return 0
    pool=$("$asadmin" --port "$port" get resources.jdbc-resource.jdbc/flaskapp.pool-name | sed -n 's/.*pool-name=//p')
    for property in "$@"; do
        "$asadmin" --port "$port" set "resources.jdbc-connection-pool.$pool.property.$property"
    done
}

admin_port() {
    sed -n 's/.*<network-listener[^>]*name="admin-listener"[^>]*port="\([0-9]*\)".*/\1/p;s/.*<network-listener[^>]*port="\([0-9]*\)"[^>]*name="admin-listener".*/\1/p' \
        "$domain_dir/config/domain.xml" | head -n 1
}

deploy_when_booted() {
    local jmx_port
    jmx_port=$(sed -n 's/.*<jmx-connector[^>]*port="\([0-9]*\)".*/\1/p' "$domain_dir/config/domain.xml" | head -n 1)
    for _ in $(seq 1 300); do
        (exec 3<> "/dev/tcp/127.0.0.1/$jmx_port") 2> /dev/null && break
        sleep 1
    done
    "$asadmin" --port "$(admin_port)" deploy --force=true --contextroot=/ --name=flaskapp "$1"
}

case "${1:-}" in
    run)
        war=$(cd "$(dirname "${2:?usage: domain.sh run WAR}")" && pwd)/$(basename "$2")
        [ -f "$war" ] || fail "no such WAR: $war"
        create_domain_if_missing
        install_drivers
        configure_domain_once
        # Deployed from the background once the server has its JMX connector, and with it the
        # JVM's platform MBean server: a post-boot deploy came before that, and embedded Derby's
        # first boot during the deployment failed for want of Payara's MBean server builder
        # (measured on a fresh clone). The terminal goes to the server: Ctrl-C stops it cleanly.
        deploy_when_booted "$war" &
        echo "Starting Payara Server; FlaskApp will be on http://localhost:8080/ once the log says it was deployed."
        echo "Admin console: http://localhost:4848/  -  Ctrl-C stops the server."
        exec "$asadmin" start-domain --verbose "$DOMAIN"
        ;;
    start)
        create_domain_if_missing
        install_drivers
        configure_domain_once
        "$asadmin" start-domain "$DOMAIN"
        ;;
    stop)
        "$asadmin" stop-domain "$DOMAIN"
        ;;
    *)
        sed -n '2,24p' "$0" >&2
        exit 2
        ;;
esac
