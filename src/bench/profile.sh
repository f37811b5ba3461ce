#!/usr/bin/env bash
# A profile of a running server while something loads it: Java Flight Recorder for SECONDS,
# summed up (profile-summary.py) as the methods that were running (self), the site's own methods
# (org.flaskapp) with everything they called (inclusive), and the time request threads waited
# (monitors, parking: a database lock in Derby is a monitor wait) by the site's method that
# waited.
#
#   src/bench/profile.sh PID [SECONDS] [TOP]
#
# PID is the server's Java process (Payara: domains/DOMAIN/config/pid); run the load (wrk) at the
# same time. Writes target/bench/profile-PID.jfr and prints the two tables.
set -euo pipefail
cd "$(dirname "$0")/../.."
PID=${1:?the server process id}
SECONDS_TO_RECORD=${2:-20}
TOP=${3:-25}
mkdir -p target/bench
RECORDING=$PWD/target/bench/profile-$PID.jfr
jcmd "$PID" JFR.start name=bench-profile settings=profile duration="${SECONDS_TO_RECORD}s" filename="$RECORDING" > /dev/null
sleep $((SECONDS_TO_RECORD + 2))
jfr print --events jdk.ExecutionSample,jdk.JavaMonitorWait,jdk.JavaMonitorEnter,jdk.ThreadPark --stack-depth 64 "$RECORDING" \
    | python3 "$(dirname "$0")/profile-summary.py" "$TOP"
