#!/usr/bin/env bash
# Talks to a Pact Broker over its HTTP API (curl and jq; no broker client to install).
#
#   tools/pact-broker.sh publish <pact-dir> <version> [branch]   every *.json of the folder, as <version>
#   tools/pact-broker.sh fetch <dir>                              the latest pact of every secplat consumer
#
# PACT_BROKER_BASE_URL names the broker; PACT_BROKER_TOKEN (bearer) or PACT_BROKER_USERNAME and
# PACT_BROKER_PASSWORD (basic) authenticate.
set -euo pipefail
: "${PACT_BROKER_BASE_URL:?PACT_BROKER_BASE_URL names the Pact Broker}"
broker="${PACT_BROKER_BASE_URL%/}"

auth=()
if [ -n "${PACT_BROKER_TOKEN:-}" ]; then
  auth=(-H "Authorization: Bearer $PACT_BROKER_TOKEN")
elif [ -n "${PACT_BROKER_USERNAME:-}" ]; then
  auth=(-u "$PACT_BROKER_USERNAME:${PACT_BROKER_PASSWORD:-}")
fi
call() {
  curl -sS --fail-with-body "${auth[@]}" -H 'Accept: application/hal+json' "$@"
}

case "${1:-}" in
  publish)
    dir="$2"; version="$3"; branch="${4:-}"
    shopt -s nullglob
    pacts=("$dir"/*.json)
    [ ${#pacts[@]} -gt 0 ] || { echo "no pact files in $dir" >&2; exit 1; }
    for pact in "${pacts[@]}"; do
      consumer="$(jq -r '.consumer.name' "$pact")"
      provider="$(jq -r '.provider.name' "$pact")"
      call -X PUT -H 'Content-Type: application/json' --data-binary "@$pact" \
        "$broker/pacts/provider/$provider/consumer/$consumer/version/$version" >/dev/null
      if [ -n "$branch" ]; then
        call -X PUT -H 'Content-Type: application/json' -d '{}' \
          "$broker/pacticipants/$consumer/branches/$branch/versions/$version" >/dev/null
      fi
      echo "published $consumer -> $provider $version"
    done
    ;;
  fetch)
    dir="$2"
    mkdir -p "$dir"
    call "$broker/pacts/latest" \
      | jq -r '.pacts[]._embedded | select(.consumer.name | startswith("secplat-")) | "\(.consumer.name) \(.provider.name)"' \
      | while read -r consumer provider; do
          call "$broker/pacts/provider/$provider/consumer/$consumer/latest" > "$dir/$consumer-$provider.json"
          echo "fetched $consumer -> $provider"
        done
    ;;
  *)
    echo "usage: $0 publish <pact-dir> <version> [branch] | fetch <dir>" >&2
    exit 2
    ;;
esac
