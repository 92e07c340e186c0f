#!/usr/bin/env bash
# The benchmark suite of issue 9, separate from the tests: ten years of a busy commune (made once into
# app/target/bench-data/busy-10, or the folder in SOCONGVU_BENCH_DATA), then
#   1. cold start to the first painted frame, against a bare JavaFX window (bench/startup.sh), as a ratio;
#   2. the task list: open, filter by text, by state, sort — JMH, median and p95 per action;
#   3. Tổng quan's figures and the annual report's figures for a year, the evaluation's figures for the last
#      quarter over and for its year (issue 34) — JMH, median and p95;
#   4. the annual report exported (.docx + .xlsx) from the command line, whole process;
#   5. a backup of the ten-year database, whole process;
#      (4 and 5 run as the README's subcommands run: the jar, the subcommands' start-up cache, and for the
#      report its JIT option, jit.documents in app/pom.xml)
#   6. the app's peak memory with the ten-year data open and every screen shown: the screenshots command
#      with --no-pictures (the screens of the pictures, on the data alone), then with its pictures as
#      before (its harness: PNG encoding and the first-start screen's own empty database), both run as the
#      start command runs the window (its start-up cache), so that it is the window's process.
#   7. plan import in the window: the largest sample plan (/work/shared/samples, or SOCONGVU_SAMPLES) as a Word file
#      chosen → its review's window laid out, in the window's process as the start command runs it (its jar and
#      start-up cache), a new process each run (the clerk's first import of the day): the file chosen at once, and
#      with the warm-up "Nhập từ tệp…" starts while the clerk spends 1.5 s in the file chooser;
#   8. the header's search across every section (JMH, with 2 and 3);
#   9. reading a 30-task plan (the largest sample as a Word file) in-process: the first read in a fresh JVM and
#      warm (7 and 9: bench/planimport.sh);
#  10. the installed app (issue 32): the first frame from the .deb's launcher (dpkg -x) against a bare JavaFX window
#      packaged the same way (bench/installed-startup.sh), as a ratio; the installer's and the installed size.
#  11. a shared PostgreSQL server (issue 35), when SOCONGVU_TEST_POSTGRES names the test server
#      (app/src/test/postgres/test-server.sh start): the ten-year data copied to it once (ServerBenchData, as
#      copy-to-server does), then JMH — the task list's actions with 5 clients at once (ServerTaskListBench: 5 threads,
#      each its own Services and pool), a year's figures and the annual report's export on H2 and on PostgreSQL
#      (ServerFiguresBench), median and p95.
#   bench/run.sh [--quick]      --quick: fewer runs and iterations (a smoke run, not for the README)
set -euo pipefail
cd "$(dirname "$0")/.."
QUICK=${1:-}
source bench/java.sh
DATA=${SOCONGVU_BENCH_DATA:-app/target/bench-data/busy-10}
if [ ! -f "$DATA/socongvu.mv.db" ]; then
  echo "Making ten years of the busy demo commune in $DATA …"
  "$JAVA" -cp "$CP" vn.socongvu.Main demo --data-dir "$DATA" --size BUSY --years 10
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
YEAR=$(( $(date +%Y) - 1 ))
if [ "$QUICK" = "--quick" ]; then RUNS=2; JMH="-f 1 -wi 1 -w 1s -i 2 -r 1s"; else RUNS=7; JMH="-f 1 -wi 3 -w 2s -i 5 -r 3s"; fi
timed() { /usr/bin/time -f "%e s, peak RSS %M KB" "$@" 2>&1 >/dev/null | tail -1; }

echo "== 1. Start-up"
SOCONGVU_BENCH_DATA="$DATA" bench/startup.sh "$RUNS" | tail -1

echo "== 2, 3, 8. Task list, a year's figures, the header's search (JMH, ms)"
"$JAVA" -Dsocongvu.bench.data="$DATA" -cp "$CP" org.openjdk.jmh.Main $JMH -rf json -rff "$OUT/jmh.json" \
    'vn.socongvu.bench.(TaskListBench|FiguresBench|SearchBench|EvaluationBench)' >"$OUT/jmh.log" 2>&1 || { tail -30 "$OUT/jmh.log"; exit 1; }
python3 - "$OUT/jmh.json" <<'PY'
import json, sys
for b in json.load(open(sys.argv[1])):
    p = b["primaryMetric"]["scorePercentiles"]
    name = b["benchmark"].rsplit(".", 1)[1]
    print(f"   {name:24s} median {p['50.0']:9.3f}   p95 {p['95.0']:9.3f}   ({b['primaryMetric']['scoreUnit']})")
PY

echo "== 4. Annual report $YEAR (.docx + .xlsx), whole process"
cp -r "$DATA" "$OUT/report-data"
echo "   first export (figures counted): $(timed "$JAVA" $APP_REPORT report --data-dir "$OUT/report-data" --kind year --period "$YEAR" --out "$OUT/r1")"
echo "   re-export (frozen figures):     $(timed "$JAVA" $APP_REPORT report --data-dir "$OUT/report-data" --kind year --period "$YEAR" --out "$OUT/r2")"

echo "== 5. Backup of the ten-year database, whole process"
echo "   $(timed "$JAVA" $APP_SUB backup --data-dir "$DATA" --to "$OUT/usb")"

echo "== 6. Peak memory: every screen shown on the ten-year data, whole process"
cp -r "$DATA" "$OUT/screens-data"
echo "   the app on its data (screenshots --no-pictures): $(timed "$JAVA" $FX $APP screenshots --data-dir "$OUT/screens-data" --no-pictures)"
echo "   with the pictures written (screenshots):         $(timed "$JAVA" $FX $APP screenshots --data-dir "$OUT/screens-data" --out "$OUT/shots")"

# 7 and 9: the plan import (bench/planimport.sh, also usable alone), with this run's number of runs.
bench/planimport.sh "$RUNS"

echo "== 10. The installed app: first frame against a packaged bare window (target ≤ 1.5×), sizes"
SOCONGVU_BENCH_DATA="$DATA" bench/installed-startup.sh "$RUNS" | tail -2

echo "== 11. A shared PostgreSQL server: 5 clients on the task list, a year's figures, the report (JMH, ms)"
if [ -z "${SOCONGVU_TEST_POSTGRES:-}" ]; then
  echo "   skipped: SOCONGVU_TEST_POSTGRES is not set (export it from app/src/test/postgres/test-server.sh start)"
else
  "$JAVA" -Dsocongvu.bench.data="$DATA" -cp "$CP" org.openjdk.jmh.Main $JMH -rf json -rff "$OUT/jmh-server.json" \
      'vn.socongvu.bench.(ServerTaskListBench|ServerFiguresBench)' >"$OUT/jmh-server.log" 2>&1 || { tail -30 "$OUT/jmh-server.log"; exit 1; }
  grep -h "^Copied" "$OUT/jmh-server.log" | sed 's/^/   /' || true
  python3 - "$OUT/jmh-server.json" <<'PY'
import json, sys
for b in json.load(open(sys.argv[1])):
    p = b["primaryMetric"]["scorePercentiles"]
    name = b["benchmark"].rsplit(".", 2)
    engine = b.get("params", {}).get("engine", "5 clients")
    print(f"   {name[1] + '.' + name[2]:44s} {engine:10s} median {p['50.0']:9.3f}   p95 {p['95.0']:9.3f}   ({b['primaryMetric']['scoreUnit']})")
PY
fi
