#!/usr/bin/env bash
# Applies the gate's verdict (README "Spec evolution and releases"):
#
#   tools/release.sh <version> <entry.md>
#
# 1. appends the changelog entry the gate printed to specs/CHANGELOG.md (once);
# 2. sets <version> on every module (versions-maven-plugin), commits "Release <version>", tags v<version>;
# 3. deploys every module that does not set maven.deploy.skip to the repository named by
#    MAVEN_REPOSITORY_ID / MAVEN_REPOSITORY_URL (default: GitHub Packages of GITHUB_REPOSITORY);
# 4. sets the next development version <major>.<minor>.<patch+1>-SNAPSHOT and commits it;
# 5. pushes both commits and the tag in one atomic push.
# RELEASE_DEPLOY=false skips step 3 and RELEASE_PUSH=false skips step 5 (a local rehearsal).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 2 ] || ! [[ "$1" =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]]; then
  echo "usage: $0 <major.minor.patch> <changelog-entry.md>" >&2
  exit 2
fi
version="$1"
entry="$2"
next="${BASH_REMATCH[1]}.${BASH_REMATCH[2]}.$((BASH_REMATCH[3] + 1))-SNAPSHOT"

set_version() {
  ./mvnw -B -q versions:set -DnewVersion="$1" -DgenerateBackupPoms=false -DprocessAllModules=true
}
commit() {
  git add -u -- '*pom.xml' specs/CHANGELOG.md
  git -c user.name="${GIT_AUTHOR_NAME:-secplat release}" -c user.email="${GIT_AUTHOR_EMAIL:-release@secplat.invalid}" \
    commit -q -m "$1"
}

gate_jar=tools/spec-gate/target/secplat-spec-gate.jar
if [ ! -f "$gate_jar" ]; then
  ./mvnw -B -q -pl tools/spec-gate -am package -DskipTests
fi
java -jar "$gate_jar" append-changelog --entry "$entry" --changelog specs/CHANGELOG.md

set_version "$version"
commit "Release $version"
git -c user.name="${GIT_AUTHOR_NAME:-secplat release}" -c user.email="${GIT_AUTHOR_EMAIL:-release@secplat.invalid}" \
  tag -a "v$version" -m "secplat $version"

if [ "${RELEASE_DEPLOY:-true}" != false ]; then
  ./mvnw -B deploy -DskipTests \
    -Drelease.repository.id="${MAVEN_REPOSITORY_ID:-github}" \
    -Drelease.repository.url="${MAVEN_REPOSITORY_URL:-https://maven.pkg.github.com/${GITHUB_REPOSITORY:?set GITHUB_REPOSITORY or MAVEN_REPOSITORY_URL}}"
fi

set_version "$next"
commit "Next development version $next"

if [ "${RELEASE_PUSH:-true}" != false ]; then
  git push --atomic origin "HEAD:${RELEASE_BRANCH:-main}" "v$version"
fi
echo "released $version (tag v$version); the build now declares $next"
