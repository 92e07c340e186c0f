# Sourced by the bench scripts: JAVA (a JDK 25+), CP (test and main classes with every dependency), FX options.
JAVA=""
for d in "${JAVA_HOME:-}" /usr/lib/jvm/*25* /usr/lib/jvm/*-2[5-9]* ; do
  if [ -n "$d" ] && [ -x "$d/bin/java" ] && "$d/bin/java" -version 2>&1 | grep -qE 'version "2[5-9]'; then JAVA="$d/bin/java"; break; fi
done
[ -n "$JAVA" ] || { echo "No JDK 25 found (set JAVA_HOME)"; exit 1; }
mvn -q -B -f app test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
JVM_OPTS="@app/jvm.options"   # the options the app is started with (README)
CP="app/target/test-classes:app/target/classes:$(cat app/target/bench-cp.txt)"
FX="-Dglass.platform=headless -Dprism.order=sw --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8"
