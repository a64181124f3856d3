#!/usr/bin/env bash
# The breaking-change gate, as CI runs it (README "Spec evolution and releases").
#
#   tools/spec-gate.sh [--base REF] [--no-jars] [--changelog] [--github-output FILE]
#
# Compares specs/ with the last release tag v<major>.<minor>.<patch> (or --base REF) and, unless
# --no-jars, the public API of the generated JARs with the same JARs built from that ref. Prints
# the changelog entry on stdout and the verdict on stderr. --changelog appends the entry to
# specs/CHANGELOG.md when the gate passes. Exit 0: passes; 1: a breaking change arrives without a
# major version bump; 2: usage or build error.
# Builds the gate and the generated JARs it needs (package, never install).
set -euo pipefail
cd "$(dirname "$0")/.."

base=""
jars=true
gate_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base="$2"; shift 2 ;;
    --no-jars) jars=false; shift ;;
    --changelog) gate_args+=(--changelog specs/CHANGELOG.md); shift ;;
    --github-output) gate_args+=(--github-output "$2"); shift 2 ;;
    *) echo "usage: $0 [--base REF] [--no-jars] [--changelog] [--github-output FILE]" >&2; exit 2 ;;
  esac
done

if [ -z "$base" ]; then
  base="$(git describe --tags --abbrev=0 --match 'v[0-9]*.[0-9]*.[0-9]*' HEAD 2>/dev/null || true)"
fi

# A failed build is an error (exit 2), not a verdict.
build() {
  "$@" >&2 || { echo "spec-gate: build failed: $*" >&2; exit 2; }
}

gate_jar=tools/spec-gate/target/secplat-spec-gate.jar
if [ ! -f "$gate_jar" ]; then
  build ./mvnw -B -q -pl tools/spec-gate -am package -DskipTests
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "$base" ]; then
  gate_args+=(--base "$base")
  if $jars && git cat-file -e "$base:generated-clients/pom.xml" 2>/dev/null; then
    # The generated JARs of the base release, built from an export of that ref (no worktree, no install).
    mkdir -p "$work/base" "$work/base-jars" "$work/head-jars"
    git archive "$base" | tar -x -C "$work/base"
    build ./mvnw -B -q -f "$work/base/generated-clients/pom.xml" package -DskipTests
    cp "$work"/base/generated-clients/*/target/*.jar "$work/base-jars/"
    # Always rebuilt, so the JARs match the specs of the work tree (unchanged specs are not regenerated).
    build ./mvnw -B -q -f generated-clients/pom.xml package -DskipTests
    cp generated-clients/*/target/*.jar "$work/head-jars/"
    gate_args+=(--base-jars "$work/base-jars" --head-jars "$work/head-jars")
  fi
fi

status=0
java -jar "$gate_jar" check "${gate_args[@]}" || status=$?
exit "$status"
