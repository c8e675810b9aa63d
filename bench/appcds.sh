#!/usr/bin/env bash
# Builds target/mlp-playground.jsa, a class-data sharing (AppCDS) archive of every class, the
# JDK's and the app's, that the desktop app loads up to its first drawn window, for a faster start:
#
#   bench/appcds.sh
#   java -XX:SharedArchiveFile=target/mlp-playground.jsa -jar target/mlp-playground.jar
#
# Step 1 records the classes a start loads (-XX:DumpLoadedClassList): the app runs with
# -Dmlp.startupTrace=exit, which closes the window once its first frame is drawn; on $DISPLAY if
# set, else on a virtual display (xvfb-run), else headless with Monocle (its jar from ~/.m2),
# else (no window possible) a short headless training run. Step 2 writes a static archive of
# that list (java -Xshare:dump). The archive remembers where the jar is (its absolute path) and
# its size and date: start that jar (by any path, from any folder); a JVM given an archive that
# does not match (a moved or rebuilt jar) starts without it, silently with -Xlog:cds=off. JAVA, JAR
# and JSA can be set (scripts/package-installer.sh builds its launcher's archive this way). Run
# after `mvn package`, and again after each one.
set -euo pipefail
JAVA=${JAVA:-java}
JAR=${JAR:-target/mlp-playground.jar}
JSA=${JSA:-target/mlp-playground.jsa}
LIST=${LIST:-${JSA%.jsa}-classes.lst}
record() {
  "$JAVA" -XX:DumpLoadedClassList="$LIST" -Dmlp.startupTrace=exit "$@" >/dev/null 2>&1
}
JAR=$(cd "$(dirname "$JAR")" && pwd -P)/$(basename "$JAR")
rm -f "$JSA" "$LIST"
if [[ -n "${DISPLAY:-}" ]]; then
  record -jar "$JAR"
elif command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1920x1080x24" "$JAVA" -XX:DumpLoadedClassList="$LIST" -Dmlp.startupTrace=exit \
    -jar "$JAR" >/dev/null 2>&1
elif MONOCLE=$(find ~/.m2/repository/org/testfx -name 'openjfx-monocle-*.jar' 2>/dev/null | head -1) && [[ -n "$MONOCLE" ]]; then
  record -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp "$JAR:$MONOCLE" org.mlplayground.Main
else
  "$JAVA" -XX:DumpLoadedClassList="$LIST" -jar "$JAR" bench --toy --seconds 0.5 >/dev/null 2>&1
fi
echo "$(grep -vc '^[#@]' "$LIST") classes recorded in $LIST"
"$JAVA" -Xshare:dump -XX:SharedClassListFile="$LIST" -XX:SharedArchiveFile="$JSA" -Xlog:cds=off -cp "$JAR" >/dev/null
ls -la "$JSA"
