#!/usr/bin/env bash
# Imports a 100,000-row personnel CSV (synthetic people with valid ID numbers) into the packaged
# service on a fresh embedded database, as a commit, and reports how long the job took (from the
# job's own createdAt/finishedAt) and the service's peak memory: the process's resident high-water
# mark (VmHWM) and the largest Java heap in use while the job ran. A commit is then run again
# with the same file, which must change nothing (every row unchanged), and once more with a new
# name on every row (a CSV whatever FORMAT says), which changes every person. The JVM runs with the
# image's flags (docker/jvm.options: a 64 MB heap) unless JAVA_OPTS says otherwise, so a run that
# finishes shows the import fits in the heap production has, whatever the row count; the machine's
# load average is printed too, since timings depend on it.
# FORMAT=xlsx sends the same rows as a workbook, its text in a shared-strings table as Excel writes it.
# IMPORT_AS=640424 imports as an operator of that county (where the file places everyone) instead
# of a city-wide administrator: each held person is then checked against the caller's scope.
# Usage: ./mvnw -B package -DskipTests && [JAVA_OPTS="@docker/jvm.options -Xmx48m"] [FORMAT=xlsx] [IMPORT_AS=640424] bash bench/import-100k.sh [rows] [dry-run|commit]
set -euo pipefail
ROWS=${1:-100000}
MODE=${2:-commit}
FORMAT=${FORMAT:-csv}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAVA_OPTS=${JAVA_OPTS:-@$ROOT/docker/jvm.options}
JAVA_OPTS=${JAVA_OPTS//@docker\//@$ROOT/docker/}  # the service starts in another folder
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
WORK=$(mktemp -d)
PORT=${PORT:-18390}
python3 - "$ROWS" > "$WORK/people.csv" <<'PY'
import sys, datetime
rows = int(sys.argv[1])
w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
print("姓名,身份证号,政治面貌,民族,人才类别,户籍地")
day, seq, n = datetime.date(1960, 1, 1), 0, 0
while n < rows:
    body = "640424" + day.strftime("%Y%m%d") + "%03d" % seq
    check = "10X98765432"[sum(int(c) * k for c, k in zip(body, w)) % 11]
    print("导入%d,%s%s,群众,回族,高素质农民、致富带头人,640424" % (n, body, check))
    n += 1
    seq += 1
    if seq == 1000:
        seq, day = 0, day + datetime.timedelta(days=1)
PY
FILE=people.csv
TYPE="text/csv; charset=UTF-8"
if [ "$FORMAT" = xlsx ]; then
  # The same rows as a workbook, its text in a shared-strings table, as Excel and WPS write it.
  python3 - "$WORK/people.csv" "$WORK/people.xlsx" <<'PY'
import sys, zipfile, csv
from xml.sax.saxutils import escape
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8")))
strings, index = [], {}
def ref(text):
    if text not in index:
        index[text] = len(strings)
        strings.append(text)
    return index[text]
def column(c):
    return chr(ord("A") + c)
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
    z.writestr("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>')
    with z.open("xl/worksheets/sheet1.xml", "w") as sheet:
        sheet.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        for r, row in enumerate(rows, 1):
            cells = "".join('<c r="%s%d" t="s"><v>%d</v></c>' % (column(c), r, ref(v)) for c, v in enumerate(row))
            sheet.write(('<row r="%d">%s</row>' % (r, cells)).encode("utf-8"))
        sheet.write(b"</sheetData></worksheet>")
    z.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
        % (len(strings), len(strings), "".join("<si><t>%s</t></si>" % escape(t) for t in strings)))
PY
  FILE=people.xlsx
  TYPE=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
fi
echo "file: $FILE, $(wc -l < "$WORK/people.csv") lines, $(du -h "$WORK/$FILE" | cut -f1)"
cd "$WORK"
java $JAVA_OPTS -Dquarkus.http.port=$PORT -jar "${APP:-$ROOT/target/quarkus-app}/quarkus-run.jar" > service.log 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 120); do curl -sf "localhost:$PORT/q/health/ready" > /dev/null && break; sleep 1; done
CALLER=(admin)
[ -n "${IMPORT_AS:-}" ] && CALLER=(operator "$IMPORT_AS")
TOKEN=$(cd "$ROOT" && java dev-keys/Token.java "${CALLER[@]}" --key "$WORK/data/postgres.jwt-private.pem" --issuer rural-talent-local)
RSS_BEFORE=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
HEAP=0
# CPU seconds used so far by the service and its embedded database (its server, which runs apart
# from the service, and the server's backends): on a shared machine a better measure of the work
# done than the wall time, which waits for the CPU. With a pid: that process alone.
cpu_seconds() {
  local next=${1:-}
  [ -n "$next" ] || next=$(ps -e -o pid=,ppid= | awk -v p="$PID $(head -1 data/postgres/postmaster.pid 2>/dev/null)" '{ kids[$2] = kids[$2] " " $1 } END { n = split(p, q, " "); for (i = 1; i <= n; i++) { out = out " " q[i]; m = split(kids[q[i]], k, " "); for (j = 1; j <= m; j++) q[++n] = k[j] } print out }')
  for p in $next; do cat /proc/$p/stat 2>/dev/null; done | awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); t += $12 + $13 } END { printf "%.1f", t / hz }'
}
# Runs the import once and prints what the job says and how long it took.
import_once() {
  local START END LOCATION JOB USED
  START=$(date +%s.%N)
  CPU_START=$(cpu_seconds)
  JVM_START=$(cpu_seconds "$PID")
  LOCATION=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $TOKEN" -H "Content-Type: $TYPE" \
    --data-binary @$FILE "localhost:$PORT/api/v1/import-jobs?kind=personnel&mode=$MODE" | tr -d '\r' | awk '/^Location:/ {print $2}')
  case "$LOCATION" in http*) ;; *) LOCATION="http://localhost:$PORT$LOCATION" ;; esac
  while true; do
    JOB=$(curl -s -H "Authorization: Bearer $TOKEN" "$LOCATION")
    # The heap's generations added up (the serial collector's young and old, the parallel one's, or G1's one heap).
    USED=$(jcmd $PID GC.heap_info 2>/dev/null | awk '/garbage-first heap|generation|PSYoungGen|ParOldGen/ && /used/ {
      for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K,?","",v); sum+=v}} END {if (sum) print sum}')
    [ -n "$USED" ] && [ "$USED" -gt "$HEAP" ] && HEAP=$USED
    case "$JOB" in *'"state":"SUCCEEDED"'*|*'"state":"FAILED"'*) break ;; esac
    if grep -q OutOfMemoryError service.log || ! kill -0 $PID 2>/dev/null; then
      echo "the service ran out of memory (or stopped) after $(echo "$(date +%s.%N) - $START" | bc) s: $(grep -m1 OutOfMemoryError service.log)"
      echo "peak RSS (VmHWM): $(($(awk '/VmHWM/ {print $2}' /proc/$PID/status 2>/dev/null || echo 0) / 1024)) MiB  largest heap used seen: $((HEAP / 1024)) MiB"
      exit 1
    fi
    sleep 2
  done
  END=$(date +%s.%N)
  echo "$JOB" | python3 -c '
