#!/usr/bin/env bash
# What each published vendor module adds to a service: runtime jars and megabytes, as Maven
# resolves them for a consumer that declares only that module (dependency:list). Prints a
# Markdown table for the README. Run after ./mvnw install -DskipTests; pass Maven options after
# the script's name, for example -o -Dmaven.repo.local=/path/to/repo.
#
#   tools/footprint.sh [maven options]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(grep -m1 -o '<version>[^<]*</version>' "$root/pom.xml" | sed 's/<[^>]*>//g')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "| module | jars | MB |"
echo "|---|---:|---:|"
for module in secplat-core secplat-britive secplat-veza secplat-guardian secplat-jupiterone secplat-spring-boot-starter; do
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>footprint</groupId><artifactId>footprint</artifactId><version>1</version>
  <dependencies><dependency><groupId>io.secplat</groupId><artifactId>$module</artifactId><version>$version</version></dependency></dependencies>
</project>
POM
  "$root/mvnw" -q -B "$@" -f "$work/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.9.0:list -DincludeScope=runtime -DoutputFile="$work/list.txt" \
    -DoutputAbsoluteArtifactFilename=true >/dev/null
  # lines: group:artifact:jar:version:scope:/path/to.jar, the module itself among them
  files=$(grep -oE '/[^ ]+\.jar' "$work/list.txt" || true)
  jars=$(printf '%s\n' "$files" | grep -c . || true)
  bytes=$(printf '%s\n' "$files" | xargs -r stat -c %s | awk '{s+=$1} END {print s+0}')
  # the list already names the module's own jar: count it once
  awk -v m="$module" -v j="$jars" -v b="$bytes" 'BEGIN { printf "| %s | %d | %.1f |\n", m, j, b / 1048576 }'
done
