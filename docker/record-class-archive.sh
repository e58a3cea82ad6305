#!/bin/bash
# Records the JVM's class-data archive of the image: docker/Dockerfile runs it at build time in
# the runtime stage, as the image's user, once the application is in /deployments. The JVM then
# maps the classes of a start from /deployments/app-cds.jsa instead of reading, parsing and
# verifying them from the jars (docs/PERFORMANCE.md, "Start to ready").
#
# First choice, the classes of a whole start (Hibernate ORM's session factory, Flyway, the
# validator's metadata included): the service is started with no datasource configured, so
# against the embedded PostgreSQL the jar carries, and stopped once ready; the JVM writes the
# archive as it exits, and the embedded database's data and binaries are removed. Should that
# start fail (the build's sandbox refusing the database, say), Quarkus's own recipe, which
# stops after static initialisation and needs no database: half the classes, a slower start.
set -uo pipefail

APP=/deployments
ARCHIVE=$APP/app-cds.jsa
LOG=/tmp/archive-start.log
# The image's own flags (docker/jvm.options), so the start recorded is the start the image makes.
QUIET="@$APP/jvm.options -Xlog:cds=off -Xlog:cds+dynamic=off"

ready() {
  (exec 3<> /dev/tcp/127.0.0.1/8080 && printf 'GET /q/health/ready HTTP/1.0\r\n\r\n' >&3 \
    && head -1 <&3 | grep -q ' 200 ') 2> /dev/null
}

whole_start() {
  java -XX:ArchiveClassesAtExit="$ARCHIVE" $QUIET -jar "$APP/quarkus-run.jar" > "$LOG" 2>&1 &
  local pid=$! started=no
  for _ in $(seq 1 600); do
    if ready; then started=yes; break; fi
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.2
  done
  kill "$pid" 2> /dev/null
  wait "$pid"
  rm -rf "$APP/data" /tmp/embedded-pg
  [ "$started" = yes ] && [ -s "$ARCHIVE" ]
}

static_initialisation() {
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://archive.invalid/unused \
    java -XX:ArchiveClassesAtExit="$ARCHIVE" $QUIET -Dquarkus.appcds.generate=true -jar "$APP/quarkus-run.jar" > /dev/null \
    && [ -s "$ARCHIVE" ]
}

if whole_start; then
  echo "class-data archive recorded after a whole start: $(du -h "$ARCHIVE" | cut -f1)"
else
  echo "a whole start could not be recorded; the end of its log:" >&2
  tail -20 "$LOG" >&2
  rm -f "$ARCHIVE"
  static_initialisation || { echo "no class-data archive could be recorded" >&2; exit 1; }
  echo "class-data archive recorded after static initialisation only: $(du -h "$ARCHIVE" | cut -f1)"
fi
rm -f "$LOG"
