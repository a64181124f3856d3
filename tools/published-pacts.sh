#!/usr/bin/env bash
# The pact files of the last release, into <dir>, for the scheduled check that they still hold:
#
#   tools/published-pacts.sh <dir>
#
# From the Pact Broker when PACT_BROKER_BASE_URL is set (tools/pact-broker.sh fetch); otherwise
# rebuilt from the last release tag v<major>.<minor>.<patch> by running that release's Pact consumer
# tests (they are deterministic, so they write the pact files that release published). Prints
# found=<count> to GITHUB_OUTPUT when it is set; finds nothing before the first release.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="$1"
mkdir -p "$dir"

if [ -n "${PACT_BROKER_BASE_URL:-}" ]; then
  bash tools/pact-broker.sh fetch "$dir"
else
  tag="$(git describe --tags --abbrev=0 --match 'v[0-9]*.[0-9]*.[0-9]*' HEAD 2>/dev/null || true)"
  if [ -z "$tag" ]; then
    echo "no release tag yet: no published pacts to check"
  else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    git archive "$tag" | tar -x -C "$work"
    ./mvnw -B -q -f "$work/pom.xml" -pl contract-tests -am test \
      -Dtest='*PactTest' -Dsurefire.failIfNoSpecifiedTests=false
    cp "$work"/contract-tests/target/pacts/*.json "$dir/"
    echo "rebuilt the pacts of $tag"
  fi
fi

found="$(find "$dir" -maxdepth 1 -name '*.json' | wc -l | tr -d ' ')"
echo "published pacts: $found"
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "found=$found" >> "$GITHUB_OUTPUT"
fi
