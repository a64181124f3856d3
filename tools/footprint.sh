#!/usr/bin/env bash
# What each published vendor module adds to a service: runtime jars and megabytes, as Maven
# resolves them for a consumer that declares only that module (dependency:list). Prints a
# Markdown table for the README. Run after ./mvnw install -DskipTests; pass Maven options after
# the script's name, for example -o -Dmaven.repo.local=/path/to/repo. MB are 2^20 bytes (MiB).
# With --jars first, also lists each module's jars with their sizes in bytes, largest first.
#
#   tools/footprint.sh [--jars] [maven options]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
list_jars=false
if [[ "${1:-}" == "--jars" ]]; then
  list_jars=true
  shift
fi
version=$(grep -m1 -o '<version>[^<]*</version>' "$root/pom.xml" | sed 's/<[^>]*>//g')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

table="| module | jars | MB |
|---|---:|---:|"
for module in secplat-core secplat-britive secplat-veza secplat-guardian secplat-jupiterone secplat-spring-boot-starter; do
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>footprint</groupId><artifactId>footprint</artifactId><version>1</version>
  <dependencies><dependency><groupId>io.secplat</groupId><artifactId>$module</artifactId><version>$version</version></dependency></dependencies>
</project>
POM
  "$root/mvnw" -q -B "$@" -f "$work/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.9.0:list -DincludeScope=runtime -DoutputFile="$work/list.txt" \
    -DoutputAbsoluteArtifactFilename=true >/dev/null
  # lines: group:artifact:jar:version:scope:/path/to.jar, the module itself among them (counted once)
  files=$(grep -oE '/[^ ]+\.jar' "$work/list.txt" || true)
  jars=$(printf '%s\n' "$files" | grep -c . || true)
  bytes=$(printf '%s\n' "$files" | xargs -r stat -c %s | awk '{s+=$1} END {print s+0}')
  if $list_jars; then
    echo "$module: $jars jars, $bytes bytes"
    printf '%s\n' "$files" | xargs -r stat -c '%s %n' | sort -rn | awk '{n=split($2, p, "/"); printf "  %9d  %s\n", $1, p[n]}'
  fi
  table+=$'\n'$(awk -v m="$module" -v j="$jars" -v b="$bytes" 'BEGIN { printf "| %s | %d | %.2f |", m, j, b / 1048576 }')
done
echo "$table"
