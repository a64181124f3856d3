#!/bin/bash
# Issue 18's before/after table in one run (docs/PERFORMANCE.md, section 10): client build, CLI
# start-up, standalone mock throughput, then the peer benchmark (with the before build's CLI) and the
# 1,000,000-row scale runs. BEFORE names a worktree of the earlier commit, built the same way:
#
#   git worktree add --detach /tmp/before18 c0f07e3
#   (cd /tmp/before18 && ./mvnw -B -q package -DskipTests -pl tools/cli,tools/mock-providers,tools/benchmarks -am)
#   ./mvnw -B -q package -DskipTests && ./mvnw -B -q test-compile -pl tools/mock-providers   # this tree
#   (cd tools/benchmarks/node-peer && npm ci)
#   BEFORE=/tmp/before18 tools/benchmarks/run-before-after.sh
set -u
AFTER=$(cd "$(dirname "$0")/../.." && pwd)
B=${BEFORE:?BEFORE names the worktree of the earlier build}
out=${OUT:-/tmp/secplat-before-after}
mkdir -p "$out"
cd $AFTER
echo "== start $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
# 1. client build (an older ClientBuildRun reports less: this build's class goes first on the before class path)
mkdir -p /tmp/cbr && (cd /tmp/cbr && unzip -o -q "$AFTER/tools/benchmarks/target/benchmarks.jar" 'io/secplat/bench/ClientBuildRun.class')
echo "== client build, first build only"
OUT=$out/cb0 CPS="before=/tmp/cbr:$B/tools/benchmarks/target/benchmarks.jar after=$AFTER/tools/benchmarks/target/benchmarks.jar" tools/benchmarks/run-clientbuild.sh 5 0 2>&1 | tail -n 8
echo "== client build, warm 2000"
OUT=$out/cb2 CPS="before=/tmp/cbr:$B/tools/benchmarks/target/benchmarks.jar after=$AFTER/tools/benchmarks/target/benchmarks.jar" tools/benchmarks/run-clientbuild.sh 3 2000 2>&1 | tail -n 6
# 2. CLI start-up
java -XX:TieredStopAtLevel=1 -jar $(ls tools/mock-providers/target/secplat-mock-providers-*-standalone.jar) --port 18718 --vendor jupiterone > $out/mock.log 2>&1 &
MOCK=$!
for i in $(seq 1 100); do grep -q "listening on" $out/mock.log && break; sleep 0.2; done
echo "== CLI start-up $(date -u +%H:%M:%S)"
OUT=$out/su JUPITERONE_BASE_URL=http://127.0.0.1:18718 BEFORE_JAR=$B/tools/cli/target/secplat-cli.jar tools/benchmarks/run-startup.sh 7 before plain launcher-nocds launcher 2>&1 | tail -n 8
kill $MOCK; wait $MOCK 2>/dev/null
# 3. mock throughput: standalone before vs after, 3 interleaved rounds, then embedded after (the
#    before build's standalone jar: secplat-mock-providers.jar, or the later -standalone classifier)
cd $AFTER/tools/mock-providers
AJAR=$(ls $AFTER/tools/mock-providers/target/secplat-mock-providers-*-standalone.jar)
BJAR=$(ls $B/tools/mock-providers/target/secplat-mock-providers-*-standalone.jar 2>/dev/null || echo $B/tools/mock-providers/target/secplat-mock-providers.jar)
echo "== mock throughput $(date -u +%H:%M:%S)"
for r in 1 2 3; do for v in before after; do
  jar=$AJAR; [ $v = before ] && jar=$BJAR
  java -jar $jar --port 18931 > $out/m-$v.log 2>&1 & PID=$!
  for i in $(seq 1 200); do grep -q "listening on" $out/m-$v.log && break; sleep 0.1; done
  echo "-- round $r $v load $(cut -d' ' -f1 /proc/loadavg)"
  java -cp target/test-classes:$AJAR io.secplat.mock.MockThroughput http://127.0.0.1:18931 16 10 $PID 2>&1 | grep -v SLF4J | tail -n 4
  kill $PID; wait $PID 2>/dev/null
done; done
echo "-- embedded after (cold, warm start and throughput)"
java -cp target/test-classes:$AJAR io.secplat.mock.MockThroughput "" 16 10 2>&1 | grep -v SLF4J | tail -n 6
cd $AFTER
# 4. peak RSS and peer: 100,000 rows, 3 rounds
echo "== peer 100000 $(date -u +%H:%M:%S)"
BEFORE_CLI_JAR=$B/tools/cli/target/secplat-cli.jar java -cp tools/benchmarks/target/benchmarks.jar io.secplat.bench.PeerRun 100000 3 \
  node-helper node-loop facade facade-small facade-cds cli cli-before 2>&1 | tail -n 40
echo "== peer done $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== scale 1,000,000 -Xmx64m $(date -u +%H:%M:%S)"
tools/benchmarks/run-scale.sh 1000000 100000 1 2>&1 | tail -n 25
echo "== end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
