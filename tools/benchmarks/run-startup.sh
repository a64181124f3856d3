#!/bin/sh
# CLI start-up, variant by variant, in interleaved rounds (docs/PERFORMANCE.md, "Start-up").
# Each round runs every variant once, one after the other, so all see the same load; the summary
# gives per variant the median wall time, CPU (user + sys) and peak RSS, and the median of the
# per-round ratios to the first variant (plain java -jar).
#
# Needs: tools/cli/target/secplat-cli.jar (and secplat-cli.jsa for the CDS variants), and a
# JupiterOne server: JUPITERONE_BASE_URL (default: a standalone mock this script starts from
# tools/mock-providers/target/secplat-mock-providers.jar).
# Usage: run-startup.sh [rounds] [variant ...]   (default 5 rounds, every variant but before)
#   variants: before (java -jar $BEFORE_JAR), before-launcher (the before build's bin/secplat with its
#   archive, beside $BEFORE_JAR), plain (java -jar), c1, serial, xmx (each one launcher
#   option alone), cds-only (the archive alone), launcher-nocds (SECPLAT_CDS=off), launcher
#   (bin/secplat); the first is the reference of the ratios
#   J1QL='FIND User' LIMIT=1 set the command; the command is `j1 query "$J1QL" --limit $LIMIT --output jsonl`.
set -eu
cd "$(dirname "$0")/../.."
rounds=${1:-5}
[ $# -gt 0 ] && shift
jar=tools/cli/target/secplat-cli.jar
jsa=tools/cli/target/secplat-cli.jsa
launcher=tools/cli/bin/secplat
out=${OUT:-/tmp/secplat-startup}
mkdir -p "$out"
: > "$out/samples.tsv"

if [ -z "${JUPITERONE_BASE_URL:-}" ]; then
  java -XX:TieredStopAtLevel=1 -jar tools/mock-providers/target/secplat-mock-providers.jar --port 0 --vendor jupiterone \
    > "$out/mock.log" 2>&1 &
  mock=$!
  trap 'kill $mock 2>/dev/null || true' EXIT INT TERM
  i=0
  until grep -q "listening on" "$out/mock.log" 2>/dev/null; do
    i=$((i + 1)); [ $i -gt 600 ] && { echo "mock did not start" >&2; exit 1; }; sleep 0.1
  done
  JUPITERONE_BASE_URL=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$out/mock.log")
fi
export JUPITERONE_BASE_URL JUPITERONE_API_KEY=${JUPITERONE_API_KEY:-mock-key-0001} \
  JUPITERONE_ACCOUNT=${JUPITERONE_ACCOUNT:-mock-account}
q=${J1QL:-FIND User}
limit=${LIMIT:-1}

variants=${*:-plain c1 serial xmx cds-only launcher-nocds launcher}
run() { # variant -> the command line
  case $1 in
    before) echo "java -jar ${BEFORE_JAR:?BEFORE_JAR names the jar of the before build}" ;;
    before-launcher) echo "$(dirname "${BEFORE_JAR:?BEFORE_JAR names the jar of the before build}")/../bin/secplat" ;;
    plain) echo "java -jar $jar" ;;
    c1) echo "java -XX:TieredStopAtLevel=1 -jar $jar" ;;
    serial) echo "java -XX:+UseSerialGC -jar $jar" ;;
    xmx) echo "java -Xmx256m -Xss512k -jar $jar" ;;
    cds-only) echo "java -XX:SharedArchiveFile=$jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off -jar $jar" ;;
    launcher-nocds) echo "env SECPLAT_CDS=off $launcher" ;;
    launcher) echo "$launcher" ;;
    *) echo "unknown variant $1" >&2; exit 2 ;;
  esac
}
# a warm-up of the page cache, not measured
for v in $variants; do $(run "$v") j1 query "$q" --limit "$limit" --output jsonl > /dev/null 2>&1 || true; done
r=1
while [ $r -le "$rounds" ]; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  for v in $variants; do
    /usr/bin/time -f "%e %U %S %M" -o "$out/time" $(run "$v") j1 query "$q" --limit "$limit" --output jsonl > "$out/rows" 2> "$out/err" \
      || { echo "variant $v failed:" >&2; cat "$out/err" >&2; exit 1; }
    [ "$(wc -l < "$out/rows")" -eq "$limit" ] || { echo "variant $v printed $(wc -l < "$out/rows") rows" >&2; exit 1; }
    printf '%s\t%s\t%s\t%s\n' "$r" "$v" "$load" "$(tr ' ' '\t' < "$out/time")" >> "$out/samples.tsv"
  done
  r=$((r + 1))
done
echo "load (1-min) at each round's start: $(cut -f1,3 "$out/samples.tsv" | sort -u -n | cut -f2 | tr '\n' ' ')"
awk -F'\t' '
  function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  { wall[$1, $2] = $4; cpu[$1, $2] = $5 + $6; rss[$1, $2] = $7; if (!($2 in seen)) { seen[$2] = 1; order[++nv] = $2 }; if ($1 > nr) nr = $1 }
  END {
    printf "%-16s %8s %8s %9s %10s %10s %10s\n", "variant", "wall s", "cpu s", "rss MiB", "wall/first", "cpu/first", "rss/first"
    for (k = 1; k <= nv; k++) { v = order[k]
      for (r = 1; r <= nr; r++) { w[r] = wall[r, v]; c[r] = cpu[r, v]; m[r] = rss[r, v] / 1024
        rw[r] = wall[r, v] / wall[r, order[1]]; rc[r] = cpu[r, v] / cpu[r, order[1]]; rm[r] = rss[r, v] / rss[r, order[1]] }
      printf "%-16s %8.2f %8.2f %9.0f %10.2f %10.2f %10.2f\n", v, median(w, nr), median(c, nr), median(m, nr), median(rw, nr), median(rc, nr), median(rm, nr) }
  }' "$out/samples.tsv"
