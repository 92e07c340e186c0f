#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to the first laid-out frame, for a bare JavaFX window
# and for Sổ Công Vụ on a demo data folder, both launched the same way (same JDK, same JavaFX,
# JavaFX headless platform). Prints each run, the medians and the ratio.
#   bench/startup.sh [RUNS] [DEMO_SIZE] [DEMO_YEARS]      defaults: 10 BUSY 10
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
SIZE=${2:-BUSY}
YEARS=${3:-10}

source bench/java.sh

if [ -n "${SOCONGVU_BENCH_DATA:-}" ]; then
  DATA="$SOCONGVU_BENCH_DATA"   # bench/run.sh passes its ten-year folder
else
  DATA=$(mktemp -d)
  trap 'rm -rf "$DATA"' EXIT
  "$JAVA" -cp "$CP" vn.socongvu.Main demo --data-dir "$DATA" --size "$SIZE" --years "$YEARS" >/dev/null
fi
# One unmeasured start each, so the OS file cache is warm for both.
"$JAVA" $JVM_OPTS $FX -cp "$CP" vn.socongvu.bench.BareWindowProbe >/dev/null 2>&1
"$JAVA" $JVM_OPTS $FX -Dsocongvu.startupProbe=true -cp "$CP" vn.socongvu.Main --data-dir "$DATA" >/dev/null 2>&1

probe() { "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p'; }
bare=(); app=()
for i in $(seq "$RUNS"); do
  b=$(probe "$JAVA" $JVM_OPTS $FX -cp "$CP" vn.socongvu.bench.BareWindowProbe)
  a=$(probe "$JAVA" $JVM_OPTS $FX -Dsocongvu.startupProbe=true -cp "$CP" vn.socongvu.Main --data-dir "$DATA")
  echo "run $i: bare ${b} ms, app ${a} ms"
  bare+=("$b"); app+=("$a")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mb=$(median "${bare[@]}"); ma=$(median "${app[@]}")
echo "median: bare JavaFX window ${mb} ms, Sổ Công Vụ (${SIZE}, ${YEARS} years) ${ma} ms, ratio $(awk "BEGIN {printf \"%.2f\", $ma/$mb}")"
