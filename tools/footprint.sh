#!/usr/bin/env bash
# What each published vendor module adds to a service: runtime jars and megabytes, as Maven
# resolves them for a consumer that declares only that module (dependency:list). Prints a
# Markdown table for the README. Run after ./mvnw install -DskipTests; pass Maven options after
# the script's name, for example -o -Dmaven.repo.local=/path/to/repo. MB are 2^20 bytes (MiB).
# With --jars first, also lists each module's jars with their sizes in bytes, largest first.
# With --on-spring-boot VERSION first, measures what each module adds to a Spring Boot web service
# of that version instead (spring-boot-starter-web with Spring Boot's BOM imported): the jars that
# are new to it, and any jar of the service whose version the module would change (none expected).
#
#   tools/footprint.sh [--jars | --on-spring-boot VERSION] [maven options]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
list_jars=false
boot=
if [[ "${1:-}" == "--jars" ]]; then
  list_jars=true
  shift
elif [[ "${1:-}" == "--on-spring-boot" ]]; then
  boot=${2:?--on-spring-boot needs a Spring Boot version}
  shift 2
fi
version=$(grep -m1 -o '<version>[^<]*</version>' "$root/pom.xml" | sed 's/<[^>]*>//g')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# the runtime jars (absolute paths, sorted) of a consumer declaring $1 (a module, or "" for none)
resolve() {
  local dependency="" management="" service=""
  [ -n "$1" ] && dependency="<dependency><groupId>io.secplat</groupId><artifactId>$1</artifactId><version>$version</version></dependency>"
  if [ -n "$boot" ]; then
    management="<dependencyManagement><dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-dependencies</artifactId><version>$boot</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>"
    service="<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>"
  fi
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>footprint</groupId><artifactId>footprint</artifactId><version>1</version>
  $management
  <dependencies>$service$dependency</dependencies>
</project>
POM
  "$root/mvnw" -q -B "${maven[@]}" -f "$work/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.9.0:list -DincludeScope=runtime -DoutputFile="$work/list.txt" \
    -DoutputAbsoluteArtifactFilename=true >/dev/null
  # lines: group:artifact:jar:version:scope:/path/to.jar, the module itself among them (counted once)
  grep -oE '/[^ ]+\.jar' "$work/list.txt" | sort || true
}
maven=("$@")
modules=(secplat-core secplat-britive secplat-veza secplat-guardian secplat-jupiterone secplat-spring-boot-starter)

if [ -n "$boot" ]; then
  resolve "" > "$work/service.txt"
  table="| module | jars new to a Spring Boot $boot web service | MB | service jars it changes |
|---|---:|---:|---:|"
  for module in "${modules[@]}"; do
    resolve "$module" > "$work/with.txt"
    files=$(comm -13 "$work/service.txt" "$work/with.txt")
    changed=$(comm -23 "$work/service.txt" "$work/with.txt" | grep -c . || true)
    jars=$(printf '%s\n' "$files" | grep -c . || true)
    bytes=$(printf '%s\n' "$files" | xargs -r stat -c %s | awk '{s+=$1} END {print s+0}')
    table+=$'\n'$(awk -v m="$module" -v j="$jars" -v b="$bytes" -v c="$changed" 'BEGIN { printf "| %s | %d | %.2f | %d |", m, j, b / 1048576, c }')
  done
  echo "$table"
  exit 0
fi

table="| module | jars | MB |
|---|---:|---:|"
for module in "${modules[@]}"; do
  files=$(resolve "$module")
  jars=$(printf '%s\n' "$files" | grep -c . || true)
  bytes=$(printf '%s\n' "$files" | xargs -r stat -c %s | awk '{s+=$1} END {print s+0}')
  if $list_jars; then
    echo "$module: $jars jars, $bytes bytes"
    printf '%s\n' "$files" | xargs -r stat -c '%s %n' | sort -rn | awk '{n=split($2, p, "/"); printf "  %9d  %s\n", $1, p[n]}'
  fi
  table+=$'\n'$(awk -v m="$module" -v j="$jars" -v b="$bytes" 'BEGIN { printf "| %s | %d | %.2f |", m, j, b / 1048576 }')
done
echo "$table"
