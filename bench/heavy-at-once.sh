#!/usr/bin/env bash
# The heaviest requests the API allows, at once, against a benchmark database that bench/run.sh
# has left (BENCH_KEEP_PG=yes; 1,000,000 people by default): while reads (32 connections) and a
# list page (8) run for RUN seconds, XLSX exports of every teacher (100,000 rows at 1,000,000, the
# most an export holds), CSV exports of 85,714 assignments, and a dry-run import of 200,000 new
# people (the most rows a job takes). It prints each answer, the reads' and pages' rates, the
# service's resident set (sampled each second) and its collector's counts, and whether the log
# names an OutOfMemoryError. The service runs with the image's flags (docker/jvm.options) unless
# JAVA_OPTS says otherwise, so this shows what the heap production has does with such a load.
# Usage: ./mvnw -B package -DskipTests &&
#   [XLSX=4] [CSV=2] [IMPORT=yes] [RUN=150] [JAVA_OPTS="@docker/jvm.options -Xmx96m"] bash bench/heavy-at-once.sh [people]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${1:-1000000}
XLSX=${XLSX:-4}
CSV=${CSV:-2}
IMPORT=${IMPORT:-yes}
RUN=${RUN:-150}
BENCH_DIR=${BENCH_DIR:-/tmp/rural-talent-bench}
HTTP_PORT=${HTTP_PORT:-18481}
JAVA_OPTS=${JAVA_OPTS:-@$ROOT/docker/jvm.options}
JAVA_OPTS=${JAVA_OPTS//@docker\//@$ROOT/docker/}  # the service starts in another folder
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-15433} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
export PGDATABASE=${PGDATABASE:-rural_talent_bench_$N}
psql -Atqc 'select 1' > /dev/null || { echo "no benchmark database $PGDATABASE: run bench/run.sh $N with BENCH_KEEP_PG=yes first" >&2; exit 2; }
command -v wrk > /dev/null || { echo "wrk is missing: bench/run.sh installs it" >&2; exit 2; }
WORK=$(mktemp -d)
SERVICE_PID=
trap '[ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2> /dev/null; rm -rf "$WORK"' EXIT

