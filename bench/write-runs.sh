#!/usr/bin/env bash
# Create + activate + complete an assignment (or, with WORKLOAD=list, a list page; see below) against the
# benchmark's database at BENCH_SIZE people (default 1,000,000; the database run.sh seeded for
# that size), one JVM: WARM rounds of 10 s unmeasured (default 24), then RUNS measured runs of
# 15 s (default 3), each line with requests a second, p50 and p99 in ms, young and full
# collections, the service's and PostgreSQL's CPU a request, and what the machine itself did
# meanwhile (bench/SpeedProbe.java: core, memory, flush, handoff).
# For like-for-like pairs of two builds or two settings: alternate them, e.g.
#   bash bench/write-runs.sh /tmp/app-before before1; bash bench/write-runs.sh target/quarkus-app after1; …
#   QUARKUS_THREAD_POOL_MAX_THREADS=8 bash bench/write-runs.sh target/quarkus-app t8
# Needs the PostgreSQL that run.sh left running (BENCH_KEEP_PG=yes) and its keys in BENCH_DIR.
# PROFILE=file.collapsed profiles the second measured run (bench/profile.sh); JAVA_OPTS replaces
# the image's flags (JAVA_OPTS="@docker/jvm.options -XX:SurvivorRatio=4" adds to them).
# HEAP_DUMP=file.hprof dumps every object, live or not, after the measured runs, and lists what
# was promoted to the old generation in their last 40 s (bench/promoted.py).
# WORKLOAD=list runs run.sh's list page instead (the teachers of county 640422, first page, 16
# connections; BENCH_PATH another GET), WORKLOAD=read its read of one person (64 connections),
# WORKLOAD=enrol its enrolments (32 connections), the same way. TOKEN_DIVISION=640000 gives the
# token a division, as a county's or the province's operators have (the benchmark's own token has
# none: it sees everything without a scope check).
# WORKLOAD=overview instead counts the statistics overview RUNS times (default 4), one request at a
# time, each with another `from` date so that each one counts rather than answering from the last
# count, and prints each count's time and the service's and PostgreSQL's CPU for it.
# BENCH_DB names another database seeded the same way (one an older build migrated, for a pair
# across schema versions); BENCH_SIZE then still says how many people it holds.
# STORM=6 keeps six clients asking for statistics breakdowns, one after another without pause,
# while the workload runs, and prints what they were answered (the count slots at work).
set -euo pipefail
APP=$(cd "$1" && pwd); LABEL=$2
ROOT=$(cd "$(dirname "$0")/.." && pwd)
B=${BENCH_DIR:-/tmp/rural-talent-bench}
PORT=${HTTP_PORT:-18080}
export PGHOST=localhost PGPORT=${PGPORT:-15433} PGUSER=postgres PGPASSWORD=postgres PGDATABASE=${BENCH_DB:-rural_talent_bench_${BENCH_SIZE:-1000000}}
export RURAL_TALENT_PII_ENCRYPTION_KEY=$(cat "$B/pii-encryption.key") RURAL_TALENT_PII_HASH_KEY=$(cat "$B/pii-hash.key")
export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PGPORT/$PGDATABASE QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD=postgres QUARKUS_HTTP_PORT=$PORT MP_JWT_VERIFY_PUBLICKEY_LOCATION=$B/jwt-public.pem \
  MP_JWT_VERIFY_ISSUER=rural-talent-bench QUARKUS_DATASOURCE_JDBC_MAX_SIZE=${DB_POOL:-5} \
  RURAL_TALENT_RATE_LIMIT_REQUESTS_PER_MINUTE=1000000000
