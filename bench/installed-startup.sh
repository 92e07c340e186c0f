#!/usr/bin/env bash
# Start-up of the installed app (issue 32): the first frame from the launcher of the .deb, unpacked with dpkg -x as
# CI installs it, against a bare JavaFX window packaged the same way — an app image (jpackage) on the same linked
# runtime, with its own start-up cache trained on that runtime and named by its launcher — as a ratio (goal
# ≤ 1.5×); then the installer's size and the installed size. Both started headless with the same JVM options
# (the launcher's, from the image), alternately, run by run.
#   bench/installed-startup.sh [RUNS]      default 10; the data: SOCONGVU_BENCH_DATA or app/target/bench-data/busy-10
# The .deb is built first (README: -Pinstaller package) unless app/target/installer holds one (SOCONGVU_KEEP_DEB=1).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-10}
DATA=${SOCONGVU_BENCH_DATA:-app/target/bench-data/busy-10}
[ -f "$DATA/socongvu.mv.db" ] || { echo "No data in $DATA: bench/run.sh makes it (or set SOCONGVU_BENCH_DATA)" >&2; exit 1; }
if [ "${SOCONGVU_KEEP_DEB:-}" != 1 ] || ! ls app/target/installer/socongvu_*.deb >/dev/null 2>&1; then
  mvn -B -q -ntp -f app -Dmaven.test.skip=true -Pinstaller package >/dev/null
fi
DEB=$(ls app/target/installer/socongvu_*.deb | head -1)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
dpkg -x "$DEB" "$WORK/root"
APP="$WORK/root/opt/socongvu"

# The bare window: its jar, jpackage'd onto the installed runtime with the window launcher's JVM options but the
# cache, then its cache trained on that runtime (as the Packager trains the app's) and put beside its jar.
JAVA25=$(ls -d /usr/lib/jvm/*25*/bin | head -1)
mvn -B -q -ntp -f app -Dmaven.test.skip=true test-compile >/dev/null
mkdir -p "$WORK/bare-in"
"$JAVA25/jar" cfe "$WORK/bare-in/bare.jar" vn.socongvu.bench.BareWindowProbe -C app/target/test-classes vn/socongvu/bench/BareWindowProbe.class \
    -C app/target/test-classes 'vn/socongvu/bench/BareWindowProbe$Window.class' \
    -C app/target/test-classes 'vn/socongvu/bench/BareWindowProbe$Window$1.class'
OPTS=$(sed -n 's/^java-options=//p' "$APP/lib/app/socongvu.cfg" | grep -v -e '^-XX:AOTCache=' -e '^-Djpackage')
jopts=(); for o in $OPTS; do jopts+=(--java-options "$o"); done
"$JAVA25/jpackage" --type app-image --dest "$WORK/bare-img" --name bare --input "$WORK/bare-in" --main-jar bare.jar \
    --main-class vn.socongvu.bench.BareWindowProbe --runtime-image "$APP/lib/runtime" "${jopts[@]}" \
    --java-options '-XX:AOTCache=$APPDIR/bare.aot'
BARE="$WORK/bare-img/bare"
HEADLESS="-Dglass.platform=headless -Dprism.order=sw"
MALLOC_ARENA_MAX=2 "$BARE/lib/runtime/bin/java" $OPTS $HEADLESS -XX:AOTCacheOutput="$BARE/lib/app/bare.aot" -Xlog:aot=error \
    -cp "$BARE/lib/app/bare.jar" vn.socongvu.bench.BareWindowProbe >/dev/null 2>&1

export JAVA_TOOL_OPTIONS="$HEADLESS -Dsocongvu.startupProbe=true -Duser.home=$WORK/home"
check=$(JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:aot=info" "$BARE/bin/bare" 2>&1; JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:aot=info" "$APP/bin/socongvu" --data-dir "$DATA" 2>&1)
[ "$(grep -c 'Using AOT-linked classes: true' <<<"$check")" = 2 ] || { echo "A launcher did not start from its cache:" >&2; grep -i aot <<<"$check" | head >&2; exit 1; }

probe() { "$@" 2>/dev/null | sed -n 's/^first-frame-ms=//p'; }
bare=(); app=(); data=()
for i in $(seq "$RUNS"); do
  b=$(probe "$BARE/bin/bare")
  out=$("$APP/bin/socongvu" --data-dir "$DATA" 2>/dev/null)
  a=$(sed -n 's/^first-frame-ms=//p' <<<"$out"); d=$(sed -n 's/^data-frame-ms=//p' <<<"$out")
  echo "run $i: bare window (packaged) ${b} ms, installed app ${a} ms (on its data ${d} ms)"
  bare+=("$b"); app+=("$a"); data+=("$d")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mb=$(median "${bare[@]}"); ma=$(median "${app[@]}"); md=$(median "${data[@]}")
echo "median: packaged bare JavaFX window with its cache ${mb} ms, installed Sổ Công Vụ ${ma} ms," \
     "ratio $(awk "BEGIN {printf \"%.2f\", $ma/$mb}") (goal ≤ 1.5); on its data ${md} ms"
mib() { awk "BEGIN {printf \"%.1f MiB\", $1/1048576}"; }
echo "installer $(basename "$DEB"): $(mib "$(stat -c %s "$DEB")"); installed (/opt/socongvu): $(mib "$(du -sb "$APP" | cut -f1)")" \
     "of which the runtime $(mib "$(du -sb "$APP/lib/runtime" | cut -f1)"), the start-up caches $(mib "$(cat "$APP"/lib/app/*.aot | wc -c)")," \
     "the jars $(mib "$(cat "$APP"/lib/app/*.jar "$APP"/lib/app/lib/*.jar | wc -c)")"
