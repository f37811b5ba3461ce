#!/bin/bash
# Lighthouse (npm's lighthouse, on Debian's Chromium) on the pages that issue 25 names, at mobile
# and desktop settings, against a running site; prints a table of the four scores and fails when
# one is under its bound (accessibility 100; best practices, SEO and performance 95).
#
#   src/bench/lighthouse.sh BASE-URL [ADMIN-PASSWORD]
#
# BASE-URL is the site's root (http://127.0.0.1:8080/); with the administrator's password the
# signed-in editor (/posts/new/) is measured too. Lighthouse is the one the build installs under
# target/npm (the version in pom.xml); before a build, the script installs that version itself.
# The tests run this script too (LighthouseIT), with REPORTS set to their evidence folder.
# Run it on a quiet machine: performance is estimated (simulated throttling), yet it still moves
# with anything else running (a leftover browser, a build).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=sign-in.sh
source src/bench/sign-in.sh
BASE=${1:?the site root, such as http://127.0.0.1:8080/}
BASE=${BASE%/}
PASSWORD=${2:-}
LIGHTHOUSE=target/npm/node_modules/lighthouse
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
OUT=${REPORTS:-target/lighthouse}
mkdir -p "$OUT"

if [ ! -d "$LIGHTHOUSE" ]; then
    # a folder of its own: npm would remove the build's axe-core from target/npm
    LIGHTHOUSE=target/npm-lighthouse/node_modules/lighthouse
    version=$(sed -n 's:.*<lighthouse.version>\(.*\)</lighthouse.version>.*:\1:p' pom.xml)
    [ -d "$LIGHTHOUSE" ] || npm install --prefix=target/npm-lighthouse --no-save --no-audit --no-fund "lighthouse@$version" > /dev/null
fi

# address and name, for each page
pages=(/ home /posts/ posts /posts/1/ post /questions/ questions /questions/1/ question
       /search/ search /login/ sign-in)
if [ -n "$PASSWORD" ]; then
    cookies=$(session_cookies "$BASE" admin "$PASSWORD")
    [ -n "$cookies" ] || { echo "the administrator could not sign in" >&2; exit 1; }
    pages+=(/posts/new/ editor)
fi

status=0
CHROMIUM=$CHROMIUM node src/bench/lighthouse.mjs "$(cd "$(dirname "$LIGHTHOUSE")" && pwd)" "$BASE" "$OUT" \
    "${cookies:-}" -- "${pages[@]}" || status=$?
echo
echo "Reports: $OUT/*.json"
exit $status