psql -q -v ON_ERROR_STOP=1 -f "$ROOT/bench/reset-writes.sql" > /dev/null
GC_LOG=$B/gc-$LABEL.log
JAVA_OPTS=${JAVA_OPTS:-@$ROOT/docker/jvm.options}
[ -n "${HEAP_DUMP:-}" ] && JAVA_OPTS="$JAVA_OPTS -Xlog:gc+heap=debug:file=$HEAP_DUMP.gc.log"
JAVA_OPTS=${JAVA_OPTS//@docker\//@$ROOT/docker/}  # the service starts in another folder
# shellcheck disable=SC2086  # the options are words
(cd "$APP" && exec java $JAVA_OPTS -Xlog:gc:file="$GC_LOG" -jar quarkus-run.jar > "$B/service-$LABEL.log" 2>&1) &
pid=$!
# The machine's own speed beside each measured run (bench/SpeedProbe.java)
PROBE_LOG=$B/speed-$LABEL.log
rm -f "$PROBE_LOG"
java -Xmx160m -XX:+UseSerialGC "$ROOT/bench/SpeedProbe.java" run "$PROBE_LOG" 2 & probe=$!
trap 'kill $pid $probe 2> /dev/null || true' EXIT
for _ in $(seq 1 1200); do
  curl -sf -o /dev/null "localhost:$PORT/q/health/ready" && break
  kill -0 $pid 2> /dev/null || { echo "the service stopped; see $B/service-$LABEL.log" >&2; exit 1; }
  sleep 0.05
done
pm=$(head -1 "$B/pgdata/postmaster.pid")
pg_ticks() {
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for c in $(pgrep -P "$pm"); do awk '{print $14 + $15}' "/proc/$c/stat" 2> /dev/null || true; done; } | awk '{s += $1} END {print s}'
}
# shellcheck disable=SC2086  # no division is no word
BENCH_TOKEN=$(cd "$ROOT" && java dev-keys/Token.java admin ${TOKEN_DIVISION:-} --key "$B/jwt-private.pem" --issuer rural-talent-bench --minutes 600 --subject bench)
read -r VILLAGES SESSIONS <<< "$(psql -Atq -F ' ' -c "select (select count(*) from division where level = 'VILLAGE'), (select count(*) from training_session)")"
case ${WORKLOAD:-writes} in
  writes) SCRIPT=create-activate.lua CONNS=32 THREADS=32 BETWEEN=$ROOT/bench/complete-cut-off.sql ;;
  list) SCRIPT=get-path.lua CONNS=16 THREADS=2 BETWEEN=
        export BENCH_PATH=${BENCH_PATH:-/api/v1/personnel?division=640422&category=TEACHER&limit=50} ;;
  read) SCRIPT=read-person.lua CONNS=64 THREADS=2 BETWEEN= ;;
  enrol) SCRIPT=enrol.lua CONNS=32 THREADS=2 BETWEEN= ;;
  overview)
    for i in $(seq 1 "${RUNS:-4}"); do
      j0=$(awk '{print $14 + $15}' "/proc/$pid/stat"); p0=$(pg_ticks); t0=$(date +%s.%N)
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $BENCH_TOKEN" \
        "localhost:$PORT/api/v1/statistics/overview?from=2000-01-$(printf %02d "$i")")
      t1=$(date +%s.%N); j1=$(awk '{print $14 + $15}' "/proc/$pid/stat"); p1=$(pg_ticks)
      awk -v l="$LABEL" -v i="$i" -v c="$code" -v t0="$t0" -v t1="$t1" -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v tick="$(getconf CLK_TCK)" \
        -v speed="$(java -Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "$ROOT/bench/SpeedProbe.java" summary "$PROBE_LOG" "${t0%.*}" "${t1%.*}")" \
        'BEGIN {printf "%s: count %d, HTTP %s, %.2f s, CPU: service %.2f s, PostgreSQL %.2f s (parallel workers included); %s\n",
          l, i, c, t1 - t0, j / tick, p / tick, speed}'
    done
    exit 0 ;;
  *) echo "WORKLOAD is writes, enrol, list, read or overview" >&2; exit 2 ;;
