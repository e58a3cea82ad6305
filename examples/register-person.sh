#!/usr/bin/env bash
# Registers a person and prints their id.
#
#   examples/register-person.sh [NAME] [NATIONAL_ID] [POLITICAL_STATUS]
#
# NAME defaults to 马志强; without NATIONAL_ID a synthetic valid number is made up (gender and
# birth date are taken from it); POLITICAL_STATUS is a code such as CPC_MEMBER or MASSES
# (default CPC_MEMBER). The answer shows the ID number masked.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

name=${1:-马志强}
national_id=${2:-$(synthetic_national_id)}
political_status=${3:-CPC_MEMBER}

body=$(jq -nc --arg name "$name" --arg id "$national_id" --arg status "$political_status" \
    '{name: $name, nationalId: $id, politicalStatus: $status, categories: ["CADRE"]}')
id=$(create /api/v1/personnel "$body")
person=$(api GET "/api/v1/personnel/$id")
say "registered $(jq -r '"\(.name), \(.gender), born \(.birthYear), ID \(.nationalId), \(.politicalStatus)"' <<<"$person"): $id"
printf '%s\n' "$id"
