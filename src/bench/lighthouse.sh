#!/bin/bash
# Lighthouse (npm's lighthouse, on Debian's Chromium) on the pages that issue 25 names, at mobile
# and desktop settings, against a running site; prints a table of the four scores and fails when
# one is under its bound (accessibility 100; best practices, SEO and performance 95).
#
#   src/bench/lighthouse.sh BASE-URL [ADMIN-PASSWORD]
#
# BASE-URL is the site's root (http://127.0.0.1:8080/); with the administrator's password the
# signed-in editor (/posts/new/) is measured too. Lighthouse is installed under target/npm once.
# Run it on a quiet machine: Lighthouse's mobile setting slows the processor four times, and
# anything else running (a leftover browser, a build) costs performance points.
set -euo pipefail
cd "$(dirname "$0")/../.."
BASE=${1:?the site root, such as http://127.0.0.1:8080/}
BASE=${BASE%/}
PASSWORD=${2:-}
LIGHTHOUSE_VERSION=12.8.2
NPM_DIR=target/npm-lighthouse
LIGHTHOUSE=$NPM_DIR/node_modules/.bin/lighthouse
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
OUT=target/lighthouse
mkdir -p "$OUT"

if [ ! -x "$LIGHTHOUSE" ]; then
    mkdir -p "$NPM_DIR"
    (cd "$NPM_DIR" && npm install --no-save --no-audit --no-fund "lighthouse@$LIGHTHOUSE_VERSION" > /dev/null)
fi

pages=("/ home" "/posts/ posts" "/posts/1/ post" "/questions/ questions" "/questions/1/ question"
       "/search/ search" "/login/ sign-in")
headers=()
if [ -n "$PASSWORD" ]; then
    session=$(curl -s -c - -o /dev/null --data-urlencode "name=admin" --data-urlencode "password=$PASSWORD" \
        --data "sign-in-form=sign-in-form&jakarta.faces.ViewState=stateless&sign-in=Sign+in" "$BASE/login/" \
        | awk '$6 == "JSESSIONID" { print $7 }')
    [ -n "$session" ] || { echo "the administrator could not sign in" >&2; exit 1; }
    pages+=("/posts/new/ editor")
fi

failed=0
echo "| page | setting | performance | accessibility | best practices | SEO |"
echo "|---|---|---|---|---|---|"
for entry in "${pages[@]}"; do
    read -r path name <<< "$entry"
    for setting in mobile desktop; do
        args=(--quiet --output=json --output-path="$OUT/$name-$setting.json"
              --only-categories=performance,accessibility,best-practices,seo
              --chrome-flags="--headless=new --no-sandbox --disable-gpu")
        [ "$setting" = desktop ] && args+=(--preset=desktop)
        [ "$name" = editor ] && args+=(--extra-headers="{\"Cookie\":\"JSESSIONID=$session\"}")
        CHROME_PATH=$CHROMIUM "$LIGHTHOUSE" "$BASE$path" "${args[@]}" > /dev/null 2>&1 || true
        row=$(python3 - "$OUT/$name-$setting.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
scores = [report["categories"][c]["score"] for c in ("performance", "accessibility", "best-practices", "seo")]
bounds = [0.95, 1.0, 0.95, 0.95]
low = any(s is None or s < b for s, b in zip(scores, bounds))
print(("LOW " if low else "") + " | ".join("-" if s is None else str(round(s * 100)) for s in scores))
PY
)
        case "$row" in LOW*) failed=1; row="${row#LOW } (under a bound)" ;; esac
        echo "| $path | $setting | $row |"
    done
done
echo
echo "Reports: $OUT/*.json"
exit $failed
