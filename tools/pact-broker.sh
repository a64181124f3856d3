#!/usr/bin/env bash
# Talks to a Pact Broker with the Pact Foundation's own broker client, `pact-broker`, pinned through
# @pact-foundation/pact-cli in tools/pact-verifier/package-lock.json (installed here with npm ci,
# the same install tools/pact-verify.sh uses):
#
#   tools/pact-broker.sh publish <pact-dir> <version> [branch]   every *.json of the folder, as <version>
#   tools/pact-broker.sh fetch <dir>                              the latest pact of every secplat consumer
#   tools/pact-broker.sh can-i-deploy <version> [environment]    may every secplat consumer at <version>
#                                                                 be deployed (default: to production)?
#
# PACT_BROKER_BASE_URL names the broker; PACT_BROKER_TOKEN (bearer) or PACT_BROKER_USERNAME and
# PACT_BROKER_PASSWORD (basic) authenticate; the client reads all of them from the environment.
set -euo pipefail
: "${PACT_BROKER_BASE_URL:?PACT_BROKER_BASE_URL names the Pact Broker}"
root=$(cd "$(dirname "$0")/.." && pwd)
verifier_dir=$root/tools/pact-verifier
export PACT_DO_NOT_TRACK=true
consumers=(secplat-britive-facade secplat-veza-facade secplat-guardian-facade secplat-jupiterone-facade)

command -v npm >/dev/null 2>&1 || { echo "pact-broker: npm is not available; install Node.js 20+ with npm" >&2; exit 3; }
[ -x "$verifier_dir/node_modules/.bin/pact-broker" ] || (cd "$verifier_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || {
  echo "pact-broker: npm ci failed in $verifier_dir" >&2; exit 3; }
broker() { "$verifier_dir/node_modules/.bin/pact-broker" "$@"; }

case "${1:-}" in
  publish)
    dir="$2"; version="$3"; branch="${4:-}"
    shopt -s nullglob
    pacts=("$dir"/*.json)
    [ ${#pacts[@]} -gt 0 ] || { echo "no pact files in $dir" >&2; exit 1; }
    broker publish "$dir" --consumer-app-version "$version" ${branch:+--branch "$branch"}
    ;;
  fetch)
    dir="$2"
    mkdir -p "$dir"
    for provider in britive-api veza-api guardian-api jupiterone-graphql-api jupiterone-rest-api; do
      broker get-pacts --provider "$provider" --latest --download --download-dir "$dir" \
        || echo "no pacts for $provider"
    done
    ;;
  can-i-deploy)
    version="$2"; environment="${3:-production}"
    args=()
    for consumer in "${consumers[@]}"; do
      args+=(--pacticipant "$consumer" --version "$version")
    done
    broker can-i-deploy "${args[@]}" --to-environment "$environment"
    ;;
  *)
    echo "usage: $0 publish <pact-dir> <version> [branch] | fetch <dir> | can-i-deploy <version> [environment]" >&2
    exit 2
    ;;
esac