import json, sys, datetime
j = json.load(sys.stdin)
t = lambda s: datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
print({k: j[k] for k in ("state", "rowsTotal", "rowsCreated", "rowsUpdated", "rowsUnchanged", "rowsFailed", "errorCount")})
print("job seconds (createdAt to finishedAt): %.1f" % (t(j["finishedAt"]) - t(j["createdAt"])).total_seconds())'
  echo "wall seconds incl. upload: $(echo "$END - $START" | bc)"
  echo "CPU seconds of the service and its database: $(echo "$(cpu_seconds) - $CPU_START" | bc) (the service alone: $(echo "$(cpu_seconds "$PID") - $JVM_START" | bc))"
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "== first import ($ROWS rows, $MODE)"
import_once
if [ "$MODE" = commit ]; then
  echo "== the same file again (every row already held: unchanged)"
  import_once
  echo "== the same people, each with a new name (every row updated)"
  sed '2,$ s/^导入/改名/' people.csv > people-changed.csv
  FILE=people-changed.csv TYPE="text/csv; charset=UTF-8" import_once
fi
HWM=$(awk '/VmHWM/ {print $2}' /proc/$PID/status)
echo "service RSS before: $((RSS_BEFORE / 1024)) MiB  peak RSS (VmHWM): $((HWM / 1024)) MiB  largest heap used seen: $((HEAP / 1024)) MiB"
echo "JVM options: $JAVA_OPTS; imported as: ${CALLER[*]}"
grep -q OutOfMemoryError service.log && echo "the service ran out of memory: $(grep -m1 OutOfMemoryError service.log)" || true
