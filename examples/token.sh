#!/usr/bin/env bash
# Prints a development bearer token (valid for an hour) that dev mode and the tests trust.
#
#   export TOKEN=$(examples/token.sh)                      # admin of the whole city
#   export TOKEN=$(examples/token.sh operator 640422)      # an operator of 西吉县
#
# Arguments: ROLES (comma-separated, default admin) and an optional DIVISION code that limits the
# token to that division. Needs only a JDK: it runs dev-keys/Token.java. Never for production.
set -euo pipefail

roles=${1:-admin}
division=${2:-}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
java dev-keys/Token.java "$roles" ${division:+"$division"} --subject "${SUBJECT:-examples}"
echo "printed a token for roles $roles${division:+ in $division}, valid for an hour" >&2
