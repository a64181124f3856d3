#!/bin/sh
# The 1,000,000-item scale runs with a 64 MB heap (docs/PERFORMANCE.md).
# Build first: ./mvnw -B -q -pl tools/benchmarks -am package -DskipTests
# Arguments: [count] [warmup count] [rounds]   (default 1000000 100000 1)
set -eu
cd "$(dirname "$0")"
exec java -Xmx64m -XX:+ExitOnOutOfMemoryError -cp target/benchmarks.jar io.secplat.bench.ScaleRun \
  "${1:-1000000}" "${2:-100000}" "${3:-1}"
