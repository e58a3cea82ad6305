# Sourced by the example scripts: where the service is, the caller's token, and small helpers
# around curl and jq. Messages for the operator go to stderr; stdout carries only each script's
# result (an id, a report), so scripts compose: PERSON=$(examples/register-person.sh 马志强).

BASE_URL="${BASE_URL:-http://localhost:8080}"
BASE_URL="${BASE_URL%/}"
if [[ -z "${TOKEN:-}" ]]; then
    echo "TOKEN is not set; in dev mode: export TOKEN=\$(examples/token.sh)" >&2
    exit 2
fi
command -v jq >/dev/null || { echo "these examples need jq (apt-get install jq)" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

say() {
    printf '%s\n' "$*" >&2
}

# A fresh Idempotency-Key: a retry of the same POST with it would get the first answer back.
idempotency_key() {
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

# api METHOD PATH [JSON] [HEADER...]
# Sends one request with the token; prints the answer's body; keeps its headers in
# $WORK/headers. An error status shows the problem on stderr and returns 1, or returns 3 without
# a word when the status is $QUIET_STATUS (for a caller that retries, e.g. a code already taken).
api() {
    local method=$1 path=$2 body=${3:-}
    shift $(($# < 3 ? $# : 3))
    local args=(-sS --fail-with-body -X "$method" "$BASE_URL$path" -H "Authorization: Bearer $TOKEN"
        -D "$WORK/headers" -o "$WORK/body")
    if [[ -n $body ]]; then
        args+=(-H 'Content-Type: application/json' --data-binary "$body")
    fi
    local header
    for header in "$@"; do
        args+=(-H "$header")
    done
    rm -f "$WORK/headers"
    if ! curl "${args[@]}" 2>"$WORK/curl-error"; then
        if [[ ! -s $WORK/headers ]]; then
            say "$method $path: no answer from $BASE_URL: $(cat "$WORK/curl-error")"
            return 1
        fi
        if [[ -n ${QUIET_STATUS:-} && $(status) == "$QUIET_STATUS" ]]; then
            return 3
        fi
        say "$method $path failed: $(status_line)"
        cat "$WORK/body" >&2 && echo >&2
        return 1
    fi
    cat "$WORK/body"
}

status_line() {
    tr -d '\r' <"$WORK/headers" 2>/dev/null | grep '^HTTP/' | tail -1
}

status() {
    status_line | cut -d' ' -f2
}

# header NAME: that header of the last answer.
header() {
    tr -d '\r' <"$WORK/headers" | grep -i "^$1:" | tail -1 | cut -d' ' -f2-
}

# create PATH JSON: POSTs with an Idempotency-Key and prints the new resource's id (the last
# segment of its Location).
create() {
    api POST "$1" "$2" "Idempotency-Key: $(idempotency_key)" >/dev/null || return
    local location
    location=$(header Location)
    printf '%s\n' "${location##*/}"
}

# etag PATH: the current ETag of a resource, for If-Match.
etag() {
    api GET "$1" >/dev/null || return
    header ETag
}

# A synthetic but valid national ID number (GB 11643): region, birth date, sequence, check digit.
# Registering a real person, pass their own number instead.
synthetic_national_id() {
    local region=${1:-640402}
    local year=$((1965 + RANDOM % 35)) month=$((1 + RANDOM % 12)) day=$((1 + RANDOM % 28))
    local body
    body=$(printf '%s%04d%02d%02d%03d' "$region" "$year" "$month" "$day" $((RANDOM % 1000)))
    local weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) check=10X98765432 sum=0 i
    for i in {0..16}; do
        sum=$((sum + ${body:i:1} * weights[i]))
    done
    printf '%s%s\n' "$body" "${check:sum%11:1}"
}

# new_village COUNTY_CODE: adds a township under the county and a village under it, with codes not
# yet taken; prints the village's code.
new_village() {
    local county=$1 township village attempt body
    for attempt in {1..50}; do
        township="$county$(printf '%03d' $((RANDOM % 1000)))"
        body=$(jq -nc --arg code "$township" --arg parent "$county" \
            '{code: $code, name: "示范镇\($code[6:])", level: "TOWNSHIP", parentCode: $parent}') || return
        if QUIET_STATUS=409 create /api/v1/divisions "$body" >/dev/null; then
            break
        fi
        if [[ $attempt == 50 ]]; then
            say "no free township code under $county"
            return 1
        fi
    done
    village="${township}001"
    body=$(jq -nc --arg code "$village" --arg parent "$township" \
        '{code: $code, name: "示范村\($code[6:])", level: "VILLAGE", parentCode: $parent}') || return
    create /api/v1/divisions "$body" >/dev/null || return
    say "added township $township and village $village"
    printf '%s\n' "$village"
}

# organisation TYPE DIVISION_CODE NAME: the id of the organisation of that name, type and
# division, registered now if there is none yet.
organisation() {
    local type=$1 division=$2 name=$3 id body
    id=$(api GET "/api/v1/organisations?type=$type&division=$division&name=$(jq -rn --arg n "$name" '$n|@uri')&limit=200" |
        jq -r --arg n "$name" --arg d "$division" '[.items[] | select(.name == $n and .divisionCode == $d)][0].id // empty') || return
    if [[ -z $id ]]; then
        body=$(jq -nc --arg type "$type" --arg d "$division" --arg n "$name" '{name: $n, type: $type, divisionCode: $d}') || return
        id=$(create /api/v1/organisations "$body") || return
        say "registered organisation $name ($type in $division): $id"
    fi
    printf '%s\n' "$id"
}

# today plus years, as YYYY-MM-DD (29 February becomes the 28th); portable, no GNU date needed.
years_after() {
    local date=$1 years=$2
    local day=${date:5:5}
    [[ $day == 02-29 ]] && day=02-28
    printf '%04d-%s\n' $((10#${date:0:4} + years)) "$day"
}
