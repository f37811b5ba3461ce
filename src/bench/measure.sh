# Measuring with wrk, and loading an app's pages and form, for bench.sh and scale-out.sh (sourced,
# not run). Expects WRK (the wrk command and its fixed options), RUNS, DURATION and OUT (the
# folder for wrk's full output), and a function log.

# wrk's latency in ms
to_ms() {
    awk -v v="$1" 'BEGIN { u = v; gsub(/[0-9.]/, "", u); n = v + 0;
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000;
        printf "%.2f", n }'
}

# One wrk run; prints "rps p50 p99 requests non2xx3xx". A page so slow that a run of the usual
# length completes almost no request (Flask rendering 100,000 posts) is given six times as long.
wrk_once() {
    local seconds=$1; shift
    local output
    output=$("${WRK[@]}" -d"${seconds}s" "$@")
    if [ "$(awk '/requests in/ { print $1 }' <<< "$output")" -lt 10 ]; then
        echo "$output" >> "$OUT/wrk.log"
        settle "${@: -1}"
        output=$("${WRK[@]}" -d"$((seconds * 6))s" "$@")
    fi
    echo "$output" >> "$OUT/wrk.log"
    local rps p50 p99 total bad
    rps=$(awk '/^Requests\/sec/ { print $2 }' <<< "$output")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<< "$output")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<< "$output")")
    total=$(awk '/requests in/ { print $1 }' <<< "$output")
    bad=$(awk '/Non-2xx or 3xx/ { print $5 }' <<< "$output")
    echo "$rps $p50 $p99 $total ${bad:-0}"
}

# Waits until the server has worked off what an earlier run left queued: the Flask workers go on
# rendering requests that wrk has given up on.
settle() {
    local root deadline=$((SECONDS + 600))
    root=$(sed -E 's#^(https?://[^/]+).*#\1/#' <<< "$1")
    until curl -s -o /dev/null -m 5 "$root"; do
        [ $SECONDS -lt $deadline ] || { log "$root did not settle"; exit 1; }
    done
}

# Waits until no write is being stored any more: the list of questions stays the same for 2 s.
wait_until_quiet() {
    local url=$1 before="" now deadline=$((SECONDS + 120))
    now=$(curl -s "$url" | md5sum)
    until [ "$now" = "$before" ] || [ $SECONDS -ge $deadline ]; do
        before=$now
        sleep 2
        now=$(curl -s "$url" | md5sum)
    done
}

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# RUNS runs; leaves the medians "rps p50 p99" in $MEASURED, the summed requests in $REQUESTS and
# the summed failures in $FAILED. (Not called in a subshell, so these reach the caller.)
measure() {
    local runs=() line
    REQUESTS=0; FAILED=0
    for _ in $(seq "$RUNS"); do
        settle "${@: -1}"
        line=$(wrk_once "$DURATION" "$@")
        runs+=("$line")
        REQUESTS=$((REQUESTS + $(cut -d' ' -f4 <<< "$line")))
        FAILED=$((FAILED + $(cut -d' ' -f5 <<< "$line")))
    done
    local rps p50 p99
    rps=$(printf '%s\n' "${runs[@]}" | cut -d' ' -f1 | median)
    p50=$(printf '%s\n' "${runs[@]}" | cut -d' ' -f2 | median)
    p99=$(printf '%s\n' "${runs[@]}" | cut -d' ' -f3 | median)
    MEASURED="$rps $p50 $p99"
}

wait_for() {
    local url=$1 deadline=$((SECONDS + 180))
    until curl -sf -o /dev/null "$url"; do
        [ $SECONDS -lt $deadline ] || { log "no answer from $url"; exit 1; }
        sleep 0.5
    done
}

# Loads every page of one app: the GET pages, then the form. Appends rows to $OUT/rows and leaves
# the number of submissions that wrk saw accepted in $ACCEPTED.
# Args: app size base-url form-kind
load_app() {
    local app=$1 size=$2 base=$3 form=$4
    local page
    for page in / /posts/ /questions/; do
        log "$app, $size posts: GET $page"
        measure "$base$page"
        echo "$app $size GET$page $MEASURED" >> "$OUT/rows"
    done
    log "$app, $size posts: POST /questions/"
    FORM=$form measure -s src/bench/post-question.lua "$base/questions/"
    settle "$base/questions/"
    echo "$app $size POST/questions/ $MEASURED" >> "$OUT/rows"
    ACCEPTED=$((REQUESTS - FAILED))
    # A question submitted now is on the very next GET. First let the submissions that wrk left in
    # flight finish: they would otherwise be stored after this one and push it off the first page.
    wait_until_quiet "$base/questions/"
    local marker="Visible-at-once-$RANDOM$RANDOM" posted redirect listed
    # What a browser does: post, then follow the redirect (for us /questions/?asked=ID, which any
    # server of several answers with the question in it).
    read -r posted redirect < <(curl -s -o /dev/null -w "%{http_code} %{redirect_url}\n" -X POST "$base/questions/" \
        --data "question-form=question-form&content=$marker&answer=yes&submit=Submit&jakarta.faces.ViewState=stateless")
    listed=$(curl -s -w "%{http_code}" "${redirect:-$base/questions/}")
    if grep -q "$marker" <<< "$listed"; then
        echo "$app $size: a question submitted is listed on the page the form redirects to" >> "$OUT/checks"
    else
        sleep 2
        echo "FAILED: $app $size: a question submitted (answer $posted) is missing from the page it redirects to" \
            "(answer ${listed: -3}; 2 s later: $(curl -s "$base/questions/" | grep -c "$marker") times)" >> "$OUT/checks"
        echo "$listed" > "$OUT/missing-$app-$size.html"
    fi
}

# Args: app size questions-before questions-after (the after count includes the visibility check)
check_stored() {
    local stored=$(($4 - $3 - 1))
    echo "$1 $2: $ACCEPTED submissions answered with a redirect, $stored new rows" >> "$OUT/checks"
    if [ "$stored" -lt "$ACCEPTED" ]; then
        echo "FAILED: $1 $2: submissions lost" >> "$OUT/checks"
    fi
}

