"""The reference for `java -jar target/mlp-playground.jar bench --sweep` and `bench --sweep-grid`:
the same sweeps in scikit-learn with n_jobs=-1 (every core).

  moons: validation_curve(MLPClassifier(hidden_layer_sizes=(10,), max_iter=2000, random_state=0),
         param_name="alpha", param_range=[0, 1e-6, ..., 1e-1], cv=5) on resources/datasets/moons500.csv
  mnist: GridSearchCV(MLPClassifier(max_iter=10, random_state=0), hidden_layer_sizes in
         (3,3), (2,3,2), (10,), (50,), (100,), (100,100) x alpha in 1e-6 .. 1e-1, cv=3) on the first
         10,000 bundled MNIST training digits scaled to [0, 1]

Prints each run's wall seconds and the median. Run with Debian's python3 (python3-sklearn),
OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset for this command alone:

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/sklearn_sweep.py moons 3
"""
import gzip
import os
import resource
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import GridSearchCV, validation_curve
from sklearn.neural_network import MLPClassifier

os.environ["PYTHONWARNINGS"] = "ignore"  # the workers' ConvergenceWarnings (max_iter is deliberate)
ROOT = Path(__file__).resolve().parent.parent
ALPHAS = [0, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1]


def idx(name):
    raw = gzip.decompress((ROOT / "resources" / "datasets" / "mnist" / (name + ".gz")).read_bytes())
    ndim = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def moons():
    data = np.loadtxt(ROOT / "resources" / "datasets" / "moons500.csv", delimiter=",", skiprows=1)
    x, y = data[:, :2], data[:, 2].astype(int)
    start = time.perf_counter()
    _, valid = validation_curve(MLPClassifier(hidden_layer_sizes=(10,), max_iter=2000, random_state=0), x, y,
                                param_name="alpha", param_range=ALPHAS, cv=5, n_jobs=-1)
    seconds = time.perf_counter() - start
    best = ALPHAS[int(np.argmax(valid.mean(axis=1)))]
    return seconds, f"best alpha {best:g}, validation accuracy {valid.mean(axis=1).max():.4f}"


def mnist():
    x = idx("train-images-idx3-ubyte").reshape(60000, -1)[:10000] / 255.0
    y = idx("train-labels-idx1-ubyte")[:10000]
    grid = {"hidden_layer_sizes": [(3, 3), (2, 3, 2), (10,), (50,), (100,), (100, 100)], "alpha": ALPHAS[1:]}
    start = time.perf_counter()
    search = GridSearchCV(MLPClassifier(max_iter=10, random_state=0), grid, cv=3, n_jobs=-1, refit=False)
    search.fit(x, y)
    seconds = time.perf_counter() - start
    return seconds, f"best {search.best_params_}, validation accuracy {search.best_score_:.4f}"


def cpu_seconds():
    """CPU time of this process and of its finished children (the joblib workers, once shut down)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def main(which="moons", repeats=3):
    warnings.simplefilter("ignore", ConvergenceWarning)
    run = moons if which == "moons" else mnist
    times = []
    from joblib.externals.loky import get_reusable_executor
    for r in range(repeats):
        cpu0 = cpu_seconds()
        seconds, best = run()
        get_reusable_executor().shutdown(wait=True)  # so that the workers' CPU time is counted
        times.append(seconds)
        print(f"sklearn {which} sweep run {r + 1}: {seconds:.2f} s ({cpu_seconds() - cpu0:.1f} cpu s; {best})", flush=True)
    print(f"sklearn {which} sweep: median {statistics.median(times):.2f} s over {repeats} runs")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "moons", int(sys.argv[2]) if len(sys.argv) > 2 else 3)
