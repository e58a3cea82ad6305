#!/usr/bin/env bash
# Reads the report: every figure of the statistics overview, as JSON and as CSV, for a division
# and a period. Saves both files in OUT_DIR (default the current folder) and prints the figures.
#
#   examples/report.sh [DIVISION] [FROM] [TO] [SENDING_LEVEL]
#
# DIVISION defaults to 640400 (固原市); FROM and TO (ISO dates, inclusive) default to all time;
# SENDING_LEVEL (REGION, CITY or COUNTY) narrows the dispatch figures.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

division=${1:-640400}
query="division=$division${2:+&from=$2}${3:+&to=$3}${4:+&sendingLevel=$4}"
out=${OUT_DIR:-.}
mkdir -p "$out"

api GET "/api/v1/statistics/overview?$query" "" "Accept: application/json" >"$out/overview-$division.json"
say "saved $out/overview-$division.json"
api GET "/api/v1/statistics/overview?$query" "" "Accept: text/csv" >"$out/overview-$division.csv"
say "saved $out/overview-$division.csv ($(wc -l <"$out/overview-$division.csv") lines)"

jq -r '"人才工作统计 \(.division) \(.from // "") – \(.to // "")",
       (.figures[] | "\(.key)\t\(.value)\t\(.zh)")' "$out/overview-$division.json"
