#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to the first laid-out frame, for a bare JavaFX window and for
# Sổ Công Vụ on a demo data folder, both on the same JDK, JavaFX, JVM options and JavaFX headless
# platform. The app is started exactly as the README's start command starts it (its jar and its start-up
# cache); the bare window is measured twice: as a plain class-path program, and with a start-up cache of
# its own (made here by a training run of the window itself). Prints each run, the medians and the ratios,
# when the main window is first laid out on its open data (its first frame comes before: header and
# navigation while the database opens), and when its first screen (Tổng quan) has its figures.
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

# The bare window as a jar beside the app's libraries, with its own start-up cache.
BARE=app/target/bench-bare
rm -rf "$BARE" && mkdir -p "$BARE"
JAR="$(dirname "$JAVA")/jar"
printf 'Class-Path: %s\n' "$(cd app/target && ls lib/javafx-*.jar | sed 's|^|../|' | tr '\n' ' ')" >"$BARE/manifest.txt"
"$JAR" cfm "$BARE/bare.jar" "$BARE/manifest.txt" -C app/target/test-classes vn/socongvu/bench/BareWindowProbe.class \
    -C app/target/test-classes 'vn/socongvu/bench/BareWindowProbe$Window.class' \
    -C app/target/test-classes 'vn/socongvu/bench/BareWindowProbe$Window$1.class'
BARE_RUN="$JVM_OPTS $FX -cp $(pwd)/$BARE/bare.jar vn.socongvu.bench.BareWindowProbe"
"$JAVA" -XX:AOTCacheOutput="$BARE/bare.aot" -Xlog:aot=error $BARE_RUN >/dev/null 2>&1

# One unmeasured start each, so the OS file cache is warm for all.
"$JAVA" $BARE_RUN >/dev/null 2>&1
"$JAVA" -XX:AOTCache="$BARE/bare.aot" $BARE_RUN >/dev/null 2>&1
"$JAVA" $FX -Dsocongvu.startupProbe=true $APP --data-dir "$DATA" >/dev/null 2>&1

probe() { "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p'; }
bare=(); cached=(); app=(); data=(); figs=()
for i in $(seq "$RUNS"); do
  b=$(probe "$JAVA" $BARE_RUN)
  c=$(probe "$JAVA" -XX:AOTCache="$BARE/bare.aot" $BARE_RUN)
  out=$("$JAVA" $FX -Dsocongvu.startupProbe=true $APP --data-dir "$DATA" 2>/dev/null)
  a=$(sed -n 's/^first-frame-ms=//p' <<<"$out"); d=$(sed -n 's/^data-frame-ms=//p' <<<"$out")
  f=$(sed -n 's/^figures-ms=//p' <<<"$out")
  echo "run $i: bare ${b} ms, bare with its cache ${c} ms, app ${a} ms (on its data ${d} ms, Tổng quan's figures shown at ${f} ms)"
  bare+=("$b"); cached+=("$c"); app+=("$a"); data+=("$d"); figs+=("$f")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mb=$(median "${bare[@]}"); mc=$(median "${cached[@]}"); ma=$(median "${app[@]}"); md=$(median "${data[@]}")
mf=$(median "${figs[@]}")
ratio() { awk "BEGIN {printf \"%.2f\", $1/$2}"; }
echo "median: bare JavaFX window ${mb} ms (with its own cache ${mc} ms), Sổ Công Vụ (${SIZE}, ${YEARS} years) ${ma} ms," \
     "ratio $(ratio "$ma" "$mb") (against the cached bare window $(ratio "$ma" "$mc")); on its data ${md} ms" \
     "(ratio $(ratio "$md" "$mb")); Tổng quan's figures shown at ${mf} ms"
