#!/usr/bin/env bash
# Dispatches a first secretary (驻村第一书记) to a village: creates the assignment (PLANNED), reads
# its ETag and activates it with If-Match. Prints the assignment's id.
#
#   examples/dispatch-first-secretary.sh [PERSON_ID] [HOST_ORGANISATION_ID] [SENDING_ORGANISATION_ID]
#
# Without PERSON_ID a CPC member is registered; without HOST_ORGANISATION_ID a new village is added
# under COUNTY (default 640422, 西吉县) with its Party branch; without SENDING_ORGANISATION_ID the
# city's 固原市委组织部 is used (registered on first use). START_DATE (default today) is when
# service begins; the term is planned for two years; SENDING_LEVEL defaults to CITY.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

start=${START_DATE:-$(date +%Y-%m-%d)}
sender=${3:-$(organisation GOVERNMENT_AGENCY 640400 固原市委组织部)}
if [[ -n ${2:-} ]]; then
    host=$2
else
    village=$(new_village "${COUNTY:-640422}")
    host=$(organisation VILLAGE_PARTY_BRANCH "$village" "示范村${village:6}党支部")
fi
if [[ -n ${1:-} ]]; then
    person=$1
else
    person=$(bash "$(dirname "${BASH_SOURCE[0]}")/register-person.sh" "${PERSON_NAME:-李书记}")
fi

body=$(jq -nc --arg person "$person" --arg host "$host" --arg sender "$sender" --arg level "${SENDING_LEVEL:-CITY}" \
    --arg start "$start" --arg last "$(years_after "$start" 2)" \
    '{personId: $person, role: "FIRST_SECRETARY", hostOrganisationId: $host, sendingOrganisationId: $sender,
      sendingLevel: $level, batchYear: ($start[0:4] | tonumber), startDate: $start, plannedEndDate: $last}')
id=$(create /api/v1/assignments "$body")
say "created assignment $id (PLANNED) for person $person at $host from $start"

version=$(etag "/api/v1/assignments/$id")
assignment=$(api POST "/api/v1/assignments/$id/activate" '{}' "If-Match: $version")
say "activated it with If-Match: $version: $(jq -r '"\(.person.name) is \(.status) first secretary of \(.hostDivisionName) (\(.hostDivisionCode)), sent by \(.sender.name)"' <<<"$assignment")"
printf '%s\n' "$id"
