# Sourced by the bench scripts: JAVA (a JDK 25+), the app laid out as the README's commands run it
# (APP, APP_SUB, APP_REPORT: jar + a start-up cache, made by `package`), CP for JMH (test and main classes with every
# dependency), FX options.
JAVA=""
for d in "${JAVA_HOME:-}" /usr/lib/jvm/*25* /usr/lib/jvm/*-2[5-9]* ; do
  if [ -n "$d" ] && [ -x "$d/bin/java" ] && "$d/bin/java" -version 2>&1 | grep -qE 'version "2[5-9]'; then JAVA="$d/bin/java"; break; fi
done
[ -n "$JAVA" ] || { echo "No JDK 25 found (set JAVA_HOME)"; exit 1; }
mvn -q -B -f app -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
# Exactly the start command's java options and class path (app/pom.xml, exec-maven-plugin): APP with the
# window's start-up cache (the start command), APP_SUB with the subcommands' (exec:exec -Dargs="…"), APP_REPORT
# as -Dargs="report …" runs (the subcommands' cache, C1 alone: jit.documents).
pom() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" app/pom.xml; }
run_with() { echo "@app/jvm.options $(pom "$1") $(pom native.trim.linux) ${3:-} -XX:AOTCache=app/target/$2 -Xlog:aot=off --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -cp $(pwd)/app/target/socongvu.jar vn.socongvu.Main"; }
APP=$(run_with heap.window socongvu.aot)
APP_SUB=$(run_with heap.subcommands socongvu-subcommands.aot)
APP_REPORT=$(run_with heap.subcommands socongvu-subcommands.aot "$(pom jit.documents)")   # -Dargs="report …"
JVM_OPTS="@app/jvm.options $(pom heap.window) $(pom native.trim.linux)"   # the window's options, for the bare window (startup.sh)
CP="app/target/test-classes:app/target/classes:$(cat app/target/bench-cp.txt)"
export MALLOC_ARENA_MAX=2   # as exec:exec starts every command (app/pom.xml)
FX="-Dglass.platform=headless -Dprism.order=sw --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8"
