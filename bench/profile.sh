#!/usr/bin/env bash
# Profiles the running service's CPU for SECONDS with async-profiler (fetched once from Maven
# Central into target/profiler): where the time of a workload goes, Java, JVM and kernel alike.
# Usage: bash bench/profile.sh PID [SECONDS] [OUT] [FRAME...]
#   OUT ending in .html is a flame graph; otherwise collapsed stacks, summarised on the terminal
#   (the service's own methods, and any FRAME named, by their share of all samples).
# Run it while a workload drives the service, e.g. after bench/run.sh's warm-up with BENCH_KEEP_PG=yes,
# or against a service started as bench/run.sh starts it.
# PROFILE_EVENT=itimer samples with the process's CPU timer instead of perf events: on a virtual
# machine that gives perf events no CPU clock (session 26's: 48 samples in 14 s), only it works.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PID=$1; SECONDS_=${2:-20}; OUT=${3:-profile-$PID.collapsed}; shift $(( $# < 3 ? $# : 3 ))
VERSION=4.0
DIR=$ROOT/target/profiler
AGENT=$DIR/linux-x64/libasyncProfiler.so
if [ ! -f "$AGENT" ]; then
  mkdir -p "$DIR"
  (cd "$ROOT" && ./mvnw -B -q dependency:copy -Dartifact="tools.profiler:async-profiler:$VERSION:jar:linux-x64" -DoutputDirectory="$DIR")
  (cd "$DIR" && unzip -q -o "async-profiler-$VERSION-linux-x64.jar" 'linux-x64/*')
fi
java "$ROOT/bench/Profile.java" "$AGENT" "$PID" "$SECONDS_" "$OUT" "$@"
