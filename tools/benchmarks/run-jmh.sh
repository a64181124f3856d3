#!/bin/sh
# Per-request overhead, 1 and 8 threads, JMH SampleTime (docs/PERFORMANCE.md).
# Build first: ./mvnw -B -q -pl tools/benchmarks -am package -DskipTests
# Extra arguments go to JMH, e.g. ./run-jmh.sh -prof gc
set -eu
cd "$(dirname "$0")"
for threads in 1 8; do
  java -jar target/benchmarks.jar RequestOverheadBenchmark -t "$threads" \
    -rf json -rff "target/jmh-request-overhead-t$threads.json" "$@"
done
