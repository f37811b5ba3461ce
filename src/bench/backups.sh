#!/usr/bin/env bash
# How long the backup and restore commands (server-config/backup/backup.sh) take at 1,000,000
# posts, on each database; prints one line per command and saves them in target/bench/backups.
#
#   Derby       the Payara bench domain as bench.sh leaves it (1,000,000 posts after its
#               OURS_ONLY_SIZES or SITEMAP_SIZES part): started with the app, an online backup
#               through the running site, then the restore of the copy into an empty folder
#   PostgreSQL  a cluster of its own (target/bench/postgresql, port 15499) with the app's schema
#               (its migration scripts, in order) and 1,000,000 generated posts: pg_dump, then
#               the restore into an empty database and again over the restored one
#
#   src/bench/backups.sh              (after bench.sh; about 2 minutes)
#   SKIP_DERBY=1 src/bench/backups.sh PostgreSQL only (no bench domain needed)
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT=target/bench
mkdir -p "$OUT"
asadmin=target/payara6/bin/asadmin
export FLASKAPP_OPERATIONS_TOKEN=bench-operations-token-$$
export PGHOST=127.0.0.1 PGPORT=15499 PGUSER=flaskapp PGPASSWORD=flaskapp
PG=(env PG_DATA="$PWD/$OUT/postgresql" PG_PORT=$PGPORT server-config/postgresql/postgres.sh)

log() { echo "[backups $(date +%H:%M:%S)] $*" >&2; }
timed() { local start end; start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }

: > "$OUT/backups"
derby() {
    [ -d target/payara6/glassfish/domains/flaskapp-bench ] || { log "no bench domain: run src/bench/bench.sh first"; return; }
    log "Derby: starting the bench domain with the app"
    "$asadmin" start-domain flaskapp-bench > /dev/null
    "$asadmin" --port 19048 undeploy flaskapp > /dev/null 2>&1 || true # (a forced deploy over it failed here)
    "$asadmin" --port 19048 deploy --contextroot=/ --name=flaskapp target/flaskapp.war > /dev/null
    local copy size restored
    copy=$(server-config/backup/backup.sh derby http://localhost:19080) # warms the page cache
    rm -rf "$(dirname "$copy")"
    local start end
    start=$(date +%s.%N)
    copy=$(server-config/backup/backup.sh derby http://localhost:19080)
    end=$(date +%s.%N)
    size=$(du -sm "$copy" | cut -f1)
    echo "derby backup $(echo "$end - $start" | bc) s ($size MB)" | tee -a "$OUT/backups"
    restored=$(mktemp -d)
    echo "derby restore $(timed server-config/backup/backup.sh derby-restore "$copy" "$restored/flaskapp") s" | tee -a "$OUT/backups"
    rm -rf "$restored" "$(dirname "$copy")"
    "$asadmin" stop-domain flaskapp-bench > /dev/null
}

postgresql() {
    log "PostgreSQL: a cluster with the app's schema and 1,000,000 posts"
    "${PG[@]}" start > /dev/null
    "${PG[@]}" createdb flaskapp_bench
    for script in $( (ls src/main/resources/db/postgresql/*.sql src/main/resources/db/common/*.sql) \
            | awk -F/ '{ v = $NF; sub(/^V/, "", v); sub(/__.*/, "", v); print v, $0 }' | sort -n | cut -d' ' -f2); do
        psql -q -v ON_ERROR_STOP=1 -d flaskapp_bench -f "$script" > /dev/null
    done
    psql -q -v ON_ERROR_STOP=1 -d flaskapp_bench -c "INSERT INTO post (title, content, category_id, published_at, updated_at)
            SELECT 'Post ' || g, repeat('Some words of post ' || g || '. ', 25), (SELECT min(id) FROM category), now(), now()
            FROM generate_series(1, 1000000) g"
    local dump size
    dump=$(mktemp -d)/flaskapp.dump
    echo "postgresql backup $(PGDATABASE=flaskapp_bench timed server-config/backup/backup.sh postgresql "$dump") s ($(psql -At -d flaskapp_bench -c "SELECT pg_database_size('flaskapp_bench') / 1048576") MB database, $(($(stat -c %s "$dump") / 1048576)) MB dump)" \
        | tee -a "$OUT/backups"
    "${PG[@]}" createdb flaskapp_restored
    echo "postgresql restore (empty database) $(PGDATABASE=flaskapp_restored timed server-config/backup/backup.sh postgresql-restore "$dump") s" | tee -a "$OUT/backups"
    echo "postgresql restore (over the same) $(PGDATABASE=flaskapp_restored timed server-config/backup/backup.sh postgresql-restore "$dump") s" | tee -a "$OUT/backups"
    rm -rf "$(dirname "$dump")"
    "${PG[@]}" stop
}

[ -n "${SKIP_DERBY:-}" ] || derby
postgresql
