#!/usr/bin/env bash
# Reproducible builds, checked: builds the given modules twice from clean and compares the
# SHA-256 of every jar they produce (main, sources, javadoc, tests). Exits 1, showing the
# difference, when a jar changed between the two builds.
#
#   tools/reproducible-check.sh [modules]      default: facade/core,generated-clients/britive-client
#   MVN_FLAGS=-o tools/reproducible-check.sh   offline
set -euo pipefail
cd "$(dirname "$0")/.."
modules="${1:-facade/core,generated-clients/britive-client}"

build() {
  # shellcheck disable=SC2086
  ./mvnw -B -q ${MVN_FLAGS:-} -pl "$modules" clean package -DskipTests >&2
  for module in ${modules//,/ }; do
    sha256sum "$module"/target/*.jar
  done | sort -k2
}

first="$(build)"
second="$(build)"
if [ "$first" = "$second" ]; then
  echo "reproducible-check: $(printf '%s\n' "$first" | wc -l) jars of $modules identical across two clean builds"
else
  diff <(printf '%s\n' "$first") <(printf '%s\n' "$second") || true
  echo "reproducible-check: the jars above differ between two clean builds" >&2
  exit 1
fi
