#!/usr/bin/env bash
# Rotates a new first secretary in: the village's ACTIVE one completes and the successor becomes
# ACTIVE on the same day, in one step. Prints the successor's assignment id.
#
#   examples/rotate-first-secretary.sh [OUTGOING_ASSIGNMENT_ID] [PERSON_ID]
#
# Without OUTGOING_ASSIGNMENT_ID a first secretary is dispatched first (to a new village, two
# years before ON); without PERSON_ID a CPC member is registered as the successor. ON (default
# today) is the day of the handover; the successor's term is planned for two years from it.
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
source "$here/lib.sh"

on=${ON:-$(date +%Y-%m-%d)}
outgoing=${1:-$(START_DATE=$(years_after "$on" -2) bash "$here/dispatch-first-secretary.sh")}
person=${2:-$(bash "$here/register-person.sh" "${SUCCESSOR_NAME:-王接任}")}

current=$(api GET "/api/v1/assignments/$outgoing")
say "outgoing: $(jq -r '"\(.person.name), \(.status) first secretary of \(.hostDivisionName) since \(.startDate)"' <<<"$current")"

body=$(jq -nc --argjson current "$current" --arg person "$person" --arg on "$on" --arg last "$(years_after "$on" 2)" \
    '{personId: $person, role: "FIRST_SECRETARY", hostOrganisationId: $current.host.id,
      sendingOrganisationId: $current.sender.id, sendingLevel: $current.sendingLevel,
      batchYear: ($on[0:4] | tonumber), startDate: $on, plannedEndDate: $last}')
incoming=$(create /api/v1/assignments "$body")
say "created the successor's assignment $incoming (PLANNED)"

version=$(etag "/api/v1/assignments/$incoming")
body=$(jq -nc --arg out "$outgoing" --arg on "$on" '{replacing: $out, on: $on}')
rotated=$(api POST "/api/v1/assignments/$incoming/rotate-in" "$body" "If-Match: $version")
say "rotated in with If-Match: $version: $(jq -r '"\(.person.name) is \(.status) from \(.startDate)"' <<<"$rotated")"
say "outgoing is now $(api GET "/api/v1/assignments/$outgoing" | jq -r '"\(.status), ended \(.actualEndDate)"')"
printf '%s\n' "$incoming"
