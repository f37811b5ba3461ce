#!/usr/bin/env bash
# Backs up a running FlaskApp site and restores it (docs/operations.md).
#
#   backup.sh derby SITE_URL                  online backup of a site on embedded Derby, while it
#                                             serves; the server writes the copy into its backup
#                                             folder and this prints the copy's folder
#   backup.sh derby-restore COPY DATABASE     with the server stopped: the copy COPY becomes the
#                                             database folder DATABASE (what was there is kept
#                                             beside it, as DATABASE.before-restore-TIME)
#   backup.sh postgresql FILE                 pg_dump of the site's PostgreSQL database into FILE,
#                                             while it serves (a consistent snapshot)
#   backup.sh postgresql-restore FILE         with the servers stopped: the database becomes
#                                             FILE's content (its tables dropped first)
#
# After a restore, each server builds its search index again from the restored database (its
# index is ahead of it), and the site serves meanwhile.
#
# Environment:
#   FLASKAPP_OPERATIONS_TOKEN   derby: the site's operations token (the server's setting of the
#                               same name); the backup address opens with nothing else
#   PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE   postgresql: the database, as for psql
#                               (defaults: localhost 5432 flaskapp flaskapp flaskapp)
set -euo pipefail

fail() {
    echo "backup.sh: $*" >&2
    exit 1
}

export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-flaskapp} \
    PGPASSWORD=${PGPASSWORD:-flaskapp} PGDATABASE=${PGDATABASE:-flaskapp}

case "${1:-}" in
    derby)
        site=${2:?usage: backup.sh derby SITE_URL}
        [ -n "${FLASKAPP_OPERATIONS_TOKEN:-}" ] || fail "set FLASKAPP_OPERATIONS_TOKEN to the site's operations token"
        answer=$(mktemp)
        status=$(curl -s -o "$answer" -w '%{http_code}' -X POST -H "Authorization: Bearer $FLASKAPP_OPERATIONS_TOKEN" \
            "${site%/}/admin/backup") || { rm -f "$answer"; fail "cannot reach $site"; }
        body=$(cat "$answer")
        rm -f "$answer"
        [ "$status" = 200 ] || fail "the site answered $status: $body"
        sed -n 's/.*"database":"\([^"]*\)".*/\1/p' <<< "$body"
        ;;
    derby-restore)
        copy=${2:?usage: backup.sh derby-restore COPY DATABASE}
        database=${3:?usage: backup.sh derby-restore COPY DATABASE}
        [ -f "$copy/service.properties" ] || fail "$copy is not a Derby backup (no service.properties)"
        database=${database%/}
        if [ -e "$database" ]; then
            mv "$database" "$database.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
        fi
        mkdir -p "$(dirname "$database")"
        cp -r "$copy" "$database"
        echo "backup.sh: $database restored from $copy; start the server"
        ;;
    postgresql)
        file=${2:?usage: backup.sh postgresql FILE}
        pg_dump --format=custom --no-owner --file="$file"
        echo "backup.sh: $PGDATABASE on $PGHOST:$PGPORT backed up into $file"
        ;;
    postgresql-restore)
        file=${2:?usage: backup.sh postgresql-restore FILE}
        [ -f "$file" ] || fail "no such file: $file"
        pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error --dbname="$PGDATABASE" "$file"
        echo "backup.sh: $PGDATABASE on $PGHOST:$PGPORT restored from $file; start the servers"
        ;;
    *)
        sed -n '2,26p' "$0" >&2
        exit 2
        ;;
esac
