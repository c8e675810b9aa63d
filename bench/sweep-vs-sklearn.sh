#!/usr/bin/env bash
# Times the sweeps of `bench --sweep` (moons) or `bench --sweep-grid` (mnist) and sklearn's
# (bench/sklearn_sweep.py, n_jobs=-1) alternately in one session, and prints both medians of wall
# time and of CPU time (all threads and worker processes) and their ratios.
# Usage: bench/sweep-vs-sklearn.sh [moons|mnist] [runs]   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-moons}
runs=${2:-3}
flag=--sweep
[ "$which" = mnist ] && flag=--sweep-grid
ours=()
theirs=()
for i in $(seq "$runs"); do
  ours+=("$(java -jar target/mlp-playground.jar bench $flag --repeat 1 | tee -a /dev/stderr \
      | sed -n 's/.*run 1: \([0-9.]*\) s (\([0-9.]*\) cpu s.*/\1,\2/p')")
  theirs+=("$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/sklearn_sweep.py "$which" 1 \
      | tee -a /dev/stderr | sed -n 's/.*run 1: \([0-9.]*\) s (\([0-9.]*\) cpu s.*/\1,\2/p')")
done
python3 - "$which" "${ours[*]}" "${theirs[*]}" <<'PY'
import statistics, sys
which = sys.argv[1]
ours = [tuple(map(float, v.split(","))) for v in sys.argv[2].split()]
theirs = [tuple(map(float, v.split(","))) for v in sys.argv[3].split()]
for k, name in ((0, "wall s"), (1, "cpu s")):
    o, t = statistics.median(r[k] for r in ours), statistics.median(r[k] for r in theirs)
    print(f"{which} {name}: ours {[r[k] for r in ours]}, sklearn {[r[k] for r in theirs]}; "
          f"medians {o:.2f} vs {t:.2f}: ratio {o / t:.2f}")
PY