# 200,000 people born in 1950 onwards in county 640425, so no row updates a seeded person.
python3 - > "$WORK/people.csv" <<'PY'
import datetime
w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
print("姓名,身份证号,政治面貌,民族,人才类别,户籍地")
day, seq = datetime.date(1950, 1, 1), 0
for n in range(200000):
    body = "640425" + day.strftime("%Y%m%d") + "%03d" % seq
    print("导入%d,%s%s,群众,回族,高素质农民、致富带头人,640424" % (n, body, "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]))
    seq += 1
    if seq == 1000:
        seq, day = 0, day + datetime.timedelta(days=1)
PY

cd "$ROOT/target/quarkus-app"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE" QUARKUS_DATASOURCE_USERNAME=$PGUSER \
  QUARKUS_DATASOURCE_PASSWORD=$PGPASSWORD QUARKUS_HTTP_PORT=$HTTP_PORT QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$((2 * $(nproc) + 1)) \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$BENCH_DIR/jwt-public.pem" MP_JWT_VERIFY_ISSUER=rural-talent-bench \
  RURAL_TALENT_RATE_LIMIT_REQUESTS_PER_MINUTE=1000000000 \
  RURAL_TALENT_PII_ENCRYPTION_KEY=$(cat "$BENCH_DIR/pii-encryption.key") RURAL_TALENT_PII_HASH_KEY=$(cat "$BENCH_DIR/pii-hash.key") \
  java $JAVA_OPTS -jar quarkus-run.jar > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
cd "$ROOT"
for _ in $(seq 1 1200); do
  curl -sf -o /dev/null "localhost:$HTTP_PORT/q/health/ready" && break
  kill -0 $SERVICE_PID 2> /dev/null || { echo "the service stopped:" >&2; tail -20 "$WORK/service.log" >&2; exit 1; }
  sleep 0.1
done
(while kill -0 $SERVICE_PID 2> /dev/null; do awk '/VmRSS/ {print int($2 / 1024)}' /proc/$SERVICE_PID/status 2> /dev/null; sleep 1; done > "$WORK/rss.txt") &

TOKEN=$(java dev-keys/Token.java admin --key "$BENCH_DIR/jwt-private.pem" --issuer rural-talent-bench --minutes 600 --subject bench)
read -r VILLAGES SESSIONS <<< "$(psql -Atq -F ' ' -c "select (select count(*) from division where level = 'VILLAGE'), (select count(*) from training_session)")"
export BENCH_TOKEN=$TOKEN BENCH_PEOPLE=$N BENCH_VILLAGES=$VILLAGES BENCH_SESSIONS=$SESSIONS BENCH_LUA=$ROOT/bench/lua BENCH_OFFSET=0 BENCH_THREADS=2
BENCH_PATH="/api/v1/personnel?division=640422&category=TEACHER&limit=50" \
  wrk -t2 -c8 -d${RUN}s --timeout 30s -s bench/lua/get-path.lua "http://localhost:$HTTP_PORT" > "$WORK/list.txt" &
WRKS=$!
wrk -t2 -c32 -d${RUN}s --timeout 30s -s bench/lua/read-person.lua "http://localhost:$HTTP_PORT" > "$WORK/read.txt" &
WRKS="$WRKS $!"
sleep 20

t0=$(date +%s)
HEAVY=
# heavy COUNT WHAT ACCEPT PATH: COUNT requests at once, each printed as it is answered.
heavy() {
  for _ in $(seq 1 "$1"); do
    curl -s -o /dev/null -w "$2: %{http_code}, %{size_download} bytes in %{time_total} s\n" \
      -H "Authorization: Bearer $TOKEN" -H "Accept: $3" "localhost:$HTTP_PORT$4" &
    HEAVY="$HEAVY $!"
  done
}
heavy "$XLSX" "export of the teachers as XLSX" application/vnd.openxmlformats-officedocument.spreadsheetml.sheet \
  "/api/v1/personnel/export?category=TEACHER"
heavy "$CSV" "export of assignments as CSV" text/csv \
  "/api/v1/assignments/export?batchYear=2016&role=WORK_TEAM_MEMBER&status=COMPLETED"
if [ "$IMPORT" = yes ]; then
  JOB=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv; charset=UTF-8" \
    --data-binary @"$WORK/people.csv" "localhost:$HTTP_PORT/api/v1/import-jobs?kind=personnel&mode=dry-run" \
    | tr -d '\r' | awk '/^Location:/ {print $2}')
  while :; do
    STATE=$(curl -s -H "Authorization: Bearer $TOKEN" "$JOB")
    echo "$STATE" | grep -q '"state":"\(QUEUED\|RUNNING\)"' || break
    sleep 2
  done
  echo "import of 200,000 rows (dry run): $(echo "$STATE" | grep -o '"state":"[A-Z]*"\|"rowsDone":[0-9]*\|"errorCount":[0-9]*' | xargs) after $(( $(date +%s) - t0 )) s"
fi
[ -n "$HEAVY" ] && wait $HEAVY
echo "every heavy request answered after $(( $(date +%s) - t0 )) s"
wait $WRKS
echo "reads (32 connections): $(awk '/Requests\/sec/ {print $2}' "$WORK/read.txt") a second; list pages (8): $(awk '/Requests\/sec/ {print $2}' "$WORK/list.txt") a second; non-2xx: $(grep -h 'Non-2xx' "$WORK/read.txt" "$WORK/list.txt" | awk '{s += $NF} END {print s + 0}')"
echo "resident set: $(sort -n "$WORK/rss.txt" | awk '{v[NR] = $1} END {printf "median %d, 95th percentile %d, largest %d MB", v[int((NR + 1) / 2)], v[int(NR * 0.95)], v[NR]}')"
jstat -gc $SERVICE_PID | tail -1 | awk '{printf "collections: %s young (%.1f s), %s full (%.1f s)\n", $(NF-6), $(NF-5), $(NF-4), $(NF-3)}'
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$WORK/service.log" || true)"
echo "JVM: $JAVA_OPTS"
