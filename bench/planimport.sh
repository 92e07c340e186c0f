#!/usr/bin/env bash
# Plan-import benchmark (rows 7 and 9 of bench/run.sh), also usable alone:
#   9. reading a plan in-process: the largest sample plan (/work/shared/samples, or SOCONGVU_SAMPLES: 31 tasks)
#      written as a Word file, read into its proposal in the window's process as the start command runs it (its jar
#      and start-up cache): the first read in a fresh JVM, and warm (the median of 15 more reads), a new process
#      each run (bench/PlanReadProbe);
#   7. plan import in the window: the same file chosen → its review's window laid out (bench/PlanImportProbe),
#      a new process each run (the clerk's first import of the day): the file chosen at once, and with the warm-up
#      "Nhập từ tệp…" starts while the clerk spends 1.5 s in the file chooser.
#   bench/planimport.sh [RUNS]      default 7
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
source bench/java.sh
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
SAMPLES=${SOCONGVU_SAMPLES:-/work/shared/samples}
PLAN=$(ls -S "$SAMPLES"/plan-*.txt | head -1)
"$JAVA" -cp "$CP" vn.socongvu.bench.SampleDocx "$PLAN" "$OUT/plan.docx"
# As the start command runs the window (its options, jar and start-up cache), the probe's class appended.
PROBE_OPTS="@app/jvm.options $(pom heap.window) $(pom native.trim.linux) -XX:AOTCache=app/target/socongvu.aot -Xlog:aot=off $FX"
PROBE_CP="$(pwd)/app/target/socongvu.jar:$(pwd)/app/target/test-classes"
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== 9. Reading a plan in-process (target ≤ 1 s)"
"$JAVA" $PROBE_OPTS -cp "$PROBE_CP" vn.socongvu.bench.PlanReadProbe "$OUT/read-data" "$OUT/plan.docx" 1 >/dev/null 2>&1
first=(); firstcpu=(); warm=(); tasks=""
for i in $(seq "$RUNS"); do
  out=$("$JAVA" $PROBE_OPTS -cp "$PROBE_CP" vn.socongvu.bench.PlanReadProbe "$OUT/read-data" "$OUT/plan.docx" 2>/dev/null)
  first+=("$(sed -n 's/^first-read-ms=//p' <<<"$out")"); firstcpu+=("$(sed -n 's/^first-read-cpu-ms=//p' <<<"$out")")
  warm+=("$(sed -n 's/^warm-read-ms=//p' <<<"$out")")
  tasks=$(sed -n 's/^tasks=//p' <<<"$out")
done
echo "   $(basename "$PLAN") as .docx ($tasks tasks), first read in a fresh JVM: runs ${first[*]} ms; median $(median "${first[@]}") ms (the reading thread's CPU: median $(median "${firstcpu[@]}") ms)"
echo "   the same, warm (median of 15 reads in each run): runs ${warm[*]} ms; median $(median "${warm[@]}") ms"

echo "== 7. Plan import in the window, file → review shown (target ≤ 2 s)"
PROBE="$PROBE_OPTS -cp $PROBE_CP vn.socongvu.bench.PlanImportProbe"
"$JAVA" $PROBE "$OUT/import-data" "$OUT/plan.docx" >/dev/null 2>&1   # the data folder made, the file cache warm
# Twice: the file chosen at once (nothing warmed up), then as "Nhập từ tệp…" runs it, the Word reader and the
# recogniser warmed up while the clerk takes 1.5 s in the file chooser; timed from the file chosen both times.
for chooser in 0 1500; do
  shown=(); cpu=()
  for i in $(seq "$RUNS"); do
    out=$("$JAVA" -Dprobe.chooserMs=$chooser $PROBE "$OUT/import-data" "$OUT/plan.docx" 2>/dev/null)
    shown+=("$(sed -n 's/^review-shown-ms=//p' <<<"$out")"); cpu+=("$(sed -n 's/^review-cpu-ms=//p' <<<"$out")")
  done
  what=$([ "$chooser" = 0 ] && echo "chosen at once" || echo "1.5 s in the chooser, warmed up meanwhile")
  echo "   $(basename "$PLAN") as .docx, $what: runs ${shown[*]} ms; median $(median "${shown[@]}") ms (the process's CPU meanwhile: median $(median "${cpu[@]}") ms)"
done
