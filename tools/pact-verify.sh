#!/usr/bin/env bash
# The independent Pact verifier: verifies every pact file with the reference Pact verifier
# (npm @pact-foundation/pact-cli, pinned in tools/pact-verifier/package-lock.json and installed
# here with `npm ci`) against the standalone mock providers, with provider states set up through
# their /_pact/provider-states endpoint.
#
#   tools/pact-verify.sh [PACT_DIR]      (default: contract-tests/target/pacts)
#
# Needs the built standalone mock providers (tools/mock-providers/target/secplat-mock-providers-*-standalone.jar)
# and node/npm. Exit status: 0 every interaction verified; 1 a verification failed; 2 the inputs
# are missing; 3 node or npm is not available here (the verifier did NOT run: that is not a pass).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pacts=$(cd "${1:-$root/contract-tests/target/pacts}" 2>/dev/null && pwd) || {
  echo "pact-verify: no pact folder at ${1:-$root/contract-tests/target/pacts}; run the consumer tests first" >&2; exit 2; }
jar=$(ls "$root"/tools/mock-providers/target/secplat-mock-providers-*-standalone.jar 2>/dev/null | head -n 1 || true)
jar=${jar:-$root/tools/mock-providers/target/secplat-mock-providers-VERSION-standalone.jar}
verifier_dir=$root/tools/pact-verifier
export PACT_DO_NOT_TRACK=true

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "pact-verify: node and npm are not available on this machine, so the independent Pact verifier did NOT run." >&2
  echo "pact-verify: install Node.js 20+ with npm, then run tools/pact-verify.sh again." >&2
  exit 3
fi
[ -f "$jar" ] || { echo "pact-verify: $jar is missing; build it with ./mvnw -B package -DskipTests" >&2; exit 2; }
shopt -s nullglob
files=("$pacts"/*.json)
[ ${#files[@]} -gt 0 ] || { echo "pact-verify: no pact files in $pacts" >&2; exit 2; }

(cd "$verifier_dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || {
  echo "pact-verify: npm ci failed in $verifier_dir" >&2; exit 3; }

log=$(mktemp)
java -jar "$jar" --port 0 >"$log" 2>&1 &
mock=$!
trap 'kill $mock 2>/dev/null || true; rm -f "$log"' EXIT
port=
for _ in $(seq 1 60); do
  port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  kill -0 $mock 2>/dev/null || { echo "pact-verify: the mock providers did not start:" >&2; cat "$log" >&2; exit 2; }
  sleep 0.5
done
[ -n "$port" ] || { echo "pact-verify: the mock providers did not report a port within 30 s" >&2; exit 2; }

status=0
total=0
verified=0
for pact in "${files[@]}"; do
  name=$(basename "$pact" .json)
  report=$(mktemp)
  if "$verifier_dir/node_modules/.bin/pact-verifier" -f "$pact" --hostname 127.0.0.1 --port "$port" \
      --state-change-url "http://127.0.0.1:$port/_pact/provider-states" --no-colour --json "$report" >"$report.out" 2>&1; then
    result=verified
  else
    result=FAILED
    status=1
    cat "$report.out"
  fi
  count=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).interactionResults.length)' "$report")
  ok=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).interactionResults.filter(r => r.result === "OK").length)' "$report")
  echo "pact-verify: $name: $result ($ok of $count interactions verified)"
  total=$((total + count))
  verified=$((verified + ok))
  rm -f "$report" "$report.out"
done
echo "pact-verify: $verified of $total interactions in ${#files[@]} pact files verified by the reference Pact verifier: $([ $status = 0 ] && echo 'passed' || echo 'FAILED')"
exit $status
