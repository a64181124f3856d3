#!/bin/sh
# The J1QL engine benchmark of the JupiterOne mock (docs/J1QL.md): first pages over HTTP.
# Build first: ./mvnw -B -q -pl tools/benchmarks,tools/mock-providers -am package -DskipTests
# Arguments: [timed requests per query] (default 200, after as many warm-up requests)
set -eu
cd "$(dirname "$0")"
exec java -Xmx2g -cp ../mock-providers/target/secplat-mock-providers.jar:target/classes io.secplat.bench.J1qlBench "${1:-200}"
