#!/usr/bin/env bash
# Imports a 100,000-row personnel CSV (synthetic, valid ID numbers) into the packaged service on
# its embedded database, and reports the time the job took and the service's peak memory.
# Usage: ./mvnw -B package -DskipTests && bash bench/import-100k.sh [rows]
set -euo pipefail
ROWS=${1:-100000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
PORT=18390
python3 - "$ROWS" > "$WORK/people.csv" <<'PY'
import sys, datetime
rows = int(sys.argv[1])
w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
print("姓名,身份证号,政治面貌,人才类别,户籍地代码")
day, seq, n = datetime.date(1960, 1, 1), 0, 0
while n < rows:
    body = "640424" + day.strftime("%Y%m%d") + "%03d" % seq
    check = "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]
    print("导入%d,%s%s,群众,高素质农民,640424" % (n, body, check))
    n += 1
    seq += 1
    if seq == 1000:
        seq, day = 0, day + datetime.timedelta(days=1)
PY
cd "$WORK"
java -Dquarkus.http.port=$PORT -jar "$ROOT/target/quarkus-app/quarkus-run.jar" > service.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/q/health/ready" > /dev/null && break; sleep 1; done
TOKEN=$(cd "$ROOT" && java dev-keys/Token.java admin --key "$WORK/data/postgres.jwt-private.pem" --issuer rural-talent-local)
START=$(date +%s)
LOCATION=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/csv; charset=UTF-8" \
  --data-binary @people.csv "localhost:$PORT/api/v1/import-jobs?kind=personnel&mode=commit" | tr -d '\r' | awk '/^Location:/ {print $2}')
PEAK=0
while true; do
  JOB=$(curl -s -H "Authorization: Bearer $TOKEN" "$LOCATION")
  RSS=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
  [ "$RSS" -gt "$PEAK" ] && PEAK=$RSS
  case "$JOB" in *'"state":"SUCCEEDED"'*|*'"state":"FAILED"'*) break ;; esac
  sleep 2
done
END=$(date +%s)
echo "$JOB" | python3 -c 'import json,sys; j=json.load(sys.stdin); print({k: j[k] for k in ("state","rowsTotal","rowsCreated","rowsFailed")})'
echo "rows: $ROWS  seconds: $((END - START))  peak RSS: $((PEAK / 1024)) MiB"
