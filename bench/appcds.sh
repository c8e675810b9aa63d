#!/usr/bin/env bash
# Builds target/mlp-playground.jsa, an application class-data sharing (AppCDS) archive of the
# classes the desktop app loads up to its first window, for a faster start:
#
#   bench/appcds.sh
#   java -XX:SharedArchiveFile=target/mlp-playground.jsa -jar target/mlp-playground.jar
#
# The window is opened on a virtual display (Debian's xvfb and xdotool), left for 3 s, then
# closed; the JVM writes the archive as it exits. Without xvfb-run it archives a short headless
# training run instead (engine and command-line classes only). A JVM given an archive that does
# not match the jar (rebuilt since) says so once and starts without it. Run after `mvn package`.
set -euo pipefail
JAR=${JAR:-target/mlp-playground.jar}
JSA=${JSA:-target/mlp-playground.jsa}
if [[ -n "${MLP_APPCDS_INNER:-}" ]]; then
  java -XX:ArchiveClassesAtExit="$JSA" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$JAR" >/dev/null 2>&1 &
  pid=$!
  timeout 180 xdotool search --sync --onlyvisible --name "^MLP Playground$" >/dev/null
  sleep 3
  kill -TERM "$pid"
  wait "$pid" || true
  exit 0
fi
rm -f "$JSA"
if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
  MLP_APPCDS_INNER=1 xvfb-run -a -s "-screen 0 1920x1080x24" "$0"
else
  java -XX:ArchiveClassesAtExit="$JSA" -Xlog:cds=off -jar "$JAR" bench --toy --seconds 0.5 >/dev/null 2>&1
fi
ls -la "$JSA"
