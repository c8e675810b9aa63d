#!/usr/bin/env bash
# Start-up time of the desktop app: from launching the JVM to the main window being mapped on
# screen (xdotool's --sync search for its title), under a virtual X display. Prints one line per
# run and the median. Needs Debian's xvfb and xdotool (apt-get install -y xvfb xdotool).
#
#   bench/startup.sh [runs] [extra JVM options...]
#   bench/startup.sh 5                                   # plain java -jar
#   bench/startup.sh 5 -XX:SharedArchiveFile=target/mlp-playground.jsa   # with the AppCDS archive
#
# Run from the project folder after `mvn package`. With MLP_STARTUP_INNER set it is the inner
# part that runs on the virtual display; `MLP_STARTUP_INNER=1 DISPLAY=:71 bench/startup.sh 5` uses
# an X display already running (e.g. your own Xvfb :71). For where the time goes, run the jar
# with -Dmlp.startupTrace (milestones on stderr, see the README).
set -euo pipefail
JAR=${JAR:-target/mlp-playground.jar}
if [[ -z "${MLP_STARTUP_INNER:-}" ]]; then
  runs=${1:-5}
  shift || true
  MLP_STARTUP_INNER=1 exec xvfb-run -a -s "-screen 0 1920x1080x24" "$0" "$runs" "$@"
fi
runs=$1
shift
times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  java "$@" -jar "$JAR" >/dev/null 2>&1 &
  pid=$!
  if timeout 120 xdotool search --sync --onlyvisible --name "^MLP Playground$" >/dev/null; then
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    times+=("$ms")
    echo "run $i: window shown after $ms ms"
  else
    echo "run $i: no window within 120 s"
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done
if ((${#times[@]} > 0)); then
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
  echo "start-up to a shown window: median $median ms of ${#times[@]} runs"
fi
