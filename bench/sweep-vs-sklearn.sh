#!/usr/bin/env bash
# Times the sweeps of `bench --sweep` (moons) or `bench --sweep-grid` (mnist) and sklearn's
# (bench/sklearn_sweep.py, n_jobs=-1) alternately in one session, and prints both medians and
# their ratio. Usage: bench/sweep-vs-sklearn.sh [moons|mnist] [runs]   (after mvn package)
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-moons}
runs=${2:-3}
flag=--sweep
[ "$which" = mnist ] && flag=--sweep-grid
ours=()
theirs=()
for i in $(seq "$runs"); do
  o=$(java -jar target/mlp-playground.jar bench $flag --repeat 1 | tee -a /dev/stderr | sed -n 's/.*run 1: \([0-9.]*\) s.*/\1/p')
  t=$(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/sklearn_sweep.py "$which" 1 | tee -a /dev/stderr \
      | sed -n 's/.*run 1: \([0-9.]*\) s.*/\1/p')
  ours+=("$o")
  theirs+=("$t")
done
python3 - "$which" "${ours[*]}" "${theirs[*]}" <<'PY'
import statistics, sys
which, ours, theirs = sys.argv[1], [float(v) for v in sys.argv[2].split()], [float(v) for v in sys.argv[3].split()]
o, t = statistics.median(ours), statistics.median(theirs)
print(f"{which}: ours {ours} s, sklearn {theirs} s; medians {o:.2f} s vs {t:.2f} s: ratio {o / t:.2f}")
PY
