"""The moons validation curve SweepMoonsTest compares with (Debian's /usr/bin/python3,
scikit-learn 1.2.1):  python3 make_moons_sweep.py

Writes resources/datasets/moons500.csv (make_moons(n_samples=500, noise=0.3, random_state=0):
x1, x2, label; `bench --sweep` and the tests read it) and prints sklearn's validation_curve for
alpha, which sklearn_validation_curve.txt beside this script keeps.
"""
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from sklearn.datasets import make_moons
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import validation_curve
from sklearn.neural_network import MLPClassifier

MAX_ITER = 2000
ALPHAS = [0, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1, 10]

X, y = make_moons(n_samples=500, noise=0.3, random_state=0)
CSV = Path(__file__).resolve().parents[4] / "resources" / "datasets" / "moons500.csv"
with open(CSV, "w") as f:
    f.write("x1,x2,label\n")
    for (a, b), label in zip(X, y):
        f.write(f"{a!r},{b!r},{label}\n")

warnings.simplefilter("ignore", ConvergenceWarning)
start = time.perf_counter()
train, valid = validation_curve(
    MLPClassifier(hidden_layer_sizes=(10,), max_iter=MAX_ITER, random_state=0),
    X, y, param_name="alpha", param_range=ALPHAS, cv=5, n_jobs=-1)
seconds = time.perf_counter() - start
print(f"# MLPClassifier(hidden_layer_sizes=(10,), max_iter={MAX_ITER}, random_state=0), cv=5, n_jobs=-1: "
      f"{seconds:.1f} s")
print("# alpha mean_train std_train mean_validation std_validation validation_per_fold")
for a, tr, va in zip(ALPHAS, train, valid):
    print(f"{a:g} {tr.mean():.4f} {tr.std():.4f} {va.mean():.4f} {va.std():.4f} "
          + " ".join(f"{v:.4f}" for v in va))
