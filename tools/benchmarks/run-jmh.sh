#!/bin/sh
# Per-request overhead, 1 and 8 threads, JMH SampleTime (docs/PERFORMANCE.md).
# Build first: ./mvnw -B -q -pl tools/benchmarks -am package -DskipTests
#
# Runs ROUNDS rounds (default 5); in each round, for 1 and 8 threads, the small-GET variants
# (raw, okhttp, feign, façade without retry, façade) and then the ~1 MB ones (raw, okhttp with and
# without read timeout, feign, façade), each group in one JMH invocation so that a variant and its
# raw baseline run back to back under the same load (BENCH_GROUPS=Large runs one group).
# JMH_JAR names the jars to compare, as label=path pairs (default: the module's jar, label
# "current"), run alternately within each round. Extra arguments go to JMH, e.g. -prof gc.
# JSON per invocation in target/jmh/, summary (median p50, median ratio per round) printed last.
set -eu
cd "$(dirname "$0")"
rounds="${ROUNDS:-5}"
groups="${BENCH_GROUPS:-Small Large}"
jars="${JMH_JAR:-current=target/benchmarks.jar}"
mkdir -p target/jmh
round=1
while [ "$round" -le "$rounds" ]; do
  echo "round $round $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a target/jmh/load.txt
  for threads in 1 8; do
    for jar in $jars; do
      label="${jar%%=*}"
      for group in $groups; do
        java -jar "${jar#*=}" "RequestOverheadBenchmark\.[a-zA-Z]+$group\$" -t "$threads" -f 1 -wi 3 -w 1 -i 5 -r 1 \
          -rf json -rff "target/jmh/$label-t$threads-r$round-$group.json" "$@"
      done
    done
  done
  round=$((round + 1))
done
echo "end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a target/jmh/load.txt
java -cp target/benchmarks.jar io.secplat.bench.JmhSummary target/jmh
