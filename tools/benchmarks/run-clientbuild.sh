#!/bin/sh
# Building one JupiterOneClient: first build in a fresh JVM and warm builds (ClientBuildRun), for
# one or more class paths alternately in each round (docs/PERFORMANCE.md, "Start-up"). The summary
# gives per class path the medians of: the first build's wall and CPU ms (measured inside the JVM
# around the first build()), the classes it loaded, the process's CPU seconds (user + sys), the warm
# build's median; and the median of the per-round ratios to the first class path.
# Usage: run-clientbuild.sh [rounds] [warm builds]
#   CPS="before=/tmp/cbr:/tmp/perf-before/tools/benchmarks/target/benchmarks.jar after=tools/benchmarks/target/benchmarks.jar"
#   (a before jar with an older ClientBuildRun: put this build's io/secplat/bench/ClientBuildRun.class first)
#   JAVA_OPTS: JVM options for every run
set -eu
cd "$(dirname "$0")/../.."
rounds=${1:-5}
warm=${2:-2000}
cps=${CPS:-after=tools/benchmarks/target/benchmarks.jar}
out=${OUT:-/tmp/secplat-clientbuild}
mkdir -p "$out"
: > "$out/samples.tsv"
r=1
while [ $r -le "$rounds" ]; do
  for entry in $cps; do
    name=${entry%%=*}
    cp=${entry#*=}
    load=$(cut -d' ' -f1 /proc/loadavg)
    # shellcheck disable=SC2086
    result=$(/usr/bin/time -f "cpu %U %S rss %M" java ${JAVA_OPTS:-} -cp "$cp" io.secplat.bench.ClientBuildRun "$warm" 2>&1 | grep -v SLF4J | tr '\n' ' ')
    echo "round $r $name load $load: $result"
    first=$(echo "$result" | sed -n 's/.*first build: \([0-9.]*\) ms.*/\1/p')
    firstcpu=$(echo "$result" | sed -n 's/.* \([0-9.]*\) ms CPU of this thread.*/\1/p')
    classes=$(echo "$result" | sed -n 's/.* \([0-9]*\) classes loaded by it.*/\1/p')
    warmms=$(echo "$result" | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p')
    cpu=$(echo "$result" | sed -n 's/.*cpu \([0-9.]*\) \([0-9.]*\) rss.*/\1 \2/p' | awk '{print $1 + $2}')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$r" "$name" "$load" "$first" "${firstcpu:-0}" "${classes:-0}" "$cpu" "${warmms:-0}" >> "$out/samples.tsv"
  done
  r=$((r + 1))
done
echo "load (1-min) at each run: $(cut -f3 "$out/samples.tsv" | tr '\n' ' ')"
awk -F'\t' '
  function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  { f[$1, $2] = $4; fc[$1, $2] = $5; cl[$1, $2] = $6; cpu[$1, $2] = $7; w[$1, $2] = $8
    if (!($2 in seen)) { seen[$2] = 1; order[++nv] = $2 }; if ($1 > nr) nr = $1 }
  END {
    printf "%-10s %10s %10s %8s %7s %9s %10s %10s %10s %10s\n", "classpath", "first ms", "first cpu", "classes", "cpu s", "warm ms",
      "first/1st", "classes/1st", "cpu/1st", "warm/1st"
    for (k = 1; k <= nv; k++) { v = order[k]
      for (r = 1; r <= nr; r++) { a[r] = f[r, v]; b[r] = fc[r, v]; c[r] = cl[r, v]; d[r] = cpu[r, v]; e[r] = w[r, v]
        ra[r] = f[r, v] / f[r, order[1]]; rc[r] = cl[r, v] / cl[r, order[1]]; rd[r] = cpu[r, v] / cpu[r, order[1]]
        re[r] = w[r, order[1]] > 0 ? w[r, v] / w[r, order[1]] : 0 }
      printf "%-10s %10.1f %10.1f %8d %7.2f %9.3f %10.3f %10.3f %10.3f %10.3f\n", v, median(a, nr), median(b, nr), median(c, nr),
        median(d, nr), median(e, nr), median(ra, nr), median(rc, nr), median(rd, nr), median(re, nr) }
  }' "$out/samples.tsv"
