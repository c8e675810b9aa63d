#!/usr/bin/env bash
# Times the sweeps of `bench --sweep` (moons) or `bench --sweep-grid` (mnist) and sklearn's
# (bench/sklearn_sweep.py, n_jobs=-1) alternately in one session, and prints both medians of wall
# time and of CPU time (all threads and worker processes) and their ratios.
# Ours runs twice in one JVM: "cold" is the first run (a fresh JVM, as the command line), "warm"
# the second (the engine already compiled, as in the app after any training).
# Usage: bench/sweep-vs-sklearn.sh [moons|mnist] [runs]   (after mvn package; JAR=path times another build)
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-moons}
runs=${2:-3}
flag=--sweep
jar=${JAR:-target/mlp-playground.jar}
[ "$which" = mnist ] && flag=--sweep-grid
ours=()
warm=()
theirs=()
for i in $(seq "$runs"); do
  java -jar "$jar" bench $flag --repeat 2 | tee -a /dev/stderr > /tmp/sweep-vs-sklearn.$$
  ours+=("$(sed -n 's/.*run 1: \([0-9.]*\) s (\([0-9.]*\) cpu s.*/\1,\2/p' /tmp/sweep-vs-sklearn.$$)")
  warm+=("$(sed -n 's/.*run 2: \([0-9.]*\) s (\([0-9.]*\) cpu s.*/\1,\2/p' /tmp/sweep-vs-sklearn.$$)")
  rm -f /tmp/sweep-vs-sklearn.$$
  theirs+=("$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/sklearn_sweep.py "$which" 1 \
      | tee -a /dev/stderr | sed -n 's/.*run 1: \([0-9.]*\) s (\([0-9.]*\) cpu s.*/\1,\2/p')")
done
python3 - "$which" "${ours[*]}" "${warm[*]}" "${theirs[*]}" <<'PY'
import statistics, sys
which = sys.argv[1]
runs = [[tuple(map(float, v.split(","))) for v in a.split()] for a in sys.argv[2:5]]
for label, ours in (("cold", runs[0]), ("warm", runs[1])):
    for k, name in ((0, "wall s"), (1, "cpu s")):
        o, t = statistics.median(r[k] for r in ours), statistics.median(r[k] for r in runs[2])
        print(f"{which} {name}, ours {label}: ours {[r[k] for r in ours]}, sklearn {[r[k] for r in runs[2]]}; "
              f"medians {o:.2f} vs {t:.2f}: ratio {o / t:.2f}")
PY