esac
storm=()
if [ -n "${STORM:-}" ]; then
  STORM_LOG=$B/storm-$LABEL.log
  rm -f "$STORM_LOG"
  for _ in $(seq 1 "$STORM"); do
    while true; do
      for p in "training/breakdown?groupBy=type" "dispatch?groupBy=county" "training/breakdown?groupBy=county" "dispatch?groupBy=role"; do
        curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $BENCH_TOKEN" \
          "localhost:$PORT/api/v1/statistics/$p" >> "$STORM_LOG"
      done
    done &
    storm+=($!)
  done
  trap 'kill $pid $probe "${storm[@]}" 2> /dev/null || true' EXIT
fi
export BENCH_TOKEN BENCH_LUA=$ROOT/bench/lua BENCH_PEOPLE=${BENCH_SIZE:-1000000} BENCH_VILLAGES=$VILLAGES BENCH_SESSIONS=$SESSIONS BENCH_THREADS=$THREADS
round() { BENCH_OFFSET=$offset wrk -t"$THREADS" -c"$CONNS" -d"$1" --timeout 10s -s "$ROOT/bench/lua/$SCRIPT" "http://localhost:$PORT" | grep '^RESULT'; }
between() { [ -z "$BETWEEN" ] || psql -q -v ON_ERROR_STOP=1 -f "$BETWEEN" > /dev/null; }
offset=0
for _ in $(seq 1 "${WARM:-24}"); do
  line=$(round 10s)
  between
  read -r _ _ _ _ _ _ _ offset <<< "$line"
done
for i in $(seq 1 "${RUNS:-3}"); do
  g0=$(grep -c 'Pause Young' "$GC_LOG" || true); f0=$(grep -c 'Pause Full' "$GC_LOG" || true); j0=$(awk '{print $14 + $15}' "/proc/$pid/stat"); p0=$(pg_ticks)
  prof=
  if [ "$i" = 2 ] && [ -n "${PROFILE:-}" ]; then
    bash "$ROOT/bench/profile.sh" "$pid" 14 "$PROFILE" > "$PROFILE.txt" 2>&1 & prof=$!
  fi
  t0=$(date +%s)
  line=$(round 15s)
  t1=$(date +%s)
  g1=$(grep -c 'Pause Young' "$GC_LOG" || true); f1=$(grep -c 'Pause Full' "$GC_LOG" || true); j1=$(awk '{print $14 + $15}' "/proc/$pid/stat"); p1=$(pg_ticks)
  [ -n "$prof" ] && wait "$prof"
  between
  echo "$line" | awk -v l="$LABEL" -v g=$((g1 - g0)) -v f=$((f1 - f0)) -v j=$((j1 - j0)) -v p=$((p1 - p0)) -v tick="$(getconf CLK_TCK)" \
    -v speed="$(java -Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "$ROOT/bench/SpeedProbe.java" summary "$PROBE_LOG" "$t0" "$t1")" \
    '{printf "%s: %.0f req/s, p50 %.1f ms, p99 %.1f ms, errors %d, young collections %d, full %d, CPU a request: service %.3f ms, PostgreSQL %.3f ms; %s\n",
      l, $2 / $3, $4 / 1000, $5 / 1000, $6 + $7, g, f, j * 1000 / tick / $2, p * 1000 / tick / $2, speed}'
  read -r _ _ _ _ _ _ _ offset <<< "$line"
done
if [ -n "${STORM:-}" ]; then
  kill "${storm[@]}" 2> /dev/null || true
  awk -v l="$LABEL" '{n[$1]++} $1 == 200 {s += $2} END {printf "%s: breakdowns answered", l; for (c in n) printf " %s ×%d", c, n[c];
    if (n[200]) printf "; a 200 took %.1f s on average", s / n[200]; print ""}' "$STORM_LOG"
fi
if [ -n "${HEAP_DUMP:-}" ]; then
  rm -f "$HEAP_DUMP"
  jmap -dump:format=b,file="$HEAP_DUMP" $pid > /dev/null
  python3 "$ROOT/bench/promoted.py" "$HEAP_DUMP" "$HEAP_DUMP.gc.log" 40
fi
