#!/bin/sh
# Building one JupiterOneClient: first build in a fresh JVM and warm builds (ClientBuildRun), for
# one or more class paths alternately in each round (docs/PERFORMANCE.md, "Start-up").
# Usage: run-clientbuild.sh [rounds] [warm builds]
#   CPS="after=tools/benchmarks/target/benchmarks.jar before=/tmp/cbr:/tmp/perf-before/tools/benchmarks/target/benchmarks.jar"
#   (a before jar without ClientBuildRun: put this build's io/secplat/bench/ClientBuildRun.class first)
#   JAVA_OPTS: JVM options for every run
set -eu
cd "$(dirname "$0")/../.."
rounds=${1:-5}
warm=${2:-2000}
cps=${CPS:-after=tools/benchmarks/target/benchmarks.jar}
r=1
while [ $r -le "$rounds" ]; do
  for entry in $cps; do
    name=${entry%%=*}
    cp=${entry#*=}
    load=$(cut -d' ' -f1 /proc/loadavg)
    # shellcheck disable=SC2086
    result=$(/usr/bin/time -f "cpu %U %S rss %M" java ${JAVA_OPTS:-} -cp "$cp" io.secplat.bench.ClientBuildRun "$warm" 2>&1 | grep -v SLF4J | tr '\n' ' ')
    echo "round $r $name load $load: $result"
  done
  r=$((r + 1))
done
