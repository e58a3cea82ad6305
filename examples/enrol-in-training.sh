#!/usr/bin/env bash
# Enrols a person in a training session and prints the enrolment's id.
#
#   examples/enrol-in-training.sh [PERSON_ID] [PROGRAMME_ID SESSION_ID]
#
# Without PERSON_ID a person is registered; without PROGRAMME_ID and SESSION_ID an onboarding
# programme for village cadres is set up in DIVISION (default 640400) with a session running from
# today to the end of the year.
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
source "$here/lib.sh"

person=${1:-$(bash "$here/register-person.sh" "${PERSON_NAME:-张学员}" "" MASSES)}
today=$(date +%Y-%m-%d)
if [[ -n ${2:-} ]]; then
    programme=$2
    session=${3:?give the SESSION_ID after the PROGRAMME_ID}
else
    body=$(jq -nc --arg d "${DIVISION:-640400}" --arg year "${today:0:4}" \
        '{name: "\($year)年村干部任职培训", type: "ONBOARDING", divisionCode: $d, year: ($year | tonumber),
          targetCategories: ["VILLAGE_COMMITTEE_MEMBER", "CADRE"]}')
    programme=$(create /api/v1/training-programmes "$body")
    body=$(jq -nc --arg from "$today" \
        '{title: "第1期", startsOn: $from, endsOn: "\($from[0:4])-12-31", place: "固原市委党校", capacity: 85}')
    session=$(create "/api/v1/training-programmes/$programme/sessions" "$body")
    say "set up programme $programme with session $session ($today to ${today:0:4}-12-31)"
fi

sessions="/api/v1/training-programmes/$programme/sessions/$session"
body=$(jq -nc --arg person "$person" '{personId: $person}')
enrolment=$(create "$sessions/enrolments" "$body")
say "enrolled person $person: enrolment $enrolment ($(api GET "$sessions/enrolments/$enrolment" | jq -r .status))"
say "the session now holds $(api GET "$sessions" | jq -r '"\(.enrolledCount) of \(.capacity // "unlimited")"') seats"
printf '%s\n' "$enrolment"
